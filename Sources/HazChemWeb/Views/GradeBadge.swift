import Foundation
import HazChemCore

/// A grade as the pages show it: its label and the CSS class giving its colour.
struct GradeBadge {
    var label: String
    var css: String

    /// A badge for `grade`; a provisional one (an assessment still being filled in, scored on what is answered so
    /// far) says 暂定 so that nobody takes it for the panel's result.
    init(_ grade: Grade?, provisional: Bool = false) {
        label = grade.map { provisional ? "\($0.label)（暂定）" : $0.label } ?? "未评估"
        css = grade.map { "grade-\($0.rawValue)" } ?? "grade-none"
    }
}
