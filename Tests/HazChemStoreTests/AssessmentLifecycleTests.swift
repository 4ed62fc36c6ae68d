import Foundation
import GRDB
import HazChemCore
import HazChemTestSupport
import Testing

@testable import HazChemStore

@Suite("Assessments: creation, lifecycle, sign-off, immutability, corrections")
struct AssessmentLifecycleTests {
    @Test("creation snapshots the tables chosen by kind, dedupes snapshots and sets the due date")
    func creation() throws {
        let fixture = try AssessmentFixture()
        let a = fixture.assessment
        #expect(a.status == .planned)
        #expect((a.gradingTableID, a.gradingTableVersion) == ("production-storage", "2018"))
        #expect((a.checklistTableID, a.checklistTableVersion) == ("production-storage-checklist", "2024.1"))
        #expect(a.criteriaTableID == "major-hazard-criteria-121")
        #expect(
            (a.onSiteStart, a.onSiteEnd, a.dueDate) == (
                AssessmentFixture.july(1), AssessmentFixture.july(3), AssessmentFixture.july(13)
            ))
        let text = try String(
            contentsOf: RepositoryPaths.checklists.appendingPathComponent("production-storage.yaml"), encoding: .utf8)
        #expect(a.gradingTableHash == SHA256.hex(text))
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // A second assessment (another enterprise) shares the snapshots.
        let other = try AssessmentFixture(enterprise: StoreFixtures.enterprise(2), database: fixture.database)
        #expect(other.assessment.checklistTableHash == a.checklistTableHash)
        let count = try fixture.database.reader.read {
            try Int.fetchOne($0, sql: "SELECT count(*) FROM table_snapshot")
        }
        #expect(count == 3)
    }

    @Test("trading-without-storage enterprises get the trading tables; a panel of another enterprise is refused")
    func tradingAndWrongPanel() throws {
        let fixture = try AssessmentFixture(enterprise: StoreFixtures.enterprise(3, kind: .tradingWithoutStorage))
        #expect(fixture.assessment.gradingTableID == "trading")
        #expect(fixture.assessment.checklistTableID == "trading-checklist")
        let other = try fixture.database.addEnterprise(StoreFixtures.enterprise(4), actor: "测试员")
        let error = #expect(throws: StoreError.self) {
            try fixture.database.createAssessment(
                enterpriseID: other.id!, panelID: fixture.panel.id!, tablesDirectory: RepositoryPaths.checklists,
                actor: "测试员")
        }
        #expect(
            error?.description
                == "专家组“第一专家组” 字段“专家组”：专家组（编号1）没有安排到“兴安化工4有限公司”的现场评估，不能评估该企业；请先安排现场评估")
        let again = #expect(throws: StoreError.self) {
            try fixture.database.createAssessment(
                enterpriseID: fixture.enterprise.id!, panelID: fixture.panel.id!,
                tablesDirectory: RepositoryPaths.checklists, actor: "测试员")
        }
        #expect(
            again?.description
                == "专家组“第一专家组” 字段“专家组”：专家组（编号1）2019-07-01至2019-07-03的现场评估已用于评估 #1；更正请使用 assessment correct")
    }

    @Test("illegal transitions are refused with both states named")
    func illegal() throws {
        let fixture = try AssessmentFixture()
        let error = #expect(throws: StoreError.self) {
            try fixture.database.submitAssessment(id: fixture.id, date: AssessmentFixture.july(5), actor: "测试员")
        }
        #expect(error?.description == "评估 #1：评估状态不能从“计划”变为“已提交”；当前可进行：开始现场评估（→现场评估中）")
        let sign = #expect(throws: StoreError.self) {
            try fixture.database.signAssessment(id: fixture.id, experts: ["王组长"], actor: "测试员")
        }
        #expect(sign?.description == "评估 #1：评估状态不能从“计划”变为“已签署”；当前可进行：开始现场评估（→现场评估中）")
    }

    @Test("submission lists every unmet requirement")
    func submitRequirements() throws {
        let fixture = try AssessmentFixture()
        try fixture.database.startAssessment(id: fixture.id, actor: "测试员")
        try fixture.database.respond(
            assessmentID: fixture.id, AssessmentResponseInput(itemID: "A01", response: .nonConforming, expert: "王组长"),
            actor: "测试员")
        let error = #expect(throws: StoreError.self) {
            try fixture.database.submitAssessment(id: fixture.id, date: AssessmentFixture.july(5), actor: "测试员")
        }
        let lines = error?.description.split(separator: "\n").map(String.init) ?? []
        #expect(lines.count == 1 + 166 + 2 + 1 + 4)
        #expect(lines.first == "评估 #1：不能提交评估报告：检查项 A01 判为不符合，但未填写问题描述")
        #expect(lines.contains("评估 #1：不能提交评估报告：检查项 N15 未查"))
        #expect(lines.contains("评估 #1：不能提交评估报告：评分答案尚未经专家组确认"))
        #expect(lines.contains("评估 #1：不能提交评估报告：尚未填写专家组综合意见：提交报告前须由专家组填写"))
        // Enterprise 1 is outside a park → 2.1.1 pre-filled; A01 non-conforming → 6.1.1 pre-filled.
        #expect(lines.contains("评估 #1：不能提交评估报告：以下预填的评分答案尚未经专家组确认：2.1.1、6.1.1"))
        #expect(lines.suffix(4) == SpotCheckRole.mandatory.map { "评估 #1：不能提交评估报告：应知应会抽查缺少：\($0.label)" })
    }

    @Test("the happy path: submit stores the score, signatures sign, hazards are created")
    func happyPath() throws {
        let fixture = try AssessmentFixture()
        try fixture.complete(findings: ["A01": "主要负责人安全合格证过期", "H04": "压力表超期未检"])
        let submitted = try fixture.database.submitAssessment(
            id: fixture.id, date: AssessmentFixture.july(10), actor: "测试员")
        // 100 − 3 (2.1.1) − 5 (6.1.1) = 92 → blue.
        #expect((submitted.score, submitted.grade, submitted.status) == (Tenths(92), .blue, .submitted))
        let partial = try fixture.database.signAssessment(
            id: fixture.id, experts: ["王组长", "陈监管"], date: AssessmentFixture.july(11), actor: "测试员")
        #expect(!partial.signed)
        #expect(partial.unmet.map(\.description) == ["专家“刘应急”尚未签名", "专家“张电气”尚未签名", "专家“李化工”尚未签名"])
        let outcome = try fixture.database.signAssessment(
            id: fixture.id, experts: ["李化工", "张电气", "刘应急"], date: AssessmentFixture.july(12), actor: "测试员")
        #expect(outcome.signed)
        #expect(outcome.assessment.signedDate == AssessmentFixture.july(12))
        #expect(outcome.hazards.map(\.itemID) == ["A01", "H04"])
        #expect(outcome.hazards.map(\.level) == [.major, .general])
        #expect(outcome.hazards[0].criterionNumber == 1)
        #expect(outcome.hazards[0].deadline == LocalDate(year: 2019, month: 8, day: 11))
        #expect(outcome.hazards[0].responsiblePerson == "企业主要负责人")
        #expect(outcome.hazards[1].measure.hasPrefix("按检查项要求整改："))
        let detail = try fixture.detail()
        #expect(detail.signatures.map(\.expert.name) == ["王组长", "刘应急", "张电气", "李化工", "陈监管"])
        #expect(detail.scoreSheet?.total == Tenths(92))
        #expect(detail.unmet.isEmpty)
        // Submitted stating 07-10 but entered on 2019-09-01 (the fixture's clock), after the 07-13 due date.
        #expect(detail.isLate)
    }

    @Test("a non-member cannot sign, and signing before submission is refused")
    func signatureChecks() throws {
        let fixture = try AssessmentFixture()
        try fixture.complete()
        try fixture.database.submitAssessment(id: fixture.id, date: AssessmentFixture.july(10), actor: "测试员")
        let error = #expect(throws: StoreError.self) {
            try fixture.database.signAssessment(id: fixture.id, experts: ["路人甲"], actor: "测试员")
        }
        #expect(
            error?.description == "评估 #1 字段“签名”：“路人甲”不是本评估专家组的成员（专家组成员：刘应急、张电气、李化工、王组长、陈监管）")
        let early = #expect(throws: StoreError.self) {
            try fixture.database.signAssessment(
                id: fixture.id, experts: ["王组长"], date: AssessmentFixture.july(9), actor: "测试员")
        }
        #expect(early?.description == "评估 #1 字段“签名日期”：签名日期2019-07-09早于报告提交日期2019-07-10")
        let future = #expect(throws: StoreError.self) {
            try fixture.database.signAssessment(
                id: fixture.id, experts: ["王组长"], date: LocalDate(year: 2099, month: 12, day: 31)!, actor: "测试员")
        }
        #expect(future?.description.contains("签名日期2099-12-31晚于今天") == true, "\(future?.description ?? "")")
    }

    @Test("a report cannot be submitted on a day in the future")
    func futureSubmission() throws {
        let fixture = try AssessmentFixture()
        try fixture.complete()
        let error = #expect(throws: StoreError.self) {
            try fixture.database.submitAssessment(
                id: fixture.id, date: LocalDate(year: 2099, month: 12, day: 31)!, actor: "测试员")
        }
        #expect(error?.description.contains("报告提交日期2099-12-31晚于今天") == true, "\(error?.description ?? "")")
    }

    @Test("a submitted report is read-only until reopened; reopening drops its signatures")
    func reopen() throws {
        let fixture = try AssessmentFixture()
        try fixture.complete()
        try fixture.database.submitAssessment(id: fixture.id, date: AssessmentFixture.july(10), actor: "测试员")
        try fixture.database.signAssessment(
            id: fixture.id, experts: ["王组长"], date: AssessmentFixture.july(11), actor: "测试员")
        let error = #expect(throws: StoreError.self) {
            try fixture.database.answer(assessmentID: fixture.id, ruleID: "1.4.1", value: "2", actor: "测试员")
        }
        #expect(error?.description == "评估 #1：评估报告已提交，不能修改；如需修改请先退回修改（assessment reopen）")
        let reopened = try fixture.database.reopenAssessment(id: fixture.id, actor: "测试员")
        #expect((reopened.status, reopened.submittedDate, reopened.score) == (.onSite, nil, nil))
        #expect(try fixture.detail().signatures.isEmpty)
        #expect(try fixture.database.answer(assessmentID: fixture.id, ruleID: "1.4.1", value: "2", actor: "测试员"))
    }

    @Test("a signed assessment is immutable: store API, raw UPDATE and raw INSERT all fail")
    func immutability() throws {
        let fixture = try AssessmentFixture()
        try fixture.sign()
        let api = #expect(throws: StoreError.self) {
            try fixture.database.respond(
                assessmentID: fixture.id, AssessmentResponseInput(itemID: "A01", response: .notApplicable), actor: "测试员"
            )
        }
        #expect(api?.code == .immutable)
        #expect(api?.description == "评估 #1：已签署的评估不可修改：评估为“已签署”状态；如需更正，请创建新版本（assessment correct）")
        for sql in [
            "UPDATE assessment SET signed_date = '2019-07-20' WHERE id = ?",
            "UPDATE assessment SET answers_confirmed_at = NULL WHERE id = ?",
            "UPDATE assessment SET criteria_table_hash = NULL WHERE id = ?",
            "INSERT INTO checklist_response (assessment_id, item_id, response, entered_at) VALUES (?, 'Z99', 'conforming', 'x')",
            "UPDATE checklist_response SET measure = '改' WHERE assessment_id = ?",
        ] {
            let error = #expect(throws: StoreError.self) {
                try fixture.database.write { try $0.execute(sql: sql, arguments: [fixture.id]) }
            }
            #expect(error?.code == .immutable, "\(sql)")
            #expect(error?.description.hasPrefix("已签署的评估不可修改") == true)
        }
    }

    @Test("a correction creates version 2 with copied content and leaves version 1 untouched")
    func correction() throws {
        let fixture = try AssessmentFixture()
        try fixture.sign(findings: ["A01": "主要负责人证书过期", "H04": "压力表超期"])
        let before = try fixture.detail()
        let auditBefore = try fixture.auditCount()
        let v2 = try fixture.database.correctAssessment(id: fixture.id, actor: "测试员")
        #expect((v2.version, v2.previousVersionID, v2.status) == (2, fixture.id, .onSite))
        #expect((v2.score, v2.submittedDate, v2.signedDate) == (nil, nil, nil))
        #expect(try fixture.auditCount() == auditBefore + 1)
        let again = #expect(throws: StoreError.self) {
            try fixture.database.correctAssessment(id: fixture.id, actor: "测试员")
        }
        #expect(again?.description == "评估 #1：此评估已有更正版本评估 #2（第2版），请更正最新版本")
        // Edit v2: A01 was wrong, H04 stays; sign it.
        try fixture.database.respond(
            assessmentID: v2.id!, AssessmentResponseInput(itemID: "A01", response: .conforming), actor: "测试员")
        // A confirmed answer is the panel's: pre-filling does not undo 6.1.1, the panel does.
        try fixture.database.answer(assessmentID: v2.id!, ruleID: "6.1.1", value: "0", actor: "测试员")
        try fixture.database.submitAssessment(id: v2.id!, date: AssessmentFixture.july(20), actor: "测试员")
        let outcome = try fixture.database.signAssessment(
            id: v2.id!, experts: ["王组长", "李化工", "张电气", "刘应急"], date: AssessmentFixture.july(21), actor: "测试员")
        #expect(outcome.signed)
        #expect(outcome.assessment.score == Tenths(97))
        // H04's hazard is carried over (same id), A01's withdrawn.
        #expect(outcome.hazards.map(\.itemID) == ["H04"])
        #expect(outcome.hazards[0].id == before.hazards[1].id)
        let v1 = try #require(try fixture.database.assessmentDetail(id: fixture.id, asOf: AssessmentFixture.july(31)))
        #expect(v1.assessment == before.assessment)
        #expect(v1.responses == before.responses)
        #expect(v1.answers == before.answers)
        #expect(v1.isSuperseded)
        #expect(v1.versions.map(\.version) == [1, 2])
        #expect(try fixture.database.assessments().map(\.assessment.id) == [v2.id])
        #expect(try fixture.database.assessments(AssessmentFilter(latestVersionOnly: false)).count == 2)
    }

    @Test("versioned recomputation: an old assessment keeps its table after the file changes")
    func versionedTables() throws {
        let tables = try AssessmentFixture.copyOfTables()
        let fixture = try AssessmentFixture(tables: tables)
        try fixture.complete(findings: ["A01": "主要负责人证书过期"])
        // 6.1.1 is −5 per person; change it to −7 in the tables folder.
        let url = tables.appendingPathComponent("production-storage.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let rule = try #require(text.range(of: "id: \"6.1.1\""))
        let value = try #require(text.range(of: "value: 5", range: rule.upperBound..<text.endIndex))
        try text.replacingCharacters(in: value, with: "value: 7").write(to: url, atomically: true, encoding: .utf8)
        #expect(try fixture.detail().scoreSheet?.total == Tenths(92))
        let newer = try AssessmentFixture(
            enterprise: StoreFixtures.enterprise(2), tables: tables, database: fixture.database)
        #expect(newer.assessment.gradingTableHash != fixture.assessment.gradingTableHash)
        try newer.complete(findings: ["A01": "主要负责人证书过期"])
        #expect(try newer.detail().scoreSheet?.total == Tenths(90))
        #expect(try fixture.detail().scoreSheet?.total == Tenths(92))
    }

    @Test("every mutation writes audit rows in its transaction")
    func audit() throws {
        let fixture = try AssessmentFixture()
        let before = try fixture.auditCount()
        try fixture.database.startAssessment(id: fixture.id, actor: "张三")
        try fixture.database.respond(
            assessmentID: fixture.id,
            AssessmentResponseInput(itemID: "A01", response: .nonConforming, finding: "证书过期", expert: "王组长"),
            actor: "张三")
        let entries = try fixture.database.auditLog(AuditFilter(user: "张三"))
        #expect(entries.map(\.action) == ["prefill", "respond", "start"])
        #expect(entries.map(\.entity) == ["grading_answer", "checklist_response", "assessment"])
        #expect(entries[0].entityID == "1/6.1.1")
        #expect(try fixture.auditCount() == before + 3)
    }
}
