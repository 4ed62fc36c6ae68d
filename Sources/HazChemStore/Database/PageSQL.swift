import Foundation
import HazChemCore

/// SQL fragments shared by the page queries (dashboard, enterprise list and detail), written once.
enum PageSQL {
    /// The assessment statuses whose grade counts (``CountedAssessment/statuses``).
    static let signedStatuses = CountedAssessment.statuses
    /// The hazard statuses still needing work (``HazChemCore/HazardStatus/isOutstanding``).
    static let outstandingStatuses = "('open', 'rectifying')"
    /// The grade of enterprise `e`'s counted assessment (``CountedAssessment``, kept in `counted_assessment`), as a
    /// scalar subquery.
    static let latestGrade = "(SELECT c.grade FROM counted_assessment c WHERE c.enterprise_id = e.id)"
    /// The last day on site of enterprise `e`'s counted assessment (kept in `counted_assessment`), as a scalar
    /// subquery: where its re-assessment cycle starts (``HazChemCore/AssessmentCycle``).
    static let lastAssessed = "(SELECT c.end_day FROM counted_assessment c WHERE c.enterprise_id = e.id)"
    /// Whether enterprise `e` is 逾期未评估 on `today`: not closed, and `cycle` years after ``lastAssessed`` is
    /// before today (SQLite's `+N years` and ``HazChemCore/AssessmentCycle/nextDue(after:)`` agree, 29 February
    /// included). Never-assessed enterprises are due now, not overdue.
    /// `status` and `lastAssessed` may name the columns of a `counted_assessment c` instead (`c.operating_status`,
    /// `c.end_day`).
    static func assessmentOverdue(
        _ cycle: AssessmentCycle, today: LocalDate, status: String = "e.operating_status",
        lastAssessed: String = lastAssessed
    ) -> String {
        "(\(status) <> 'closed' AND coalesce(date(\(lastAssessed), '+\(cycle.years) years') < '\(today)', 0))"
    }
    /// A `FROM` clause walking the enterprises `e` in list order (``listOrder(then:)``: county
    /// position, then name) and, when `table` is given, each one's rows of it aliased `alias` (by `enterprise_id`).
    /// With the indexes of migration `v5-national-indexes` a page is found without sorting every row: only the rows
    /// of equally named enterprises are sorted. `inOrder` false (a filter naming one enterprise, assessment or
    /// expert, whose few rows are best found first) leaves the join order to the planner.
    /// The list order ``inListOrder(_:_:inOrder:)`` walks: county position, then enterprise name, then `row` (a
    /// column of the joined table). The county's code and rowid and the enterprise's id make every step unique,
    /// so SQLite reads the rows in this order straight from the indexes; ordered by position and name alone it
    /// sorted each county's enterprises (page 1 of the prefecture's assessments: 0.2 s at 190,000 → under 1 ms).
    static func listOrder(then row: String? = nil) -> String {
        "r.position, r.code, r.rowid, e.name, e.id" + (row.map { ", \($0)" } ?? "")
    }

    static func inListOrder(_ table: String? = nil, _ alias: String = "", inOrder: Bool) -> String {
        let join = inOrder ? "CROSS JOIN" : "JOIN"
        let rows = table.map { " \(join) \($0) \(alias) ON \(alias).enterprise_id = e.id" } ?? ""
        return "region r \(join) enterprise e ON e.county_code = r.code" + rows
    }
    /// How many open major hazards enterprise `e` has, as a scalar subquery.
    static let openMajorHazards = """
        (SELECT COUNT(*) FROM hazard h WHERE h.enterprise_id = e.id AND h.level = 'major'
            AND h.status IN \(outstandingStatuses))
        """
}
