import Foundation
import GRDB
import Testing

/// `hazchem assessment respond --file` (CSV, YAML; all or nothing) and `--section`.
@Suite("hazchem assessment respond --file / --section")
struct AssessmentRespondBatchTests {
    /// The stored responses of assessment 1: item → (response, expert name).
    static func responses(_ fixture: DraftAssessmentFixture) throws -> [String: (String, String?)] {
        let queue = try DatabaseQueue(path: fixture.db)
        let rows = try queue.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT r.item_id, r.response, e.name FROM checklist_response r
                    LEFT JOIN expert e ON e.id = r.expert_id WHERE r.assessment_id = 1
                    """)
        }
        try queue.close()
        var result: [String: (String, String?)] = [:]
        for row in rows { result[row[0]] = (row[1], row[2]) }
        return result
    }

    @Test("a CSV file of many items is recorded in one go, plans included")
    func csvFile() throws {
        let fixture = try DraftAssessmentFixture()
        let file = fixture.folder.appendingPathComponent("意见.csv")
        try """
        检查项,答复,问题描述,问题部位,专家,整改措施,整改期限,整改责任人
        A01,符合,,,甲,,,
        A02,不符合,安全管理人员证书过期,办公楼,甲,重新培训考核,2019-08-01,张三
        A03,不适用,,,戊,,,
        """.write(to: file, atomically: true, encoding: .utf8)
        let result = try fixture.run(["assessment", "respond", "1", "--file", file.path])
        #expect(result.stdout.contains("录入评估 #1 的 3 个检查项"))
        let stored = try Self.responses(fixture)
        #expect(stored.count == 3)
        #expect(stored["A02"]?.0 == "nonConforming")
        #expect(stored["A03"]?.1 == "戊")
        let queue = try DatabaseQueue(path: fixture.db)
        let plan = try queue.read {
            try String.fetchOne($0, sql: "SELECT measure FROM checklist_response WHERE item_id = 'A02'")
        }
        try queue.close()
        #expect(plan == "重新培训考核")
    }

    @Test("a bad row records nothing and every error names file, row and field")
    func badRows() throws {
        let fixture = try DraftAssessmentFixture()
        let file = fixture.folder.appendingPathComponent("bad.csv")
        try """
        item,response,expert
        A01,符合,甲
        A02,大概,甲
        Z99,符合,甲
        A04,符合,路人
        A01,不适用,甲
        """.write(to: file, atomically: true, encoding: .utf8)
        let before = try fixture.fingerprint()
        let result = try CLIRunner.run(["assessment", "respond", "1", "--file", file.path, "--db", fixture.db])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.csv 第3行 列“答复”：答复“大概”无效"), "\(result.stderr)")
        #expect(result.stderr.contains("bad.csv 第4行 字段“检查项”"), "\(result.stderr)")
        #expect(result.stderr.contains("bad.csv 第5行 字段“专家”"), "\(result.stderr)")
        #expect(result.stderr.contains("bad.csv 第6行 字段“检查项”：检查项 A01 重复（第2行已填写）"), "\(result.stderr)")
        #expect(try fixture.fingerprint() == before)
    }

    @Test("a YAML file is accepted; a YAML error names its line")
    func yamlFile() throws {
        let fixture = try DraftAssessmentFixture()
        let file = fixture.folder.appendingPathComponent("意见.yaml")
        try """
        responses:
          - item: B01
            response: 符合
            expert: 乙
          - item: B02
            response: 不符合
            finding: 未设置紧急切断
            major: 是
            expert: 乙
        """.write(to: file, atomically: true, encoding: .utf8)
        try fixture.run(["assessment", "respond", "1", "--file", file.path])
        #expect(try Self.responses(fixture)["B02"]?.0 == "nonConforming")
        let bad = fixture.folder.appendingPathComponent("bad.yaml")
        try "responses:\n  - item: B03\n    response: 符合\n    colour: 红\n".write(
            to: bad, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["assessment", "respond", "1", "--file", bad.path, "--db", fixture.db])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.yaml 第4行"), "\(result.stderr)")
        #expect(result.stderr.contains("colour"))
    }

    @Test("--section answers only the unanswered items of the section")
    func section() throws {
        let fixture = try DraftAssessmentFixture()
        try fixture.run([
            "assessment", "respond", "1", "--item", "A01", "--response", "不符合", "--finding", "证书过期", "--expert", "甲",
        ])
        let result = try fixture.run([
            "assessment", "respond", "1", "--section", "A", "--response", "符合", "--expert", "戊",
        ])
        #expect(result.stdout.contains("A02"))
        let stored = try Self.responses(fixture)
        #expect(stored["A01"]?.0 == "nonConforming")
        #expect(stored["A02"]?.0 == "conforming")
        #expect(stored["A02"]?.1 == "戊")
        #expect(!stored.keys.contains("B01"))
        let again = try fixture.run([
            "assessment", "respond", "1", "--section", "A", "--response", "符合", "--expert", "戊",
        ])
        #expect(again.stdout.contains("没有未答复的检查项"))
        let unknown = try CLIRunner.run([
            "assessment", "respond", "1", "--section", "Q", "--response", "符合", "--expert", "戊", "--db", fixture.db,
        ])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("没有部分“Q”"))
    }

    @Test("mixing --item, --file and --section is a usage error")
    func usage() throws {
        let fixture = try DraftAssessmentFixture()
        let result = try CLIRunner.run([
            "assessment", "respond", "1", "--item", "A01", "--section", "A", "--response", "符合", "--expert", "甲",
            "--db", fixture.db,
        ])
        #expect(result.status == 64)
        #expect(result.stderr.contains("选且只选一个"))
    }
}
