import Foundation

/// Everything wrong with a set of checklist responses or a proposal request, listed together.
package struct ChecklistError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One problem, with the checklist item and grading rule it concerns when there is one.
    package struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// The checklist item id, when the problem concerns one item.
        package var itemId: String?
        /// The grading rule or direct-red id, when the problem concerns one.
        package var ruleId: String?
        /// What is wrong, in Chinese.
        package var message: String

        /// Creates a problem.
        package init(itemId: String? = nil, ruleId: String? = nil, message: String) {
            self.itemId = itemId
            self.ruleId = ruleId
            self.message = message
        }

        /// `检查项 A01：…`, or the message alone when no item is concerned.
        package var description: String {
            guard let itemId else { return message }
            return "检查项 \(itemId)：\(message)"
        }
    }

    /// The problems, in checklist order.
    package var problems: [Problem]

    /// Creates an error from its problems.
    package init(problems: [Problem]) { self.problems = problems }

    /// One problem per line.
    package var description: String { problems.map(\.description).joined(separator: "\n") }
}
