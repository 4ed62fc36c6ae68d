import Foundation
import HazChemCore

/// What an offline spreadsheet form (or any batch) enters into an assessment in one go: responses with
/// findings, hazard details, grading answers, direct red, the red/orange risk texts, the panel's conclusion and spot checks.
///
/// Applied by ``AppDatabase/apply(_:toAssessment:actor:)`` in one transaction and idempotently: parts that
/// equal what is stored are not rewritten and write no audit rows. Nil parts are left as stored.
package struct AssessmentEntry: Sendable, Equatable {
    /// Checklist responses, in any order.
    package var responses: [AssessmentResponseInput]
    /// Item id → the rectification plan of a non-conforming item.
    package var hazardDetails: [String: HazardDetails]
    /// Rule id → the panel's answer (stored as confirmed).
    package var answers: [String: GradingAnswer]
    /// The direct-red conditions found; when given, every other condition of the table is confirmed absent.
    package var directRed: [String]?
    /// The red/orange risk texts; nil leaves them as stored.
    package var risk: RiskDescription?
    /// 专家组综合意见; nil leaves it as stored.
    package var conclusion: String? = nil
    /// Spot checks to record; one equal to a stored check (person, post, result, note) is not added again.
    package var spotChecks: [SpotCheck] = []
    /// Whether each response naming an expert must come from one who may answer its section (the leader any,
    /// a member their own specialty's, or any present expert when nobody present covers it), as on the web.
    package var checksSections = false

    /// Creates an entry.
    package init(
        responses: [AssessmentResponseInput] = [], hazardDetails: [String: HazardDetails] = [:],
        answers: [String: GradingAnswer] = [:], directRed: [String]? = nil, risk: RiskDescription? = nil
    ) {
        self.responses = responses
        self.hazardDetails = hazardDetails
        self.answers = answers
        self.directRed = directRed
        self.risk = risk
    }
}
