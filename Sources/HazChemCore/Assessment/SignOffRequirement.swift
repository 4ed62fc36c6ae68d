import Foundation

/// One thing an assessment still lacks before it may be submitted or signed, with a Chinese description.
package enum SignOffRequirement: Sendable, Equatable, CustomStringConvertible {
    /// No expert panel is assigned.
    case panelMissing
    /// A checklist item is still 未查.
    case itemNotChecked(itemId: String)
    /// A non-conforming item has no finding (问题描述).
    case findingMissing(itemId: String)
    /// The panel has never confirmed the grading answers.
    case answersNeverConfirmed
    /// Pre-filled answers the panel has not confirmed yet (rule or direct-red ids).
    case answersUnconfirmed(ids: [String])
    /// The answers do not score: one message of the grading engine.
    case gradingProblem(message: String)
    /// A red or orange enterprise lacks one of the four risk texts.
    case riskFieldMissing(field: RiskDescription.Field, grade: Grade)
    /// The panel's overall opinion (专家组综合意见) is not written.
    case conclusionMissing
    /// A mandatory person was not spot-checked.
    case spotCheckMissing(role: SpotCheckRole)
    /// A panel expert has not signed.
    case signatureMissing(expertId: Int64, name: String)

    /// Whether this requirement is about signatures (the only kind that may still be met after submission).
    package var isSignature: Bool {
        if case .signatureMissing = self { return true }
        return false
    }

    /// `检查项 A01 未查`, `应知应会抽查缺少：主要负责人`, `专家“张三”尚未签名`….
    package var description: String {
        switch self {
        case .panelMissing:
            "评估尚未指定专家组"
        case .itemNotChecked(let itemId):
            "检查项 \(itemId) 未查"
        case .findingMissing(let itemId):
            "检查项 \(itemId) 判为不符合，但未填写问题描述"
        case .answersNeverConfirmed:
            "评分答案尚未经专家组确认"
        case .answersUnconfirmed(let ids):
            "以下预填的评分答案尚未经专家组确认：\(ids.joined(separator: "、"))"
        case .gradingProblem(let message):
            "评分答案有误：\(message)"
        case .riskFieldMissing(let field, let grade):
            "\(grade.label)企业须填写“\(field.label)”"
        case .conclusionMissing:
            "尚未填写专家组综合意见：提交报告前须由专家组填写"
        case .spotCheckMissing(let role):
            "应知应会抽查缺少：\(role.label)"
        case .signatureMissing(_, let name):
            "专家“\(name)”尚未签名"
        }
    }
}
