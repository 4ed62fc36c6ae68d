import Foundation
import GRDB
import Testing

@testable import HazChemStore

/// The list pages walk counties and enterprise names on indexes (``PageSQL/inListOrder(_:_:inOrder:)`` with
/// ``PageSQL/listOrder(then:)``): SQLite must read the rows in list order, not sort them (at 190,000 assessments a
/// sort per county made the prefecture's first page take 0.2 s).
@Suite("List order read from the indexes")
struct PageSQLTests {
    @Test(
        "the list order needs no sort for enterprises and their assessments; hazards sort only within an enterprise",
        arguments: [
            ("enterprise", nil, nil), ("assessment", "a", "a.id"), ("hazard", "h", "h.id"),
        ] as [(String, String?, String?)])
    func listOrderIsIndexOrder(table: String, alias: String?, row: String?) throws {
        let database = AppDatabase.empty()
        let from = alias.map { PageSQL.inListOrder(table, $0, inOrder: true) } ?? PageSQL.inListOrder(inOrder: true)
        let sql = "SELECT e.id FROM \(from) ORDER BY \(PageSQL.listOrder(then: row)) LIMIT 50"
        let plan = try database.reader.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }
        }
        let sorts = plan.filter { $0.contains("TEMP B-TREE") }
        if table == "hazard" {
            // hazard_enterprise is (enterprise_id, status): one enterprise's hazards are sorted by id, no more.
            #expect(sorts.allSatisfy { $0.contains("RIGHT PART") }, "\(plan)")
        } else {
            #expect(sorts.isEmpty, "\(plan)")
        }
        #expect(plan.contains { $0.contains("region_position") }, "\(plan)")
    }
}
