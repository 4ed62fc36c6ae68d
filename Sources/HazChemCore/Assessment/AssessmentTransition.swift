import Foundation

/// The one place that says which status changes an assessment may make, and what each requires.
///
/// planned →(start) onSite →(submit) submitted →(sign) signed →(decide) dispositionDecided, plus
/// submitted →(reopen) onSite to take a submitted report back for changes (its signatures are dropped).
/// - start needs an expert panel.
/// - submit needs the content complete: every ``SignOffFacts`` requirement except signatures.
/// - sign needs every requirement, signatures of all panel experts included.
/// - reopen needs nothing; decide needs a disposition allowed for the grade (``DispositionPolicy``, checked
///   by the caller, which holds the decision).
/// Any other pair of states is refused with a message naming both.
package enum AssessmentTransition: String, CaseIterable, Sendable {
    case start
    case submit
    case reopen
    case sign
    case decide

    /// The state the transition leaves.
    package var from: AssessmentStatus {
        switch self {
        case .start: .planned
        case .submit: .onSite
        case .reopen: .submitted
        case .sign: .submitted
        case .decide: .signed
        }
    }

    /// The state the transition reaches.
    package var to: AssessmentStatus {
        switch self {
        case .start: .onSite
        case .submit: .submitted
        case .reopen: .onSite
        case .sign: .signed
        case .decide: .dispositionDecided
        }
    }

    /// 开始现场评估, 提交评估报告, 退回修改, 签署, 作出处置决定.
    package var label: String {
        switch self {
        case .start: "开始现场评估"
        case .submit: "提交评估报告"
        case .reopen: "退回修改"
        case .sign: "签署"
        case .decide: "作出处置决定"
        }
    }

    /// The transition from `from` to `to`, or an `illegalTransition` error naming both states.
    package static func check(from: AssessmentStatus, to: AssessmentStatus) throws(AssessmentError)
        -> AssessmentTransition
    {
        if let transition = allCases.first(where: { $0.from == from && $0.to == to }) { return transition }
        let next = allCases.filter { $0.from == from }.map { "\($0.label)（→\($0.to.label)）" }
        var message = "评估状态不能从“\(from.label)”变为“\(to.label)”"
        if from == to {
            message = "评估已是“\(to.label)”状态，不能再从“\(from.label)”变为“\(to.label)”"
        }
        message += next.isEmpty ? "：“\(from.label)”的评估不能再改变状态（如需更正请创建新版本）" : "；当前可进行：\(next.joined(separator: "、"))"
        throw AssessmentError(.illegalTransition, messages: [message])
    }

    /// What this transition requires that `facts` lacks (empty for reopen and decide).
    package func unmetRequirements(_ facts: SignOffFacts) -> [SignOffRequirement] {
        switch self {
        case .start: facts.hasPanel ? [] : [.panelMissing]
        case .submit: facts.unmetRequirements(includingSignatures: false)
        case .sign: facts.unmetRequirements(includingSignatures: true)
        case .reopen, .decide: []
        }
    }

    /// Checks that `from` → `to` is legal and that `facts` meets what it requires; throws every problem.
    @discardableResult
    package static func validate(from: AssessmentStatus, to: AssessmentStatus, facts: SignOffFacts)
        throws(AssessmentError) -> AssessmentTransition
    {
        let transition = try check(from: from, to: to)
        let unmet = transition.unmetRequirements(facts)
        if !unmet.isEmpty {
            throw AssessmentError(
                .requirementsUnmet,
                messages: unmet.map { "不能\(transition.label)：\($0.description)" }, requirements: unmet)
        }
        return transition
    }
}
