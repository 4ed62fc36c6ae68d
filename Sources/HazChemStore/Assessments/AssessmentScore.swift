import Foundation
import HazChemCore

/// An assessment's grading sheet and checklist progress as stored now: what the entry page shows beside the
/// checklist and sends back after each saved answer.
package struct AssessmentScore: Sendable {
    /// The assessment version (its stored score and grade once submitted).
    package var assessment: Assessment
    /// The checklist, from the assessment's snapshot.
    package var checklist: Checklist
    /// Every stored grading answer, pre-filled or confirmed.
    package var answers: [AssessmentAnswer]
    /// The score of the stored answers; nil when they do not score (see ``gradingProblems``).
    package var scoreSheet: ScoreSheet?
    /// Why the answers do not score.
    package var gradingProblems: [String]
    /// Checklist progress per section.
    package var progress: ChecklistProgress
    /// What the web made of this score (the rendered grading sheet), shared by every copy: the saves committed
    /// together get the same score, so it is rendered once.
    package let rendering = RenderedOnce()

    /// The score part of a loaded detail.
    package init(_ detail: AssessmentDetail) {
        assessment = detail.assessment
        checklist = detail.checklist
        answers = detail.answers
        scoreSheet = detail.scoreSheet
        gradingProblems = detail.gradingProblems
        progress = detail.progress
    }

    /// Scores a loaded state.
    init(_ state: AssessmentState) {
        assessment = state.assessment
        checklist = state.tables.checklist
        answers = state.answers
        do {
            scoreSheet = try GradingEngine(table: state.tables.grading).score(state.gradingAnswers)
            gradingProblems = []
        } catch {
            scoreSheet = nil
            gradingProblems = error.problems.map(\.message)
        }
        progress = ChecklistEvaluator(checklist: state.tables.checklist).progress(of: state.checklistResponses)
    }
}
