import Foundation
import HazChemCore

/// A grade as the pages show it: its label and the CSS class giving its colour.
struct GradeBadge {
    var label: String
    var css: String

    init(_ grade: Grade?) {
        label = grade?.label ?? "未评估"
        css = grade.map { "grade-\($0.rawValue)" } ?? "grade-none"
    }
}
