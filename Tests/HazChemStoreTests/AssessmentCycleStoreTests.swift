import Foundation
import GRDB
import HazChemCore
import HazChemTestSupport
import Testing

@testable import HazChemStore

/// The next assessment due in the store: listing, detail, CLI map, dashboard and register agree with Core.
@Suite("Assessment cycle in the store")
struct AssessmentCycleStoreTests {
    /// 2023-01-01 00:00 UTC: the fixture's signed assessment (on site to 2019-07-03) is past three years.
    static let later = Date(timeIntervalSince1970: 1_672_531_200)

    /// Enterprise 999 signed (on site to 2019-07-03), enterprise 1 never assessed, enterprise 2 closed.
    static func database(cycle: AssessmentCycle = .standard) throws -> (AppDatabase, [String: Int64]) {
        var database = AppDatabase.empty(now: { later })
        database.assessmentCycle = cycle
        try database.syncRegions(try RegionConfig.load(contentsOf: StoreFixtures.regionsURL), actor: "测试员")
        let assessment = try StoreFixtures.insertAssessment(database, status: .signed)
        let signed = try database.writer.read { db in
            try Int64.fetchOne(db, sql: "SELECT enterprise_id FROM assessment WHERE id = ?", arguments: [assessment])!
        }
        let never = try database.addEnterprise(StoreFixtures.enterprise(1), actor: "测试员").id!
        var closed = StoreFixtures.enterprise(2)
        closed.operatingStatus = .closed
        let closedID = try database.addEnterprise(closed, actor: "测试员").id!
        return (database, ["signed": signed, "never": never, "closed": closedID])
    }

    /// Day, cycle years: SQLite's `date(day, '+N years')` must equal Core's rule.
    static let sqlDays: [(String, Int)] = [
        ("2019-07-03", 3), ("2020-02-29", 3), ("2020-02-29", 4), ("2016-02-29", 1), ("2019-12-31", 10),
        ("2019-03-01", 3), ("2023-02-28", 1),
    ]

    @Test("SQLite's +N years and AssessmentCycle.nextDue agree", arguments: sqlDays)
    func sqlAgrees(day: String, years: Int) throws {
        let database = AppDatabase.empty()
        let sql = try database.reader.read { db in
            try String.fetchOne(db, sql: "SELECT date(?, '+\(years) years')", arguments: [day])!
        }
        let cycle = try #require(AssessmentCycle(years: years))
        #expect(sql == cycle.nextDue(after: LocalDate(parsing: day)!).description)
    }

    @Test("listing, detail and the CLI map show due, overdue, never and closed alike")
    func everywhere() throws {
        let (database, ids) = try Self.database()
        let overdue = AssessmentCycle.Due.overdue(LocalDate(year: 2022, month: 7, day: 3)!)
        let expected: [Int64: AssessmentCycle.Due] = [
            ids["signed"]!: overdue, ids["never"]!: .never, ids["closed"]!: .notRequired,
        ]
        #expect(try database.nextAssessments() == expected)
        let listing = try database.enterpriseListing(EnterpriseFilter(), scope: .all, page: 1)
        #expect(
            Dictionary(uniqueKeysWithValues: listing.rows.map { ($0.enterprise.id!, $0.nextAssessment) }) == expected)
        for (id, due) in expected {
            #expect(try database.enterpriseDetail(id: id, scope: .all)?.nextAssessment == due)
        }
        let register = try database.withRegisterEntries { entries in entries.map { ($0.name, $0.nextAssessment) } }
        #expect(register.first { $0.0 == "兴安化工999有限公司" }?.1 == overdue)
        #expect(register.first { $0.0 == "兴安化工1有限公司" }?.1 == .never)
        let dashboard = try database.dashboard(scope: .all)
        #expect(dashboard.totals.overdueAssessments == 1)
        #expect(dashboard.counties.first { $0.countyCode == "152201" }?.overdueAssessments == 1)
    }

    @Test("a longer cycle moves the due day and clears the overdue count")
    func configurable() throws {
        let (database, ids) = try Self.database(cycle: AssessmentCycle(years: 5)!)
        #expect(try database.nextAssessments()[ids["signed"]!] == .due(LocalDate(year: 2024, month: 7, day: 3)!))
        #expect(try database.dashboard(scope: .all).totals.overdueAssessments == 0)
    }

    @Test("an unsigned assessment does not start a cycle")
    func unsigned() throws {
        var database = AppDatabase.empty(now: { Self.later })
        try database.syncRegions(try RegionConfig.load(contentsOf: StoreFixtures.regionsURL), actor: "测试员")
        database.assessmentCycle = .standard
        _ = try StoreFixtures.insertAssessment(database, status: .submitted)
        #expect(try database.nextAssessments().values.map { $0 } == [.never])
        #expect(try database.dashboard(scope: .all).totals.overdueAssessments == 0)
    }
}
