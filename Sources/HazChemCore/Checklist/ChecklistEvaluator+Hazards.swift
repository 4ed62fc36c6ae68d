import Foundation

extension ChecklistEvaluator {
    /// One hazard draft per non-conforming item, in checklist order.
    ///
    /// The level is major when the item links a 121号 criterion or the expert marked the answer major.
    /// - Throws: every problem of ``problems(in:)`` at once (a non-conforming item needs a finding).
    package func hazardDrafts(from responses: ChecklistResponses) throws(ChecklistError) -> [HazardDraft] {
        try validate(responses)
        var drafts: [HazardDraft] = []
        for section in checklist.sections {
            for item in section.items {
                let entry = responses[item.id]
                guard entry.response == .nonConforming, let finding = entry.trimmedFinding else { continue }
                let major = item.majorCriterion != nil || entry.markedMajor
                drafts.append(
                    HazardDraft(
                        itemId: item.id, sectionId: section.id, sectionTitle: section.title,
                        specialty: section.specialty, requirement: item.requirement, description: finding,
                        location: Self.trimmed(entry.location),
                        basis: item.basis, level: major ? .major : .general, majorCriterion: item.majorCriterion,
                        gradingRuleIds: item.gradingRuleIds, directRedId: item.directRedId))
            }
        }
        return drafts
    }

    /// `text` without surrounding white space, nil when absent or blank.
    static func trimmed(_ text: String?) -> String? {
        guard let t = text?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
        return t
    }
}
