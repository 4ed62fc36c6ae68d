import Foundation
import HazChemCore

/// Which hazards to list; every criterion is optional.
package struct HazardFilter: Sendable, Equatable {
    /// Only enterprises of this county (GB/T 2260 code).
    package var countyCode: String?
    /// Only this status.
    package var status: HazardStatus?
    /// Only this level.
    package var level: HazardLevel?
    /// Only this enterprise.
    package var enterpriseID: Int64?
    /// Only hazards of this assessment version.
    package var assessmentID: Int64?
    /// Only hazards overdue on this day (open or rectifying, deadline before it); also the day ``HazardListing``
    /// judges overdue by (today when nil).
    package var overdueAsOf: LocalDate?
    /// Only hazards of assessments whose panel this expert sits on (an expert's or regulator's scope).
    package var panelExpertID: Int64?
    /// Only hazards whose enterprise name or description contains this text.
    package var search: String?

    /// Creates a filter; by default every hazard.
    package init(
        countyCode: String? = nil, status: HazardStatus? = nil, level: HazardLevel? = nil, enterpriseID: Int64? = nil,
        assessmentID: Int64? = nil, overdueAsOf: LocalDate? = nil
    ) {
        self.countyCode = countyCode
        self.status = status
        self.level = level
        self.enterpriseID = enterpriseID
        self.assessmentID = assessmentID
        self.overdueAsOf = overdueAsOf
    }
}
