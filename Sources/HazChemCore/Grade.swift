import Foundation

/// The risk grade of an assessed enterprise; red is the highest risk.
package enum Grade: String, CaseIterable, Codable, Sendable, Comparable {
    case red
    case orange
    case yellow
    case blue

    /// 红色, 橙色, 黄色, 蓝色.
    package var label: String {
        switch self {
        case .red: "红色"
        case .orange: "橙色"
        case .yellow: "黄色"
        case .blue: "蓝色"
        }
    }

    /// A colour for reports and pages, as RGB hex without '#'.
    package var rgbHex: String {
        switch self {
        case .red: "FF0000"
        case .orange: "FFA500"
        case .yellow: "FFFF00"
        case .blue: "0070C0"
        }
    }

    /// Accepts the code name, 红色/红, 橙色/橙, 黄色/黄, 蓝色/蓝.
    package init?(label text: String) {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let grade = Grade(rawValue: t) {
            self = grade
            return
        }
        guard let grade = Grade.allCases.first(where: { $0.label == t || String($0.label.prefix(1)) == t })
        else { return nil }
        self = grade
    }

    private var severity: Int {
        switch self {
        case .red: 0
        case .orange: 1
        case .yellow: 2
        case .blue: 3
        }
    }

    /// Red sorts first: a < b means a is the higher risk.
    package static func < (lhs: Grade, rhs: Grade) -> Bool { lhs.severity < rhs.severity }
}
