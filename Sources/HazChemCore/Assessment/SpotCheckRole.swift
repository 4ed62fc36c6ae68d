import Foundation

/// Whose knowledge was spot-checked on site (应知应会抽查考核).
package enum SpotCheckRole: String, CaseIterable, Codable, Sendable {
    case principal
    case safetyHead
    case productionHead
    case technologyHead
    case safetyManager
    case equipmentManager
    case instrumentManager
    case worker

    /// 主要负责人, 分管安全负责人, 分管生产负责人, 分管技术负责人, 安全管理人员, 设备管理人员, 仪表电气管理人员, 一线员工.
    package var label: String {
        switch self {
        case .principal: "主要负责人"
        case .safetyHead: "分管安全负责人"
        case .productionHead: "分管生产负责人"
        case .technologyHead: "分管技术负责人"
        case .safetyManager: "安全管理人员"
        case .equipmentManager: "设备管理人员"
        case .instrumentManager: "仪表电气管理人员"
        case .worker: "一线员工"
        }
    }

    /// The principal and the heads of safety, production and technology are all examined; others are sampled.
    package var isMandatory: Bool {
        switch self {
        case .principal, .safetyHead, .productionHead, .technologyHead: true
        default: false
        }
    }

    /// The roles every assessment must have examined, in this order.
    package static var mandatory: [SpotCheckRole] { allCases.filter(\.isMandatory) }

    /// Accepts the code name, the label, or a short form (安全负责人, 生产负责人, 技术负责人, 员工).
    package init?(label text: String) {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let value = SpotCheckRole(rawValue: t) ?? SpotCheckRole.allCases.first(where: { $0.label == t }) {
            self = value
            return
        }
        let short: [String: SpotCheckRole] = [
            "安全负责人": .safetyHead, "生产负责人": .productionHead, "技术负责人": .technologyHead,
            "仪表管理人员": .instrumentManager, "电气仪表管理人员": .instrumentManager, "员工": .worker,
            "操作人员": .worker, "一线操作人员": .worker,
        ]
        guard let value = short[t] else { return nil }
        self = value
    }
}
