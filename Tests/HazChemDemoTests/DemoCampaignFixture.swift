import Foundation
import GRDB
import HazChemCore
import HazChemDemo
import HazChemTestSupport

@testable import HazChemStore

/// Demo campaigns generated into in-memory databases with the shipped regions and tables.
struct DemoCampaignFixture {
    let database: AppDatabase
    let summary: DemoCampaignSummary

    /// A stand-in for bcrypt (the web module's hasher is not a store dependency).
    struct Hasher: PasswordHasher {
        func hash(_ password: String) -> String { "demo-sha256$" + SHA256.hex(password) }
        func verify(_ password: String, hash: String) -> Bool { hash == self.hash(password) }
    }

    /// Generates `enterprises` enterprises from `seed`.
    init(enterprises: Int, seed: UInt64) throws {
        database = AppDatabase.empty(now: { Date(timeIntervalSince1970: 1_561_939_200) })
        try database.syncRegions(
            try RegionConfig.load(contentsOf: RepositoryPaths.root.appendingPathComponent("Config/regions.yaml")),
            actor: "测试员")
        summary = try database.generateDemoCampaign(
            DemoCampaignOptions(
                enterprises: enterprises, seed: seed, tablesDirectory: RepositoryPaths.checklists, hasher: Hasher()),
            actor: "测试员")
    }

    /// The N = 300 campaign of seed 2019, generated once per test run.
    static let standard = Result { try DemoCampaignFixture(enterprises: 300, seed: 2019) }

    /// One integer from SQL.
    func count(_ sql: String, _ arguments: StatementArguments = []) throws -> Int {
        try database.reader.read { try Int.fetchOne($0, sql: sql, arguments: arguments) ?? 0 }
    }

    /// Value → count from a `SELECT key, count(*) … GROUP BY key` query.
    func counts(_ sql: String) throws -> [String: Int] {
        try database.reader.read { db in
            var result: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: sql) { result[row[0]] = row[1] }
            return result
        }
    }

    /// A digest of the generated rows: enterprises, assessments with their scores, and hazards.
    func digest() throws -> String {
        try database.reader.read { db in
            let parts = try [
                "SELECT group_concat(credit_code || name || address || kind || operating_status, '|') FROM (SELECT * FROM enterprise ORDER BY id)",
                "SELECT group_concat(status || coalesce(score_tenths, '') || coalesce(grade, '') || coalesce(submitted_date, ''), '|') FROM (SELECT * FROM assessment ORDER BY id)",
                "SELECT group_concat(item_id || status || coalesce(deadline, ''), '|') FROM (SELECT * FROM hazard ORDER BY id)",
                "SELECT group_concat(item_id || response || finding, '|') FROM (SELECT * FROM checklist_response WHERE response <> 'conforming' ORDER BY assessment_id, item_id)",
            ].map { try String.fetchOne(db, sql: $0) ?? "" }
            return SHA256.hex(parts.joined(separator: "#"))
        }
    }
}
