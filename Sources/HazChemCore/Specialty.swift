import Foundation

/// An expert's or a checklist section's specialty (专业).
package enum Specialty: String, CaseIterable, Codable, Sendable {
    case safetyManagement
    case chemicalDesign
    case equipment
    case electricalInstrumentation
    case emergencyRescue

    /// 安全管理, 化工设计(工艺), 设备, 电气仪表, 应急救援.
    package var label: String {
        switch self {
        case .safetyManagement: "安全管理"
        case .chemicalDesign: "化工设计(工艺)"
        case .equipment: "设备"
        case .electricalInstrumentation: "电气仪表"
        case .emergencyRescue: "应急救援"
        }
    }

    /// The four specialties every expert panel must cover (DOMAIN.md section 1).
    package static let requiredOnPanel: [Specialty] = [
        .safetyManagement, .chemicalDesign, .electricalInstrumentation, .emergencyRescue,
    ]

    /// Accepts the code name, the label, or 化工设计 / 工艺 alone.
    package init?(label text: String) {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
            .replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")")
        if let value = Specialty(rawValue: t) ?? Specialty.allCases.first(where: { $0.label == t }) {
            self = value
        } else if t == "化工设计" || t == "工艺" || t == "化工工艺" {
            self = .chemicalDesign
        } else {
            return nil
        }
    }
}
