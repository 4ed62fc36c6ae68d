import Foundation
import GRDB
import HazChemCore
import HazChemTestSupport

@testable import HazChemStore

/// Builders shared by the store tests: an in-memory database with the shipped regions, valid codes, records.
enum StoreFixtures {
    /// The pinned clock: 2019-07-01 00:00:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_561_939_200)

    /// The shipped regions file.
    static var regionsURL: URL { RepositoryPaths.root.appendingPathComponent("Config/regions.yaml") }

    /// An empty in-memory database (real migrations) holding the regions of `Config/regions.yaml`.
    static func database() throws -> AppDatabase {
        let database = AppDatabase.empty(now: { now })
        try database.syncRegions(try RegionConfig.load(contentsOf: regionsURL), actor: "测试员")
        return database
    }

    /// A valid credit code numbered `n`: `9115220` + ten digits + the GB 32100 check character.
    static func creditCode(_ n: Int) -> String {
        MonthlyCampaignBuilder.creditCode(n).value
    }

    /// An enterprise numbered `n` in 乌兰浩特市 unless told otherwise.
    static func enterprise(_ n: Int, county: String = "152201", kind: EnterpriseKind = .production) -> Enterprise {
        Enterprise(
            creditCode: CreditCode(creditCode(n))!, name: "兴安化工\(n)有限公司", countyCode: county, kind: kind)
    }

    /// The header of an import file with every column.
    static let fullHeader = EnterpriseField.allCases.map(\.header).joined(separator: ",")

    /// One complete, valid import row for enterprise `n`.
    static func csvRow(_ n: Int, county: String = "乌兰浩特市") -> String {
        "\(creditCode(n)),兴安化工\(n)有限公司,\(county),生产,\"兴安盟乌兰浩特市,工业园区\(n)号\",张\(n),0482-8000000,"
            + "(蒙)WH安许证字[2019]\(n),\"液氨、液氯\",2021-06-30,是,三级,\"氯化、硝化\",氨,二级,在产"
    }

    /// A CSV file in a new temporary folder.
    static func file(_ text: String, name: String = "enterprises.csv") throws -> URL {
        let url = try RepositoryPaths.temporaryDirectory().appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }
}

extension StoreFixtures {
    /// Stores an enterprise, two experts, two table snapshots and an assessment with one response, answer,
    /// signature and spot check, then moves it to `status`; returns the assessment id.
    static func insertAssessment(_ database: AppDatabase, status: AssessmentStatus) throws -> Int64 {
        let enterprise = try database.addEnterprise(enterprise(999), actor: "测试员")
        let leader = try database.addExpert(Expert(name: "王组长", specialty: .safetyManagement), actor: "测试员")
        try database.addExpert(Expert(name: "赵专家", specialty: .equipment), actor: "测试员")
        return try database.writer.write { db in
            let grading = String(repeating: "a", count: 64)
            let checklist = String(repeating: "b", count: 64)
            try db.execute(
                sql: """
                    INSERT INTO table_snapshot (hash, table_id, kind, version, yaml, stored_at) VALUES
                    (?, 'production-storage', 'grading', '2018', 'kind: grading', '2019-07-01'),
                    (?, 'production-storage-checklist', 'checklist', '2019', 'kind: checklist', '2019-07-01')
                    """, arguments: [grading, checklist])
            try db.execute(
                sql: """
                    INSERT INTO assessment (enterprise_id, status, on_site_start, on_site_end, due_date,
                        grading_table_id, grading_table_version, grading_table_hash,
                        checklist_table_id, checklist_table_version, checklist_table_hash,
                        score_tenths, grade, direct_red, created_at, updated_at)
                    VALUES (?, 'submitted', '2019-07-01', '2019-07-03', '2019-07-13',
                        'production-storage', '2018', ?, 'production-storage-checklist', '2019', ?,
                        855, 'yellow', '[]', '2019-07-01', '2019-07-01')
                    """, arguments: [enterprise.id, grading, checklist])
            let id = db.lastInsertedRowID
            let expert = leader.id!
            try db.execute(
                sql: """
                    INSERT INTO checklist_response (assessment_id, item_id, response, finding, expert_id, entered_at)
                    VALUES (?, 'A01', 'nonConforming', '主要负责人未取得安全合格证', ?, '2019-07-02')
                    """, arguments: [id, expert])
            try db.execute(
                sql: """
                    INSERT INTO grading_answer (assessment_id, rule_id, value, source, updated_at)
                    VALUES (?, '6.1.1', 1, 'prefilled', '2019-07-02')
                    """, arguments: [id])
            try db.execute(
                sql: "INSERT INTO signature (assessment_id, expert_id, signed_at) VALUES (?, ?, '2019-07-04')",
                arguments: [id, expert])
            try db.execute(
                sql:
                    "INSERT INTO spot_check (assessment_id, person, role, result) VALUES (?, '张三', 'principal', 'passed')",
                arguments: [id])
            try db.execute(sql: "UPDATE assessment SET status = ? WHERE id = ?", arguments: [status.rawValue, id])
            return id
        }
    }
}
