import Foundation
import GRDB
import HazChemCore

extension AppDatabase {
    /// The dashboard figures for the enterprises in `scope`, with deadlines compared to today.
    ///
    /// Counties listed: every county for ``AccessScope/all``, the user's county for a county scope, and the
    /// counties holding an enterprise in scope otherwise. A grade is the grade of an enterprise's latest
    /// signed assessment (``CountedAssessment``); coverage counts every enterprise that is not closed.
    package func dashboard(scope: AccessScope) throws(StoreError) -> DashboardFigures {
        let today = LocalDate.today(now())
        let inScope = scope.condition(enterprise: "e")
        let overdue = PageSQL.assessmentOverdue(
            assessmentCycle, today: today, status: "c.operating_status", lastAssessed: "c.end_day")
        return try read { db in
            var counties: [String: DashboardFigures.CountyFigures] = [:]
            var order: [String] = []
            for region in try Region.filter(Column("level") == Region.Level.county.rawValue)
                .order(Column("position"), Column("code")).fetchAll(db)
            {
                counties[region.code] = .init(countyCode: region.code, countyName: region.name)
                order.append(region.code)
            }
            let enterprises: SQL = """
                SELECT e.county_code, e.kind, e.operating_status, COUNT(*) AS n FROM enterprise e
                WHERE \(inScope) GROUP BY 1, 2, 3
                """
            for row in try Row.fetchAll(db, SQLRequest(literal: enterprises)) {
                guard var county = counties[row["county_code"]] else { continue }
                let n: Int = row["n"]
                let status = OperatingStatus(rawValue: row["operating_status"])!
                county.enterprises += n
                county.byKind[EnterpriseKind(rawValue: row["kind"])!, default: 0] += n
                county.byStatus[status, default: 0] += n
                if status != .closed { county.due += n }
                counties[county.countyCode] = county
            }
            // One pass over the enterprises' counted assessments (`counted_assessment`, one row per enterprise).
            let grades: SQL = """
                SELECT c.county_code, c.operating_status, c.grade, COUNT(*) AS n, SUM(\(sql: overdue)) AS overdue_cycle
                FROM counted_assessment c WHERE \(scope.condition(counted: "c")) GROUP BY 1, 2, 3
                """
            for row in try Row.fetchAll(db, SQLRequest(literal: grades)) {
                guard var county = counties[row["county_code"]] else { continue }
                let n: Int = row["n"]
                county.overdueAssessments += row["overdue_cycle"] as Int
                if let grade = (row["grade"] as String?).flatMap(Grade.init(rawValue:)) {
                    county.grades[grade, default: 0] += n
                    if row["operating_status"] != OperatingStatus.closed.rawValue { county.assessed += n }
                }
                counties[county.countyCode] = county
            }
            // Outstanding hazards only (an index range), summed per enterprise, then per county from the narrow
            // `counted_assessment` row of each enterprise rather than the enterprise's own.
            let hazards: SQL = """
                SELECT c.county_code, SUM(x.major) AS major, SUM(x.overdue) AS overdue
                FROM (SELECT h.enterprise_id, SUM(h.level = 'major') AS major,
                        coalesce(SUM(h.deadline < \(today)), 0) AS overdue
                    FROM hazard h WHERE h.status IN \(sql: PageSQL.outstandingStatuses)
                        AND \(scope.condition(enterpriseID: "h.enterprise_id"))
                    GROUP BY h.enterprise_id) x
                JOIN counted_assessment c ON c.enterprise_id = x.enterprise_id GROUP BY 1
                """
            for row in try Row.fetchAll(db, SQLRequest(literal: hazards)) {
                guard var county = counties[row["county_code"]] else { continue }
                county.openMajorHazards = row["major"]
                county.overdueHazards = row["overdue"]
                counties[county.countyCode] = county
            }
            let reports: SQL = """
                SELECT coalesce(SUM(a.status IN ('planned', 'onSite') AND a.due_date < \(today)), 0) AS overdue,
                    coalesce(SUM(coalesce(substr(a.submitted_recorded_at, 1, 10), a.submitted_date) > a.due_date), 0) AS late
                FROM assessment a WHERE \(scope.condition(enterpriseID: "a.enterprise_id"))
                """
            let reportRow = try Row.fetchOne(db, SQLRequest(literal: reports))!
            let listed = order.filter { code in
                switch scope {
                case .all: true
                case .county(let own): code == own
                case .panels: counties[code]!.enterprises > 0
                }
            }.map { counties[$0]! }
            var totals = DashboardFigures.CountyFigures(countyCode: "", countyName: "合计")
            for county in listed { totals.add(county) }
            return DashboardFigures(
                today: today, counties: listed, totals: totals, overdueReports: reportRow["overdue"],
                lateReports: reportRow["late"], alerts: try Self.hazardAlerts(db, scope: scope, today: today))
        }
    }

    /// Open major hazards, then other hazards past their deadline, in `scope`.
    private static func hazardAlerts(_ db: Database, scope: AccessScope, today: LocalDate) throws
        -> [DashboardFigures.HazardAlert]
    {
        // The alerts are chosen on the hazard index first, then only they are read with their enterprises.
        let order = "h.level = 'major' DESC, h.deadline IS NULL, h.deadline, h.id"
        let sql: SQL = """
            SELECT h.id, h.enterprise_id, e.name, r.name AS county_name, h.description, h.level, h.status,
                h.deadline, coalesce(h.deadline < \(today), 0) AS overdue
            FROM (SELECT h.id FROM hazard h
                WHERE h.status IN \(sql: PageSQL.outstandingStatuses) AND (h.level = 'major' OR h.deadline < \(today))
                    AND \(scope.condition(enterpriseID: "h.enterprise_id"))
                ORDER BY \(sql: order) LIMIT \(DashboardFigures.alertLimit)) chosen
            JOIN hazard h ON h.id = chosen.id JOIN enterprise e ON e.id = h.enterprise_id
            JOIN region r ON r.code = e.county_code
            ORDER BY \(sql: order)
            """
        return try Row.fetchAll(db, SQLRequest(literal: sql)).map { row in
            DashboardFigures.HazardAlert(
                hazardID: row["id"], enterpriseID: row["enterprise_id"], enterpriseName: row["name"],
                countyName: row["county_name"], description: row["description"],
                level: HazardLevel(rawValue: row["level"])!, status: HazardStatus(rawValue: row["status"])!,
                deadline: row["deadline"], overdue: row["overdue"])
        }
    }
}
