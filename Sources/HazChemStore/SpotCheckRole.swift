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
}
