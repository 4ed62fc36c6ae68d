import Foundation
import HazChemCore

/// A county's monthly report for one month as the prefecture reviews it: submitted, approved or returned.
///
/// Submitting locks the county's figures (the snapshot taken then is what the prefecture sees and the summary
/// uses); approval locks them for good; returning unlocks them so the county can submit again. Lateness is
/// judged by ``submission`` on the first submission day (docs/monthly-report.md), whatever happens later.
package struct MonthlyReview: Sendable, Equatable {
    /// Where the county's report stands in the review.
    package enum State: String, CaseIterable, Sendable {
        /// Not submitted yet.
        case notSubmitted
        /// Submitted, awaiting the prefecture's review (locked).
        case submitted
        /// Approved by the prefecture (locked for good).
        case approved
        /// Returned by the prefecture for changes (unlocked).
        case returned

        /// 未报送, 已报送, 已审核, 已退回: the short form beside a county's figures.
        package var shortLabel: String {
            switch self {
            case .notSubmitted: "未报送"
            case .submitted: "已报送"
            case .approved: "已审核"
            case .returned: "已退回"
            }
        }

        /// 未报送, 待审核, 已审核通过, 已退回.
        package var label: String {
            switch self {
            case .notSubmitted: "未报送"
            case .submitted: "已报送，待审核"
            case .approved: "已审核通过"
            case .returned: "已退回修改"
            }
        }
    }

    /// The month.
    package var period: MonthlyPeriod
    /// The county's code.
    package var countyCode: String
    /// The county's name.
    package var countyName: String
    /// The review state.
    package var state: State
    /// The first submission and its lateness on the day judged.
    package var submission: MonthlySubmission
    /// The day of the latest submission after a return.
    package var resubmittedOn: LocalDate?
    /// Who approved or returned the report last.
    package var reviewedBy: String?
    /// When.
    package var reviewedAt: Date?
    /// The prefecture's note (the reason for a return).
    package var note: String
    /// The figures as submitted, nil when none were stored (not submitted, or recorded by the CLI).
    package var lockedFigures: MonthlyCountyRow?
    /// The county's per-enterprise lines as submitted, nil when none were stored with the figures.
    package var lockedEnterprises: [MonthlyEnterpriseLine]?

    /// Whether the county's figures are locked: submitted or approved.
    package var isLocked: Bool { state == .submitted || state == .approved }
    /// Whether the county may submit now: never submitted, or returned.
    package var canSubmit: Bool { state == .notSubmitted || state == .returned }
    /// Whether the prefecture may approve now.
    package var canApprove: Bool { state == .submitted }
    /// Whether the prefecture may return it now (awaiting review, or approved: returning unlocks it).
    package var canReturn: Bool { state == .submitted || state == .approved }

    /// Creates the value from all its stored parts.
    package init(
        period: MonthlyPeriod,
        countyCode: String,
        countyName: String,
        state: State,
        submission: MonthlySubmission,
        resubmittedOn: LocalDate?,
        reviewedBy: String?,
        reviewedAt: Date?,
        note: String,
        lockedFigures: MonthlyCountyRow?,
        lockedEnterprises: [MonthlyEnterpriseLine]? = nil
    ) {
        self.period = period
        self.countyCode = countyCode
        self.countyName = countyName
        self.state = state
        self.submission = submission
        self.resubmittedOn = resubmittedOn
        self.reviewedBy = reviewedBy
        self.reviewedAt = reviewedAt
        self.note = note
        self.lockedFigures = lockedFigures
        self.lockedEnterprises = lockedEnterprises
    }
}
