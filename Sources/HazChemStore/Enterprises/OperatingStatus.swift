import Foundation
import HazChemCore

/// Whether an enterprise is running (经营状态).
package enum OperatingStatus: String, CaseIterable, Codable, Sendable {
    case operating
    case suspended
    case closed

    /// 在产, 停产, 关闭.
    package var label: String {
        switch self {
        case .operating: "在产"
        case .suspended: "停产"
        case .closed: "关闭"
        }
    }

    /// Accepts the code name, the label, 正常 / 营业 (operating) or 停业 (suspended).
    package init?(label text: String) {
        let t = text.trimmed
        if let value = OperatingStatus(rawValue: t) ?? OperatingStatus.allCases.first(where: { $0.label == t }) {
            self = value
            return
        }
        switch t {
        case "正常", "营业", "在营", "生产": self = .operating
        case "停业", "停产整改": self = .suspended
        case "关闭淘汰", "注销": self = .closed
        default: return nil
        }
    }
}
