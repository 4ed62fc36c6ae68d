import Foundation

/// Why a lifecycle step of an assessment or a hazard was refused: an illegal transition or unmet requirements.
package struct AssessmentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of refusal this is.
    package enum Code: String, Sendable, Equatable {
        /// The move between the two states is not allowed at all.
        case illegalTransition
        /// The move is allowed, but something it requires is missing.
        case requirementsUnmet
    }

    /// The kind of refusal.
    package var code: Code
    /// One Chinese message per problem (the transition refused, or each unmet requirement).
    package var messages: [String]
    /// The unmet requirements, for `requirementsUnmet`.
    package var requirements: [SignOffRequirement]

    /// Creates an error.
    package init(_ code: Code, messages: [String], requirements: [SignOffRequirement] = []) {
        self.code = code
        self.messages = messages
        self.requirements = requirements
    }

    /// One message per line.
    package var description: String { messages.joined(separator: "\n") }
}
