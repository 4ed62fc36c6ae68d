import Foundation

/// A hidden hazard (隐患) drafted from a non-conforming checklist item, before the panel adds the
/// rectification measure, deadline and responsible person.
package struct HazardDraft: Sendable, Equatable, Codable {
    /// The checklist item the hazard comes from.
    package var itemId: String
    /// The item's section id.
    package var sectionId: String
    /// The item's section title.
    package var sectionTitle: String
    /// The specialty that checked the item.
    package var specialty: Specialty
    /// The item's requirement.
    package var requirement: String
    /// The finding (问题描述).
    package var description: String
    /// Where the problem was found, if given.
    package var location: String?
    /// The item's basis.
    package var basis: String
    /// Major when the item links a 121号 criterion or the expert marked it major.
    package var level: HazardLevel
    /// The 121号 criterion the item links, if any.
    package var majorCriterion: Int?
    /// The grading rule ids the item links.
    package var gradingRuleIds: [String]
    /// The direct-red id the item links, if any.
    package var directRedId: String?

    /// Creates a draft.
    package init(
        itemId: String, sectionId: String, sectionTitle: String, specialty: Specialty, requirement: String,
        description: String, location: String? = nil, basis: String, level: HazardLevel, majorCriterion: Int? = nil,
        gradingRuleIds: [String] = [], directRedId: String? = nil
    ) {
        self.itemId = itemId
        self.sectionId = sectionId
        self.sectionTitle = sectionTitle
        self.specialty = specialty
        self.requirement = requirement
        self.description = description
        self.location = location
        self.basis = basis
        self.level = level
        self.majorCriterion = majorCriterion
        self.gradingRuleIds = gradingRuleIds
        self.directRedId = directRedId
    }
}
