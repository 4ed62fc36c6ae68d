import Foundation

/// A proposed answer to one grading rule.
package enum ProposedAnswer: Sendable, Equatable {
    /// A `per: fixed` rule answered true.
    case yes
    /// A `per: item` rule with this count.
    case count(Int)
}

/// The grading answers and direct-red conditions that the non-conforming checklist items imply.
///
/// The panel reviews the proposal before it becomes the answers file; it never scores by itself.
package struct ChecklistProposal: Sendable, Equatable {
    /// Rule id → proposed answer.
    package var answers: [String: ProposedAnswer]
    /// Proposed direct-red ids, sorted.
    package var directRedIds: [String]
    /// Rule or direct-red id → the non-conforming item ids behind it, in checklist order.
    package var sources: [String: [String]]

    /// Creates a proposal.
    package init(
        answers: [String: ProposedAnswer] = [:], directRedIds: [String] = [], sources: [String: [String]] = [:]
    ) {
        self.answers = answers
        self.directRedIds = directRedIds
        self.sources = sources
    }

    /// The proposed rule ids in table order (`5.1.5` before `5.1.10`).
    package var sortedRuleIds: [String] { answers.keys.sorted(by: Self.ruleIdPrecedes) }

    /// Whether nothing is proposed.
    package var isEmpty: Bool { answers.isEmpty && directRedIds.isEmpty }

    /// Orders dotted ids component by component, numerically where both components are numbers.
    package static func ruleIdPrecedes(_ lhs: String, _ rhs: String) -> Bool {
        let left = lhs.split(separator: ".")
        let right = rhs.split(separator: ".")
        for (a, b) in zip(left, right) where a != b {
            if let x = Int(a), let y = Int(b) { return x < y }
            return a < b
        }
        return left.count < right.count
    }
}
