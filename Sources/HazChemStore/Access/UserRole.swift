import Foundation
import HazChemCore

/// What a web user is (角色), which decides the enterprises they may see and the pages they may use.
package enum UserRole: String, CaseIterable, Codable, Sendable {
    /// Manages users; sees everything.
    case administrator
    /// The prefecture bureau (盟/市应急管理局): every county.
    case prefecture
    /// A county bureau (旗县市应急管理局): its own county only.
    case county
    /// An expert: the enterprises of the panels they sit on.
    case expert
    /// A bureau regulator on panels (安全监管人员): the enterprises of the panels they sit on.
    case regulator

    /// 系统管理员, 盟市应急管理局, 旗县市应急管理局, 专家, 安全监管人员.
    package var label: String {
        switch self {
        case .administrator: "系统管理员"
        case .prefecture: "盟市应急管理局"
        case .county: "旗县市应急管理局"
        case .expert: "专家"
        case .regulator: "安全监管人员"
        }
    }

    /// Whether a user of this role must name a county (only county bureaus do).
    package var needsCounty: Bool { self == .county }

    /// Whether a user of this role must be linked to an expert record (experts and regulators).
    package var needsExpert: Bool { self == .expert || self == .regulator }

    /// Whether this role manages web users.
    package var managesUsers: Bool { self == .administrator }

    /// Accepts the code name or the label; 盟市/旗县/管理员/监管 as short forms.
    package init?(label text: String) {
        let t = text.trimmed
        if let role = UserRole(rawValue: t) ?? UserRole.allCases.first(where: { $0.label == t }) {
            self = role
            return
        }
        switch t {
        case "管理员", "admin": self = .administrator
        case "盟市", "盟应急管理局", "市应急管理局": self = .prefecture
        case "旗县", "旗县市", "县应急管理局": self = .county
        case "监管", "监管人员": self = .regulator
        default: return nil
        }
    }
}
