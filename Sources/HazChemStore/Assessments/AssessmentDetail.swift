import Foundation
import HazChemCore

/// Everything about one assessment version, for reports, pages and `assessment show`.
package struct AssessmentDetail: Sendable {
    /// A checklist response with the expert who entered it.
    package struct ResponseLine: Sendable, Equatable {
        /// The stored response.
        package var response: AssessmentResponse
        /// The expert, when recorded.
        package var expert: Expert?
    }

    /// A signature with the person who signed.
    package struct SignatureLine: Sendable, Equatable {
        /// The stored signature.
        package var signature: Signature
        /// The signer.
        package var expert: Expert
    }

    /// The assessment version.
    package var assessment: Assessment
    /// The enterprise assessed.
    package var enterprise: Enterprise
    /// The panel with its people.
    package var panel: PanelDetail?
    /// The visit the assessment was created from (its first version's).
    package var visit: PanelVisit? = nil
    /// The checklist, loaded from the assessment's snapshot.
    package var checklist: Checklist
    /// The grading table, loaded from the assessment's snapshot.
    package var gradingTable: GradingTable
    /// The 121号 criteria list, loaded from the snapshot, when the checklist links one.
    package var criteria: MajorHazardCriteria?
    /// The responses in checklist order.
    package var responses: [ResponseLine]
    /// Every stored answer (rules in table order, then direct-red ids), pre-filled or confirmed.
    package var answers: [AssessmentAnswer]
    /// The answers the panel confirmed.
    package var confirmedAnswers: GradingAnswers
    /// Every stored answer as scored (pre-filled ones included until confirmed).
    package var gradingAnswers: GradingAnswers
    /// The score sheet of ``gradingAnswers``; nil when they do not score (see ``gradingProblems``).
    package var scoreSheet: ScoreSheet?
    /// Why the answers do not score.
    package var gradingProblems: [String]
    /// Checklist progress per section.
    package var progress: ChecklistProgress
    /// What the next step (submit, or sign once submitted) still needs; empty when signed.
    package var unmet: [SignOffRequirement]
    /// The hazards found (created at sign-off), in checklist order.
    package var hazards: [Hazard]
    /// The spot checks, in entry order.
    package var spotChecks: [SpotCheck]
    /// The signatures, leader first then by name.
    package var signatures: [SignatureLine]
    /// The bureau's disposition.
    package var disposition: Disposition?
    /// Every version of this assessment, oldest first (this one included).
    package var versions: [Assessment]
    /// The day lateness is judged on.
    package var asOf: LocalDate
    /// What it was signed with and its 报告校验码; nil until signed.
    package var seal: AssessmentSeal? = nil

    /// The report's due date.
    package var dueDate: LocalDate? { assessment.dueDate }
    /// Whether the report is late as of ``asOf``.
    package var isLate: Bool { assessment.isLate(asOf: asOf) }
    /// Whether a newer version corrects this one.
    package var isSuperseded: Bool { versions.last?.id != assessment.id }
    /// The non-conforming responses in checklist order.
    package var findings: [ResponseLine] { responses.filter { $0.response.response == .nonConforming } }
    /// The allowed disposition classes for the grade, the default first.
    package var allowedDispositions: [DispositionClass] {
        (assessment.grade ?? scoreSheet?.grade).map(DispositionPolicy.allowedClasses(for:)) ?? []
    }
}
