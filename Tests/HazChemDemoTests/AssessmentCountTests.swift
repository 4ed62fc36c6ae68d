import Foundation
import GRDB
import HazChemCore
import Testing

@testable import HazChemStore

/// The assessment list counts the latest versions as all minus the superseded ones when no condition is on the
/// enterprise; these tests compare it with the per-row `NOT EXISTS` count on the demo campaign (with corrections).
@Suite("Assessment list count: the subtraction agrees with the per-row count")
struct AssessmentCountTests {
    static let filters: [AssessmentFilter] = [
        AssessmentFilter(), AssessmentFilter(status: .signed), AssessmentFilter(status: .dispositionDecided),
        AssessmentFilter(from: LocalDate(year: 2019, month: 7, day: 1), to: LocalDate(year: 2019, month: 9, day: 30)),
        AssessmentFilter(latestVersionOnly: false),
    ]

    @Test("every filter counts as the per-row query does", arguments: filters.indices)
    func countsAgree(_ index: Int) throws {
        let fixture = try DemoCampaignFixture.standard.get()
        let filter = Self.filters[index]
        try fixture.database.reader.read { db in
            let superseded = try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM assessment WHERE id IN (SELECT previous_version_id FROM assessment)")!
            #expect(superseded > 0, "演示数据应含更正版本")
            var conditions: [String] = []
            var arguments: [any DatabaseValueConvertible] = []
            if let status = filter.status { conditions.append("a.status = ?"); arguments.append(status.rawValue) }
            if let from = filter.from { conditions.append("a.on_site_end >= ?"); arguments.append(from) }
            if let to = filter.to { conditions.append("a.on_site_end <= ?"); arguments.append(to) }
            if filter.latestVersionOnly {
                conditions.append("NOT EXISTS (SELECT 1 FROM assessment n WHERE n.previous_version_id = a.id)")
            }
            let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let expected = try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM assessment a JOIN enterprise e ON e.id = a.enterprise_id \(whereClause)",
                arguments: StatementArguments(arguments))!
            #expect(try AppDatabase.count(db, filter) == expected)
        }
    }
}
