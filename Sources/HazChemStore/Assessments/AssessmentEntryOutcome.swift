import Foundation

/// What became of a checklist entry sent from the web pages.
package enum AssessmentEntryOutcome: Sendable {
    /// The assessment or item does not exist, or the user may not see the assessment.
    case notFound
    /// The user may see the assessment but not enter this item; the reason in Chinese.
    case refused(String)
    /// Stored; `changed` is false when it equalled what was stored (nothing written, no audit row); `score` is the
    /// grading sheet and progress after the save, when asked for; `expert` the name the item is now recorded under.
    case saved(changed: Bool, score: AssessmentScore?, expert: String?, version: String? = nil)
    /// Not stored: the item changed since the version the sender based its edit on (another expert answered it,
    /// or an older resend arrived late); `current` is the stored response (nil when none) and `expert` its name.
    case conflict(current: AssessmentResponse?, expert: String?)
}
