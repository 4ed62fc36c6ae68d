import Foundation

/// One checklist answer sent from the web page: the store's side of `POST /assessments/{id}/items/{item}`.
package struct AnswerSave: Sendable {
    /// The assessment answered.
    package var assessmentID: Int64
    /// The response (its `expert` is filled in from the signed-in user).
    package var input: AssessmentResponseInput
    /// The rectification plan of a non-conforming item, when the form carried one.
    package var details: HazardDetails?
    /// Who answers; their name is recorded with the response and their username in the audit log.
    package var user: AppUser
    /// Whether the outcome should carry the grading sheet and progress.
    package var scored: Bool
    /// The ``AssessmentResponse/version`` the sender saw (empty: not answered yet); nil saves unconditionally.
    package var basedOn: String?
    /// The web operation's `Idempotency-Key` claim, taken from the request's task when the save is created: the
    /// group commit runs the save in another task, where it stores the key in the save's own savepoint.
    package var claim: IdempotencyClaim?

    /// Creates a save.
    package init(
        assessmentID: Int64, _ input: AssessmentResponseInput, details: HazardDetails? = nil, by user: AppUser,
        scored: Bool = false, basedOn: String? = nil, claim: IdempotencyClaim? = IdempotencyClaim.current
    ) {
        self.claim = claim
        self.assessmentID = assessmentID
        self.input = input
        self.details = details
        self.user = user
        self.scored = scored
        self.basedOn = basedOn
    }
}
