import Foundation

/// Which disposition classes a grade allows (DOMAIN.md section 5), and the check of a chosen disposition.
///
/// Blue → consolidate only; yellow → rectify only; red and orange → rectify, or closeOrSuspend when the
/// panel found the enterprise cannot be rectified (with its reason), and then the bureau picks
/// 停产整改 or 关闭淘汰.
package enum DispositionPolicy {
    /// The allowed classes, the default first.
    package static func allowedClasses(for grade: Grade) -> [DispositionClass] {
        switch grade {
        case .red, .orange: [.rectify, .closeOrSuspend]
        case .yellow: [.rectify]
        case .blue: [.consolidate]
        }
    }

    /// The class a grade gets unless the panel finds the enterprise cannot be rectified.
    package static func defaultClass(for grade: Grade) -> DispositionClass {
        allowedClasses(for: grade)[0]
    }

    /// Every reason `decision` is not allowed for `grade`; empty when it is allowed.
    package static func validate(_ decision: DispositionDecision, grade: Grade) -> [GradingError.Problem] {
        var messages: [String] = []
        let chosen = decision.disposition
        let allowed = allowedClasses(for: grade)
        let finding = decision.hasNotRectifiableFinding
        if !allowed.contains(chosen) {
            switch grade {
            case .blue:
                messages.append("蓝色企业只能巩固强化，不能选择“\(chosen.label)”")
            case .yellow:
                messages.append("黄色企业只能整改提升，不能选择“\(chosen.label)”")
            case .red, .orange:
                messages.append(
                    "\(grade.label)企业不能巩固强化：应整改提升；经专家组认定不具备整改条件的，可停产整改或关闭淘汰")
            }
        }
        if finding, grade == .blue || grade == .yellow {
            messages.append("只有红色、橙色企业可认定为不具备整改条件，本企业为\(grade.label)")
        }
        if chosen == .closeOrSuspend, allowed.contains(chosen) {
            if !finding {
                messages.append("选择停产整改或关闭淘汰，须有专家组“不具备整改条件”的认定并写明理由")
            }
            if decision.action == nil {
                messages.append("选择停产整改或关闭淘汰，须确定处置措施：停产整改或关闭淘汰")
            }
        }
        if let action = decision.action, chosen != .closeOrSuspend {
            messages.append("只有停产整改或关闭淘汰类才能指定处置措施，“\(chosen.label)”不能指定“\(action.label)”")
        }
        if chosen == .rectify, finding, grade == .red || grade == .orange {
            messages.append("专家组已认定不具备整改条件，应选择停产整改或关闭淘汰，而不是整改提升")
        }
        return messages.map { GradingError.Problem(.invalidDisposition, $0) }
    }

    /// Throws every reason `decision` is not allowed for `grade`.
    package static func check(_ decision: DispositionDecision, grade: Grade) throws(GradingError) {
        let problems = validate(decision, grade: grade)
        if !problems.isEmpty { throw GradingError(problems: problems) }
    }
}
