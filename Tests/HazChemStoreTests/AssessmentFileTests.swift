import Foundation
import GRDB
import HazChemCore
import HazChemTables
import HazChemTestSupport
import Testing

@testable import HazChemStore

@Suite("Assessment files: read, import atomically, export and round trip")
struct AssessmentFileTests {
    static let example = RepositoryPaths.checklists.appendingPathComponent("examples/assessment/hongda-2019.yaml")

    static func importExample(into database: AppDatabase) throws -> Assessment {
        try database.importAssessment(from: example, tablesDirectory: RepositoryPaths.checklists, actor: "测试员")
    }

    @Test("the shipped example imports into an empty database: enterprise, experts, panel, decided assessment")
    func example() throws {
        let database = try AssessmentFixture.database()
        let assessment = try Self.importExample(into: database)
        #expect(assessment.status == .dispositionDecided)
        #expect((assessment.score, assessment.grade) == (Tenths(raw: 794), .yellow))
        #expect(assessment.signedDate == LocalDate(year: 2019, month: 7, day: 19))
        let detail = try #require(
            try database.assessmentDetail(id: assessment.id!, asOf: LocalDate(year: 2019, month: 8, day: 1)))
        #expect(detail.enterprise.name == "兴安盟宏达化工有限公司")
        #expect(detail.enterprise.creditCode.value == "911522017566012341")
        #expect(detail.panel?.leader?.name == "王建国")
        #expect(detail.panel?.seats.count == 6)
        #expect(detail.hazards.map(\.itemID) == ["B09", "D04", "E13", "H04", "L06", "N04"])
        #expect(detail.hazards.filter { $0.level == .major }.map(\.itemID) == ["B09", "D04"])
        #expect(detail.hazards.first { $0.itemID == "E13" }?.deadline == LocalDate(year: 2019, month: 8, day: 18))
        #expect(detail.disposition?.dispositionClass == .rectify)
        #expect(detail.spotChecks.count == 6)
        // The file's dates are stated; the report is entered now, after its due date, so it counts as late.
        #expect(detail.isLate)
        #expect(try database.experts().count == 6)
        let again = #expect(throws: StoreError.self) { try Self.importExample(into: database) }
        #expect(again?.description.contains("此评估已导入（评估 #1") == true)
    }

    @Test("export → import into an empty database round-trips to the same file and score")
    func roundTrip() throws {
        let first = try AssessmentFixture.database()
        let id = try Self.importExample(into: first).id!
        let exported = AssessmentFileWriter.text(try first.exportAssessment(id: id))
        let parsed = try AssessmentFileReader.read(file: "export.yaml", text: exported)
        #expect(parsed == (try first.exportAssessment(id: id)))
        let second = try AssessmentFixture.database()
        let copy = try second.importAssessment(
            parsed, fileName: "export.yaml", tablesDirectory: RepositoryPaths.checklists, actor: "测试员")
        #expect((copy.score, copy.grade, copy.status) == (Tenths(raw: 794), .yellow, .dispositionDecided))
        #expect(AssessmentFileWriter.text(try second.exportAssessment(id: copy.id!)) == exported)
        let original = try #require(try first.assessmentDetail(id: id))
        let imported = try #require(try second.assessmentDetail(id: copy.id!))
        #expect(imported.scoreSheet == original.scoreSheet)
        #expect(imported.hazards.map(\.measure) == original.hazards.map(\.measure))
    }

    @Test("an unfinished assessment exports its pre-filled answers and imports back unsubmitted")
    func unfinished() throws {
        let fixture = try AssessmentFixture()
        try fixture.database.startAssessment(id: fixture.id, actor: "测试员")
        try fixture.database.respond(
            assessmentID: fixture.id,
            AssessmentResponseInput(itemID: "A01", response: .nonConforming, finding: "证书过期", expert: "王组长"),
            actor: "测试员")
        let text = AssessmentFileWriter.text(try fixture.database.exportAssessment(id: fixture.id))
        #expect(text.contains("grading:\n  proposed:\n    \"2.1.1\": true\n    \"6.1.1\": 1\n"))
        let second = try AssessmentFixture.database()
        let copy = try second.importAssessment(
            try AssessmentFileReader.read(file: "a.yaml", text: text), fileName: "a.yaml",
            tablesDirectory: RepositoryPaths.checklists,
            actor: "测试员")
        #expect(copy.status == .onSite)
        let detail = try #require(try second.assessmentDetail(id: copy.id!))
        #expect(detail.answers.map(\.source) == [.prefilled, .prefilled])
        #expect(detail.assessment.answersConfirmedAt == nil)
    }

    @Test("structural problems are all listed with line and field")
    func structural() throws {
        var text = try String(contentsOf: Self.example, encoding: .utf8)
        text = text.replacingOccurrences(of: "  on_site_start: 2019-07-08", with: "  on_site_start: 2019-13-08")
        text = text.replacingOccurrences(
            of: "  A01: { response: 符合, expert: 王建国 }", with: "  A01: { response: 良好, expert: 王建国 }")
        text = text.replacingOccurrences(of: "    result: 合格\n", with: "    result: 优秀\n")
        let error = #expect(throws: TableError.self) { try AssessmentFileReader.read(file: "bad.yaml", text: text) }
        let lines = error?.description.split(separator: "\n").map(String.init) ?? []
        #expect(lines.count == 7)
        #expect(lines.first == "bad.yaml 第27行 字段 panel.on_site_start：日期“2019-13-08”无效（应为YYYY-MM-DD，如2019-07-01）")
        #expect(lines.contains("bad.yaml 第65行 字段 responses.A01.response：检查项 A01 的答复“良好”无效（应为：符合、不符合、不适用、未查）"))
        #expect(lines.last?.hasSuffix("字段 spot_checks[4].result：抽查结果应为“合格”或“不合格”，实际为“优秀”") == true)
    }

    @Test("a file with one bad field stores nothing; the problem names its line and field")
    func atomicity() throws {
        var text = try String(contentsOf: Self.example, encoding: .utf8)
        text = text.replacingOccurrences(of: "    \"1.2.3\": 1\n", with: "    \"1.2.3\": 1\n    \"1.2.9\": 1\n")
        text = text.replacingOccurrences(
            of: "  B10: { response: 符合, expert: 王建国 }", with: "  B10: { response: 符合, expert: 王五 }")
        let database = try AssessmentFixture.database()
        let audit = try database.auditLog(AuditFilter(limit: 10_000)).count
        let file = try AssessmentFileReader.read(file: "bad.yaml", text: text)
        let error = #expect(throws: StoreError.self) {
            try database.importAssessment(
                file, fileName: "bad.yaml", tablesDirectory: RepositoryPaths.checklists, actor: "测试员")
        }
        #expect(
            error?.description.split(separator: "\n").map(String.init) == [
                "bad.yaml 第93行 字段“responses.B10”：“王五”不是本评估专家组的成员（专家组成员：刘洋、张伟、李明、王建国、赵静、陈刚）",
                "bad.yaml 第\(file.lines["grading.answers.1.2.9"]!)行 字段“grading.answers.1.2.9”：未知的规则编号“1.2.9”：分级表 production-storage 中没有此规则或直接判定红色条件",
            ])
        #expect(try database.enterpriseCount() == 0)
        #expect(try database.experts().isEmpty)
        #expect(try database.auditLog(AuditFilter(limit: 10_000)).count == audit)
        #expect(try database.reader.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM table_snapshot") } == 0)
    }

    @Test("an incomplete submitted file lists each unmet requirement at its field")
    func incomplete() throws {
        var text = try String(contentsOf: Self.example, encoding: .utf8)
        text = text.replacingOccurrences(of: "  A02: { response: 符合, expert: 王建国 }\n", with: "")
        text = text.replacingOccurrences(of: "  - person: 周立新\n    role: 分管生产负责人\n    result: 合格\n", with: "")
        let database = try AssessmentFixture.database()
        let file = try AssessmentFileReader.read(file: "c.yaml", text: text)
        let error = #expect(throws: StoreError.self) {
            try database.importAssessment(
                file, fileName: "c.yaml", tablesDirectory: RepositoryPaths.checklists, actor: "测试员")
        }
        #expect(
            error?.description.split(separator: "\n").map(String.init) == [
                "c.yaml 第\(file.lines["responses"]!)行 字段“responses”：不能提交评估报告：检查项 A02 未查",
                "c.yaml 第\(file.lines["spot_checks"]!)行 字段“spot_checks”：不能提交评估报告：应知应会抽查缺少：分管生产负责人",
            ])
    }
}
