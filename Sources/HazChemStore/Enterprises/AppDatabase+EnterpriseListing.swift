import Foundation
import GRDB
import HazChemCore

extension AppDatabase {
    /// One page of the enterprises matching `filter` within `scope`, by county then name.
    ///
    /// A county filter outside the scope matches nothing. `page` is clamped to the existing pages.
    package func enterpriseListing(_ filter: EnterpriseFilter, scope: AccessScope, page: Int, pageSize: Int = 50)
        throws(StoreError) -> EnterpriseListing
    {
        var conditions: [SQL] = [scope.condition(enterprise: "e")]
        if let county = filter.countyCode { conditions.append("e.county_code = \(county)") }
        if let kind = filter.kind { conditions.append("e.kind = \(kind.rawValue)") }
        if let status = filter.status { conditions.append("e.operating_status = \(status.rawValue)") }
        if let search = filter.search?.trimmed, !search.isEmpty {
            conditions.append("(instr(e.name, \(search)) > 0 OR instr(e.credit_code, upper(\(search))) > 0)")
        }
        let whereClause = conditions.map { "(\($0))" as SQL }.joined(separator: " AND ")
        let size = max(1, pageSize)
        let (cycle, today) = (assessmentCycle, LocalDate.today(now()))
        return try read { db in
            let total = try Int.fetchOne(
                db, SQLRequest(literal: "SELECT COUNT(*) FROM enterprise e WHERE \(whereClause)"))!
            let pageCount = max(1, (total + size - 1) / size)
            let current = min(max(1, page), pageCount)
            // The page is chosen on the narrow sort keys first (as the assessment list does), and only its rows
            // are read whole with their figures.
            let sql: SQL = """
                SELECT e.*, r.name AS county_name, \(sql: PageSQL.latestGrade) AS latest_grade,
                    \(sql: PageSQL.openMajorHazards) AS open_major, \(sql: PageSQL.lastAssessed) AS last_assessed
                FROM (SELECT e.id, r.position, r.code, e.name FROM \(sql: PageSQL.inListOrder(inOrder: true))
                    WHERE \(whereClause)
                    ORDER BY \(sql: PageSQL.listOrder()) LIMIT \(size) OFFSET \((current - 1) * size)) chosen
                JOIN enterprise e ON e.id = chosen.id JOIN region r ON r.code = e.county_code
                ORDER BY chosen.position, chosen.code, chosen.name, e.id
                """
            let rows = try Row.fetchAll(db, SQLRequest(literal: sql)).map { row in
                EnterpriseListing.Row(
                    enterprise: try Enterprise(row: row), countyName: row["county_name"],
                    latestGrade: (row["latest_grade"] as String?).flatMap(Grade.init(rawValue:)),
                    openMajorHazards: row["open_major"],
                    nextAssessment: cycle.due(
                        lastAssessed: row["last_assessed"], closed: row["operating_status"] == "closed", today: today))
            }
            return EnterpriseListing(rows: rows, total: total, page: current, pageSize: size)
        }
    }
}
