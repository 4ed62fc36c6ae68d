import Foundation
import HazChemCore

/// The campaign figures shown on the dashboard, for the enterprises a user may see.
package struct DashboardFigures: Sendable, Equatable {
    /// The figures of one county (or of all counties together, for the totals row).
    package struct CountyFigures: Sendable, Equatable {
        /// The county's code; empty for the totals row.
        package var countyCode: String
        /// The county's name, or 合计 for the totals row.
        package var countyName: String
        /// Every enterprise, closed ones included.
        package var enterprises = 0
        /// Enterprises by kind.
        package var byKind: [EnterpriseKind: Int] = [:]
        /// Enterprises by operating status.
        package var byStatus: [OperatingStatus: Int] = [:]
        /// Enterprises still to be assessed: all but the closed ones.
        package var due = 0
        /// Of ``due``, those with a signed assessment.
        package var assessed = 0
        /// Enterprises by the grade of their latest signed assessment.
        package var grades: [Grade: Int] = [:]
        /// Open major hazards (未整改 or 整改中).
        package var openMajorHazards = 0
        /// Hazards still open after their deadline.
        package var overdueHazards = 0

        /// Enterprises 逾期未评估: their re-assessment cycle ran out (``HazChemCore/AssessmentCycle``).
        package var overdueAssessments = 0

        /// Creates empty figures for a county.
        package init(countyCode: String, countyName: String) {
            self.countyCode = countyCode
            self.countyName = countyName
        }

        /// The share of ``due`` enterprises assessed, in percent to one decimal (rounded half up); nil when none are due.
        package var coverage: Tenths? {
            guard due > 0 else { return nil }
            return Tenths(raw: (assessed * 1000 + due / 2) / due)
        }

        /// Enterprises with a grade, all grades together.
        package var graded: Int { grades.values.reduce(0, +) }

        /// Adds another county's figures (for the totals row).
        mutating func add(_ other: CountyFigures) {
            enterprises += other.enterprises
            due += other.due
            assessed += other.assessed
            openMajorHazards += other.openMajorHazards
            overdueHazards += other.overdueHazards
            overdueAssessments += other.overdueAssessments
            byKind.merge(other.byKind, uniquingKeysWith: +)
            byStatus.merge(other.byStatus, uniquingKeysWith: +)
            grades.merge(other.grades, uniquingKeysWith: +)
        }
    }

    /// A hazard needing attention: an open major hazard or one past its deadline.
    package struct HazardAlert: Sendable, Equatable {
        /// The hazard's id.
        package var hazardID: Int64
        /// The enterprise's id.
        package var enterpriseID: Int64
        /// The enterprise's name.
        package var enterpriseName: String
        /// The county's name.
        package var countyName: String
        /// What is wrong.
        package var description: String
        /// General or major.
        package var level: HazardLevel
        /// Where it stands.
        package var status: HazardStatus
        /// The rectification deadline, if set.
        package var deadline: LocalDate?
        /// Whether the deadline has passed.
        package var overdue: Bool
    }

    /// The day the figures were computed for (deadlines are compared with it).
    package var today: LocalDate
    /// One row per county in configuration order.
    package var counties: [CountyFigures]
    /// All counties together.
    package var totals: CountyFigures
    /// Assessments past their report due date and not yet submitted.
    package var overdueReports: Int
    /// Assessments whose report was submitted after the due date.
    package var lateReports: Int
    /// Open major hazards first, then overdue ones, most overdue first; at most ``alertLimit``.
    package var alerts: [HazardAlert]

    /// The most hazards listed in ``alerts``.
    package static let alertLimit = 20
}
