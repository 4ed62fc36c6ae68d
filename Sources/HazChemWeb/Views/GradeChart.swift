import Foundation
import HazChemCore
import HazChemStore

/// The inline SVG bar chart of grades per county: one stacked horizontal bar per county, one segment per
/// grade in the grade's colour, scaled to the county with the most graded enterprises.
struct GradeChart {
    /// One coloured part of a bar.
    struct Segment {
        var x: Int
        var width: Int
        var fill: String
        var textFill: String
        var count: Int
        var label: String
        var textX: Int
        /// Whether the count fits inside the segment.
        var showCount: Bool
    }

    /// One county's bar.
    struct Bar {
        var name: String
        var y: Int
        var textY: Int
        var segments: [Segment]
        var total: Int
        var totalX: Int
    }

    /// One legend entry.
    struct LegendItem {
        var x: Int
        var textX: Int
        var fill: String
        var label: String
    }

    var width: Int
    var height: Int
    /// Where county names end (they are right-aligned before the bars).
    var labelX = labelWidth - 8
    var bars: [Bar]
    var legend: [LegendItem]
    /// Whether no county has a graded enterprise yet.
    var empty: Bool
    /// A text summary for screen readers.
    var summary: String

    static let labelWidth = 130
    static let barArea = 520
    static let rowHeight = 26
    static let rowGap = 10
    static let top = 34

    init(counties: [DashboardFigures.CountyFigures]) {
        let grades = Grade.allCases
        let largest = max(1, counties.map(\.graded).max() ?? 0)
        var bars: [Bar] = []
        for (index, county) in counties.enumerated() {
            let y = Self.top + index * (Self.rowHeight + Self.rowGap)
            var x = Self.labelWidth
            var segments: [Segment] = []
            for grade in grades {
                let count = county.grades[grade] ?? 0
                guard count > 0 else { continue }
                let width = max(2, count * Self.barArea / largest)
                segments.append(
                    Segment(
                        x: x, width: width, fill: "#" + grade.rgbHex, textFill: Self.textColour(grade), count: count,
                        label: "\(grade.label) \(count) 家", textX: x + width / 2, showCount: width >= 18))
                x += width
            }
            bars.append(
                Bar(
                    name: county.countyName, y: y, textY: y + Self.rowHeight / 2 + 5, segments: segments,
                    total: county.graded, totalX: x + 6))
        }
        self.bars = bars
        width = Self.labelWidth + Self.barArea + 60
        height = Self.top + max(1, counties.count) * (Self.rowHeight + Self.rowGap)
        legend = grades.enumerated().map { index, grade in
            LegendItem(
                x: Self.labelWidth + index * 90, textX: Self.labelWidth + index * 90 + 20, fill: "#" + grade.rgbHex,
                label: grade.label)
        }
        empty = counties.allSatisfy { $0.graded == 0 }
        summary = counties.map { county in
            let parts = grades.map { "\($0.label)\(county.grades[$0] ?? 0)" }.joined(separator: "，")
            return "\(county.countyName)：\(parts)"
        }.joined(separator: "；")
    }

    /// Dark text on the light grades, white on the dark ones.
    static func textColour(_ grade: Grade) -> String {
        switch grade {
        case .red, .blue: "#ffffff"
        case .orange, .yellow: "#1a1a1a"
        }
    }
}
