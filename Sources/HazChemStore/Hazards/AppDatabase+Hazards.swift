import Foundation
import GRDB
import HazChemCore

extension AppDatabase {
    /// Changes a hazard's status (open → rectifying → rectified, or back to rectifying) and/or, while it is
    /// open, its measure, deadline, responsible person and location.
    @discardableResult
    package func updateHazard(id: Int64, _ update: HazardUpdate, actor: String) throws(StoreError) -> Hazard {
        try session(actor: actor) { try $0.updateHazard(id, update) }
    }

    /// Records the re-check of a rectified hazard: who verified it and on which day.
    @discardableResult
    package func verifyHazard(id: Int64, by person: String, date: LocalDate, actor: String) throws(StoreError)
        -> Hazard
    {
        try session(actor: actor) { try $0.verifyHazard(id, by: person, date: date) }
    }

    /// The hazard with this id, or nil.
    package func hazard(id: Int64) throws(StoreError) -> Hazard? {
        try read { db in try Hazard.fetchOne(db, key: id) }
    }

    /// The hazards matching `filter` with their enterprises, by county (configuration order), enterprise, id.
    package func hazards(_ filter: HazardFilter = HazardFilter()) throws(StoreError) -> [HazardListing] {
        let today = LocalDate.today(now())
        return try read { db in try Self.listings(db, filter, limit: nil, offset: 0, today: today) }
    }

    /// One page of the hazards matching `filter`, in the order of ``hazards(_:)``; the count and the page are
    /// read in one transaction.
    package func hazardPage(_ filter: HazardFilter, page: Int, pageSize: Int) throws(StoreError) -> HazardPage {
        let today = LocalDate.today(now())
        return try read { db in
            let (whereClause, arguments) = Self.conditions(filter)
            // Counted over the hazard indexes: the enterprise is joined only when the filter names it, and the
            // outstanding figures read the outstanding hazards only (a sum over all 900,000 hazards of the
            // national database took a second).
            let from = Self.from(filter)
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) \(from) \(whereClause)", arguments: arguments)!
            let outstanding = try Row.fetchOne(
                db,
                sql: """
                    SELECT COALESCE(SUM(h.level = 'major'), 0) AS major, COALESCE(SUM(h.deadline < ?), 0) AS overdue
                    \(from) \(whereClause.isEmpty ? "WHERE" : whereClause + " AND") h.status IN \(PageSQL.outstandingStatuses)
                    """, arguments: StatementArguments([filter.overdueAsOf ?? today]) + arguments)!
            let window = ListPage<HazardListing>.window(page: page, pageSize: pageSize, total: total)
            let list = ListPage(
                rows: try Self.listings(db, filter, limit: window.size, offset: window.offset, today: today),
                total: total,
                page: window.page, pageSize: window.size)
            return HazardPage(list: list, outstandingMajor: outstanding["major"], overdue: outstanding["overdue"])
        }
    }

    /// The `FROM` clause for ``conditions(_:)``: hazards, joined to their enterprises when the filter names them.
    private static func from(_ filter: HazardFilter) -> String {
        "FROM hazard h" + (conditions(filter).0.contains("e.") ? " JOIN enterprise e ON e.id = h.enterprise_id" : "")
    }

    /// The `WHERE` clause of a hazard filter (aliases `h` hazard, `e` enterprise) and its arguments.
    private static func conditions(_ filter: HazardFilter) -> (String, StatementArguments) {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let county = filter.countyCode { conditions.append("e.county_code = ?"); arguments.append(county) }
        if let status = filter.status { conditions.append("h.status = ?"); arguments.append(status.rawValue) }
        if let level = filter.level { conditions.append("h.level = ?"); arguments.append(level.rawValue) }
        if let id = filter.enterpriseID { conditions.append("h.enterprise_id = ?"); arguments.append(id) }
        if let id = filter.assessmentID { conditions.append("h.assessment_id = ?"); arguments.append(id) }
        if let day = filter.overdueAsOf {
            conditions.append("h.status IN ('open', 'rectifying') AND h.deadline < ?")
            arguments.append(day)
        }
        if let search = filter.search?.trimmed, !search.isEmpty {
            conditions.append("(instr(e.name, ?) > 0 OR instr(h.description, ?) > 0)")
            arguments += [search, search]
        }
        if let expert = filter.panelExpertID {
            conditions.append("h.assessment_id IN (\(AccessScope.assessmentIDs(seenBy: expert)))")
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return (whereClause, StatementArguments(arguments))
    }

    private static func listings(_ db: Database, _ filter: HazardFilter, limit: Int?, offset: Int, today: LocalDate)
        throws
        -> [HazardListing]
    {
        let (whereClause, arguments) = conditions(filter)
        let page = limit.map { "LIMIT \($0) OFFSET \(offset)" } ?? ""
        let inOrder = filter.enterpriseID == nil && filter.assessmentID == nil && filter.panelExpertID == nil
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT h.id AS hazard_id, e.id AS enterprise_id FROM \(PageSQL.inListOrder("hazard", "h", inOrder: inOrder))
                \(whereClause)
                ORDER BY \(PageSQL.listOrder(then: "h.id")) \(page)
                """, arguments: arguments)
        let hazards = Dictionary(
            uniqueKeysWithValues: try Hazard.fetchAll(db, keys: rows.map { $0["hazard_id"] as Int64 }).map {
                ($0.id!, $0)
            })
        let enterprises = Dictionary(
            uniqueKeysWithValues: try Enterprise.fetchAll(db, keys: Set(rows.map { $0["enterprise_id"] as Int64 }))
                .map { ($0.id!, $0) })
        let asOf = filter.overdueAsOf ?? today
        return rows.map { row in
            let hazard = hazards[row["hazard_id"]]!
            return HazardListing(
                hazard: hazard, enterprise: enterprises[row["enterprise_id"]]!, overdue: hazard.isOverdue(asOf: asOf))
        }
    }
}
