import Foundation
import GRDB
import HazChemCore
import HazChemTables
import HazChemTestSupport
import HazChemWeb
import Hummingbird

@testable import HazChemStore

/// A clock the tests move forward (session expiry, sign-in locks).
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date(timeIntervalSince1970: 1_561_939_200)  // 2019-07-01 00:00 UTC

    /// The current moment.
    var now: Date { lock.withLock { current } }

    /// Moves the clock forward.
    func advance(_ seconds: TimeInterval) { lock.withLock { current += seconds } }
}

/// A small campaign: two counties with two enterprises each, assessments, hazards, one panel and a user
/// of every role. Every user's password is ``password``.
struct WebFixtures {
    static let password = "Hz-Fixture-2019"
    static let countyA = "152201"  // 乌兰浩特市
    static let countyB = "152202"  // 阿尔山市

    let clock = TestClock()
    let database: AppDatabase
    /// Enterprise ids: a1, a2 in county A; b1, b2 in county B.
    var a1: Int64 = 0
    var a2: Int64 = 0
    var b1: Int64 = 0
    var b2: Int64 = 0
    /// The expert sitting on the panel assessing a1.
    var expertID: Int64 = 0

    init() throws {
        let clock = clock
        database = AppDatabase.empty(now: { clock.now })
        try database.syncRegions(
            try RegionConfig.load(contentsOf: RepositoryPaths.root.appendingPathComponent("Config/regions.yaml")),
            actor: "测试员")
        a1 = try add(1, "乌兰浩特化工甲有限公司", Self.countyA, .production, .operating)
        a2 = try add(2, "乌兰浩特储运乙有限公司", Self.countyA, .storage, .suspended)
        b1 = try add(3, "阿尔山商贸丙有限公司", Self.countyB, .tradingWithoutStorage, .operating)
        b2 = try add(4, "阿尔山化工丁有限公司", Self.countyB, .production, .closed)
        expertID = try database.addExpert(Expert(name: "王专家", specialty: .safetyManagement), actor: "测试员").id!
        try seedAssessments()
        let hasher = BcryptHasher(cost: 4)
        for user in [
            AppUser(username: "admin", displayName: "管理员", role: .administrator),
            AppUser(username: "meng", displayName: "盟局用户", role: .prefecture),
            AppUser(username: "wlht", displayName: "乌市用户", role: .county, countyCode: Self.countyA),
            AppUser(username: "aes", displayName: "阿市用户", role: .county, countyCode: Self.countyB),
            AppUser(username: "wang", displayName: "王专家", role: .expert, expertID: expertID),
        ] {
            try database.addUser(user, password: Self.password, hasher: hasher, actor: "测试员")
        }
    }

    /// The configuration used by the tests: shipped templates, cheap bcrypt, loopback.
    static func configuration() -> WebConfiguration {
        var configuration = WebConfiguration(
            templatesDirectory: RepositoryPaths.root.appendingPathComponent("Templates"))
        configuration.bcryptCost = 4
        configuration.tablesDirectory = RepositoryPaths.checklists
        return configuration
    }

    /// The application over this database.
    func application(_ configuration: WebConfiguration = configuration()) async throws -> some ApplicationProtocol {
        try await buildApplication(database: database, tables: TableCatalog(), configuration: configuration)
    }

    private func add(_ n: Int, _ name: String, _ county: String, _ kind: EnterpriseKind, _ status: OperatingStatus)
        throws -> Int64
    {
        let enterprise = Enterprise(
            creditCode: CreditCode(Self.creditCode(n))!, name: name, countyCode: county, kind: kind,
            operatingStatus: status)
        return try database.addEnterprise(enterprise, actor: "测试员").id!
    }

    /// A valid credit code numbered `n`.
    static func creditCode(_ n: Int) -> String {
        MonthlyCampaignBuilder.creditCode(n).value
    }

    /// a1: signed red, then a panel with the expert, an open major hazard (deadline passed);
    /// a2: planned, report overdue; b1: signed blue with a general hazard past its deadline and one rectified;
    /// b2 (closed): signed yellow.
    private func seedAssessments() throws {
        let (a1, a2, b1, b2, expertID) = (a1, a2, b1, b2, expertID)
        try database.writer.write { db in
            let (g, c) = (String(repeating: "a", count: 64), String(repeating: "b", count: 64))
            try db.execute(
                sql: """
                    INSERT INTO table_snapshot (hash, table_id, kind, version, yaml, stored_at) VALUES
                    (?, 'production-storage', 'grading', 'fixture', 'kind: grading', '2019-07-01'),
                    (?, 'production-storage-checklist', 'checklist', 'fixture', 'kind: checklist', '2019-07-01')
                    """, arguments: [g, c])
            try db.execute(
                sql: """
                    INSERT INTO panel (id, name, region_code, created_at)
                    SELECT 1, '第一专家组', county_code, '2019-06-01' FROM enterprise WHERE id = ?
                    """, arguments: [a1])
            try db.execute(
                sql: """
                    INSERT INTO panel_visit (id, panel_id, enterprise_id, on_site_start, on_site_end, created_at)
                    VALUES (1, 1, ?, '2019-06-10', '2019-06-12', '2019-06-01')
                    """, arguments: [a1])
            try db.execute(
                sql: """
                    INSERT INTO panel_member (panel_id, expert_id, role, specialty) VALUES (1, ?, 'leader', 'safetyManagement')
                    """, arguments: [expertID])
            func assessment(
                _ enterprise: Int64, _ status: String, grade: String?, score: Int?, due: String, panel: Int64? = nil
            )
                throws -> Int64
            {
                let signed = grade != nil
                try db.execute(
                    sql: """
                        INSERT INTO assessment (enterprise_id, panel_id, status, on_site_start, on_site_end, due_date,
                            submitted_date, grading_table_hash, checklist_table_hash, score_tenths, grade,
                            created_at, updated_at)
                        VALUES (?, ?, ?, '2019-06-10', '2019-06-12', ?, ?, ?, ?, ?, ?, '2019-06-01', '2019-06-01')
                        """,
                    arguments: [
                        enterprise, panel, status, due, signed ? "2019-06-20" : nil, signed ? g : nil, signed ? c : nil,
                        score, grade,
                    ])
                return db.lastInsertedRowID
            }
            let redA1 = try assessment(a1, "signed", grade: "red", score: 550, due: "2019-06-22", panel: 1)
            try db.execute(sql: "UPDATE panel_visit SET assessment_id = ? WHERE id = 1", arguments: [redA1])
            _ = try assessment(a2, "planned", grade: nil, score: nil, due: "2019-06-22")
            let blueB1 = try assessment(b1, "signed", grade: "blue", score: 925, due: "2019-06-18")
            _ = try assessment(b2, "signed", grade: "yellow", score: 800, due: "2019-06-30")
            try db.execute(
                sql: """
                    INSERT INTO hazard (assessment_id, enterprise_id, description, level, criterion_number, deadline,
                        status, created_at, updated_at) VALUES
                    (?, ?, '液氯储罐区未设置紧急切断装置', 'major', 7, '2019-06-30', 'open', '2019-06-12', '2019-06-12'),
                    (?, ?, '消防通道堆放杂物', 'general', NULL, '2019-06-25', 'rectifying', '2019-06-12', '2019-06-12'),
                    (?, ?, '安全警示标志缺失', 'general', NULL, '2019-06-25', 'verified', '2019-06-12', '2019-06-12')
                    """, arguments: [redA1, a1, blueB1, b1, blueB1, b1])
        }
    }
}
