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
        try read { db in
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
            let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT h.id AS hazard_id, e.id AS enterprise_id FROM hazard h JOIN enterprise e ON e.id = h.enterprise_id
                    \(whereClause)
                    ORDER BY (SELECT position FROM region WHERE code = e.county_code), e.name, h.id
                    """, arguments: StatementArguments(arguments))
            let hazards = Dictionary(
                uniqueKeysWithValues: try Hazard.fetchAll(db, keys: rows.map { $0["hazard_id"] as Int64 }).map {
                    ($0.id!, $0)
                })
            let enterprises = Dictionary(
                uniqueKeysWithValues: try Enterprise.fetchAll(db, keys: Set(rows.map { $0["enterprise_id"] as Int64 }))
                    .map { ($0.id!, $0) })
            let asOf = filter.overdueAsOf ?? LocalDate.today(now())
            return rows.map { row in
                let hazard = hazards[row["hazard_id"]]!
                return HazardListing(
                    hazard: hazard, enterprise: enterprises[row["enterprise_id"]]!,
                    overdue: hazard.isOverdue(asOf: asOf))
            }
        }
    }
}
