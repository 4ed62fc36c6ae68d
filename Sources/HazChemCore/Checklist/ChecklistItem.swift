import Foundation

/// One requirement of an inspection checklist, with its basis and what a non-conforming answer implies.
package struct ChecklistItem: Sendable, Equatable, Codable {
    /// Unique in the checklist, such as `A01`.
    package var id: String
    /// What the enterprise must satisfy.
    package var requirement: String
    /// The law, regulation or standard clause the requirement rests on.
    package var basis: String
    /// The 121号 criterion (1–20) a non-conforming answer matches, making the hazard major.
    package var majorCriterion: Int?
    /// Grading rule ids a non-conforming answer implies.
    package var gradingRuleIds: [String]
    /// A direct-red condition a non-conforming answer implies.
    package var directRedId: String?

    /// Creates an item.
    package init(
        id: String, requirement: String, basis: String, majorCriterion: Int? = nil,
        gradingRuleIds: [String] = [], directRedId: String? = nil
    ) {
        self.id = id
        self.requirement = requirement
        self.basis = basis
        self.majorCriterion = majorCriterion
        self.gradingRuleIds = gradingRuleIds
        self.directRedId = directRedId
    }
}
