import Foundation
import HazChemCore

/// Which assessments to list; every criterion is optional.
package struct AssessmentFilter: Sendable, Equatable {
    /// Only enterprises of this county (GB/T 2260 code).
    package var countyCode: String?
    /// Only this status.
    package var status: AssessmentStatus?
    /// Only this enterprise.
    package var enterpriseID: Int64?
    /// Only assessments whose last on-site day is on or after this day.
    package var from: LocalDate?
    /// Only assessments whose last on-site day is on or before this day.
    package var to: LocalDate?
    /// Only the newest version of each assessment (a corrected version is left out); true by default.
    package var latestVersionOnly: Bool
    /// The day lateness is judged on (today when nil).
    package var asOf: LocalDate?
    /// Only assessments whose panel this expert sits on (an expert's or regulator's scope).
    package var panelExpertID: Int64?
    /// Only assessments of enterprises whose name contains this text.
    package var search: String?

    /// Creates a filter; by default the newest version of every assessment.
    package init(
        countyCode: String? = nil, status: AssessmentStatus? = nil, enterpriseID: Int64? = nil, from: LocalDate? = nil,
        to: LocalDate? = nil, latestVersionOnly: Bool = true, asOf: LocalDate? = nil
    ) {
        self.countyCode = countyCode
        self.status = status
        self.enterpriseID = enterpriseID
        self.from = from
        self.to = to
        self.latestVersionOnly = latestVersionOnly
        self.asOf = asOf
    }
}
