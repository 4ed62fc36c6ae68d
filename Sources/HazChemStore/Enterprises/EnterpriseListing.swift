import Foundation
import HazChemCore

/// One page of the enterprise list, with each enterprise's latest grade and open major hazards.
package struct EnterpriseListing: Sendable, Equatable {
    /// An enterprise with what the list shows beside it.
    package struct Row: Sendable, Equatable {
        /// The enterprise.
        package var enterprise: Enterprise
        /// Its county's name.
        package var countyName: String
        /// The grade of its latest signed assessment.
        package var latestGrade: Grade?
        /// How many major hazards are still open (shown prominently).
        package var openMajorHazards: Int
        /// When its next assessment is due (``HazChemCore/AssessmentCycle``), flagged when overdue.
        package var nextAssessment: AssessmentCycle.Due = .never
    }

    /// The rows of this page.
    package var rows: [Row]
    /// How many enterprises match, over all pages.
    package var total: Int
    /// The 1-based page shown (clamped to the pages that exist).
    package var page: Int
    /// Rows per page.
    package var pageSize: Int

    /// How many pages there are (at least 1).
    package var pageCount: Int { max(1, (total + pageSize - 1) / pageSize) }
}
