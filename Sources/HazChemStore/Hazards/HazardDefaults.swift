import Foundation

/// What a hazard gets when the panel left its rectification plan empty (decision, documented in
/// docs/assessment-file.md): deadline 30 days after sign-off, the enterprise's principal as the responsible
/// person (主要负责人 if none is on record), and "rectify as the checklist item requires" as the measure.
package enum HazardDefaults {
    /// Days from sign-off to the default deadline.
    package static let deadlineDays = 30

    /// The default responsible person for an enterprise whose principal is `principal`.
    package static func responsiblePerson(principal: String) -> String {
        let t = principal.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? "企业主要负责人" : t
    }

    /// The default measure for an item's requirement.
    package static func measure(requirement: String) -> String { "按检查项要求整改：\(requirement)" }
}
