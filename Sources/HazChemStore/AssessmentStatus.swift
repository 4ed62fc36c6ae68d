import Foundation

/// Where an assessment stands; signed and later states are frozen by database triggers.
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
}
