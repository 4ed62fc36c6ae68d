import Foundation

/// A person's role on an expert panel (专家组).
package enum PanelRole: String, CaseIterable, Codable, Sendable {
    case leader
    case member
    case regulator

    /// 组长, 成员, 监管人员.
    package var label: String {
        switch self {
        case .leader: "组长"
        case .member: "成员"
        case .regulator: "监管人员"
        }
    }

    /// Leaders and members are the experts counted for the panel's size and specialties; regulators are not.
    package var isExpert: Bool { self != .regulator }

    /// Accepts the code name, the label, 专家 (member) or 安全监管人员 (regulator).
    package init?(label text: String) {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let value = PanelRole(rawValue: t) ?? PanelRole.allCases.first(where: { $0.label == t }) {
            self = value
        } else if t == "专家" || t == "组员" {
            self = .member
        } else if t == "安全监管人员" || t == "监管" {
            self = .regulator
        } else {
            return nil
        }
    }
}
