import Foundation
import HazChemCore
import HazChemStore

/// What a demo run generated: the key figures, also written to the audit log (action `demo`).
///
/// Dictionaries are keyed by the code names (`production`, `red`, `closeOrSuspend`, `open` …). Grades,
/// direct red and dispositions count the newest signed version of each assessment; hazards count every
/// stored hazard; overdue and late are judged on ``asOf``.
package struct DemoCampaignSummary: Sendable, Equatable, Codable {
    /// The seed of the run.
    package var seed: UInt64
    /// The day the campaign stands at.
    package var asOf: LocalDate
    /// Enterprises stored.
    package var enterprises = 0
    /// Enterprises by kind.
    package var enterprisesByKind: [String: Int] = [:]
    /// Enterprises by county code.
    package var enterprisesByCounty: [String: Int] = [:]
    /// Enterprises whose major hazard levels were computed from stored units (GB 18218-2018).
    package var enterprisesWithUnits = 0
    /// Experts in the library (regulators included).
    package var experts = 0
    /// Of them, regulators of the county bureaus.
    package var regulators = 0
    /// Panels formed (one per team).
    package var panels = 0
    /// 现场评估安排: the teams' visits.
    package var visits = 0
    /// Assessment rows, corrections included.
    package var assessments = 0
    /// Assessment rows by status.
    package var assessmentsByStatus: [String: Int] = [:]
    /// Grades of the newest signed versions.
    package var grades: [String: Int] = [:]
    /// Of the red ones, those with a direct-red condition.
    package var directRed = 0
    /// Dispositions by class.
    package var dispositions: [String: Int] = [:]
    /// closeOrSuspend dispositions by action.
    package var closureActions: [String: Int] = [:]
    /// Hazards by status.
    package var hazards: [String: Int] = [:]
    /// Major hazards (重大隐患).
    package var majorHazards = 0
    /// Hazards outstanding after their deadline.
    package var overdueHazards = 0
    /// Second versions (corrections), signed or in draft.
    package var corrections = 0
    /// Reports (first versions) late on the as-of day: submitted after the due date, or still not submitted.
    package var lateReports = 0
    /// County monthly reports of the campaign months by status (`onTime`, `late`, `missing`).
    package var monthlySubmissions: [String: Int] = [:]
    /// Web users created.
    package var users = 0
    /// SHA-256 of the enterprises' credit codes joined by newlines, in generation order.
    package var enterpriseCodesHash = ""

    /// An empty summary of a run.
    package init(seed: UInt64, asOf: LocalDate) {
        self.seed = seed
        self.asOf = asOf
    }

    /// The sum of the counts of a dictionary.
    package static func total(_ counts: [String: Int]) -> Int { counts.values.reduce(0, +) }
}
