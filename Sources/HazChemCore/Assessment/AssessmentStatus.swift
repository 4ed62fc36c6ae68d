import Foundation

/// Where an assessment stands; signed and later states are frozen by database triggers.
///
/// The legal moves between states, and what each requires, are in ``AssessmentTransition``.
package enum AssessmentStatus: String, CaseIterable, Codable, Sendable {
    case planned
    case onSite
    case submitted
    case signed
    case dispositionDecided

    /// 计划, 现场评估中, 已提交, 已签署, 已处置.
    package var label: String {
        switch self {
        case .planned: "计划"
        case .onSite: "现场评估中"
        case .submitted: "已提交"
        case .signed: "已签署"
        case .dispositionDecided: "已处置"
        }
    }

    /// Signed and disposition-decided assessments cannot be changed, only corrected by a new version.
    package var isFrozen: Bool { self == .signed || self == .dispositionDecided }

    /// Whether responses, answers, spot checks and hazard details may still be entered (计划 or 现场评估中).
    package var isEditable: Bool { self == .planned || self == .onSite }

    /// Accepts the code name or the Chinese label.
    package init?(label text: String) {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard
            let value = AssessmentStatus(rawValue: t) ?? AssessmentStatus.allCases.first(where: { $0.label == t })
        else { return nil }
        self = value
    }
}
