import Foundation

/// How a grading rule is answered, as far as checklist proposals need to know.
///
/// The caller builds a `[String: RuleAnswerKind]` map from its grading table (`per: fixed` → `.fixed`,
/// `per: item` → `.perItem(maxCount:)`), which keeps the checklist logic independent of the grading engine.
package enum RuleAnswerKind: Sendable, Equatable {
    /// A yes/no rule (`per: fixed`).
    case fixed
    /// A count rule (`per: item`), with its optional `max_count`.
    case perItem(maxCount: Int?)
}
