import Foundation

/// Everything wrong with a grading table, a set of answers or a disposition, listed together.
package struct GradingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of problem it is, for callers that react to a kind (messages are for people).
    package enum Code: String, Sendable, Equatable {
        /// The answers name a rule the table does not have.
        case unknownRule
        /// A count on a yes/no rule, or yes/no on a per-item rule.
        case wrongAnswerType
        /// A count below zero.
        case negativeCount
        /// A count above the rule's max_count, or above the plausible maximum of a rule without one.
        case countAboveMaximum
        /// A value or sum too large to compute (the table's values times the counts).
        case overflow
        /// Two rules of an exclusive group, or two conflicting rules, answered true.
        case conflictingAnswers
        /// A direct-red id the table does not have.
        case unknownDirectRed
        /// A direct-red id given twice.
        case duplicateDirectRed
        /// The answers are for another table.
        case wrongTable
        /// The table itself is inconsistent.
        case invalidTable
        /// A disposition not allowed for the grade.
        case invalidDisposition
    }

    /// One problem.
    package struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// The kind of problem.
        package var code: Code
        /// The rule or direct-red id the problem is about, when there is one.
        package var ruleId: String?
        /// The table field path (`categories[0].projects[1].cap`), for table problems.
        package var field: String?
        /// What is wrong and what is expected, in Chinese (names the rule id).
        package var message: String

        /// Creates a problem.
        package init(_ code: Code, ruleId: String? = nil, field: String? = nil, _ message: String) {
            self.code = code
            self.ruleId = ruleId
            self.field = field
            self.message = message
        }

        /// The message.
        package var description: String { message }
    }

    /// The problems, in table order.
    package var problems: [Problem]

    /// Creates an error from its problems.
    package init(problems: [Problem]) { self.problems = problems }

    /// One line per problem.
    package var description: String { problems.map(\.message).joined(separator: "\n") }
}
