import Foundation
import GRDB
import HazChemCore
import HazChemTestSupport
import Testing

@testable import HazChemStore

@Suite("Assessments: responses, pre-filled answers, offline-form entries")
struct AssessmentEntryTests {
    @Test("pre-fill from the profile: MHI level, park, processes, key chemicals, standardisation")
    func profilePrefill() throws {
        var enterprise = StoreFixtures.enterprise(1)
        enterprise.majorHazardLevels = [2, 3]
        enterprise.inChemicalPark = false
        enterprise.hazardousProcesses = ["氯化", "硝化"]
        enterprise.keyChemicals = ["氨", "苯", "甲醇"]
        enterprise.standardisationLevel = 2
        let fixture = try AssessmentFixture(enterprise: enterprise)
        let answers = try fixture.detail().answers
        #expect(answers.map(\.ruleID) == ["1.1.2", "1.2.3", "1.3.1", "2.1.1", "9.1.2"])
        #expect(answers.map(\.value) == [1, 3, 2, 1, 1])
        #expect(answers.allSatisfy { $0.source == .prefilled })
        // 100 − 8 − 0.3 − 4 − 3 + 5 = 89.7 → yellow.
        #expect(try fixture.detail().scoreSheet?.total == Tenths(raw: 897))
    }

    @Test("an enterprise in a park without any profile risk gets nothing pre-filled; trading tables never")
    func noPrefill() throws {
        var enterprise = StoreFixtures.enterprise(1)
        enterprise.inChemicalPark = true
        #expect(try AssessmentFixture(enterprise: enterprise).detail().answers.isEmpty)
        var trader = StoreFixtures.enterprise(2, kind: .tradingWithoutStorage)
        trader.majorHazardLevels = [1]
        trader.keyChemicals = ["氨"]
        #expect(try AssessmentFixture(enterprise: trader).detail().answers.isEmpty)
    }

    @Test("proposals from non-conforming items follow the responses; confirmed answers stay")
    func proposals() throws {
        var enterprise = StoreFixtures.enterprise(1)
        enterprise.inChemicalPark = true
        let fixture = try AssessmentFixture(enterprise: enterprise)
        try fixture.database.startAssessment(id: fixture.id, actor: "测试员")
        let findings: [(String, String)] = [("A01", "主要负责人无证"), ("A02", "安全管理人员无证"), ("A07", "电工无证"), ("J04", "非防爆灯具")]
        for (item, finding) in findings {
            try fixture.database.respond(
                assessmentID: fixture.id,
                AssessmentResponseInput(itemID: item, response: .nonConforming, finding: finding, expert: "王组长"),
                actor: "测试员")
        }
        var answers = try fixture.detail().answers
        #expect(answers.map(\.ruleID) == ["5.1.6", "6.1.1", "R3"])
        #expect(answers.map(\.value) == [1, 2, 1])
        #expect(try fixture.detail().scoreSheet?.grade == .red)
        try fixture.database.answer(assessmentID: fixture.id, ruleID: "R3", value: "否", actor: "测试员")
        try fixture.database.respond(
            assessmentID: fixture.id, AssessmentResponseInput(itemID: "A02", response: .conforming), actor: "测试员")
        answers = try fixture.detail().answers
        #expect(answers.map(\.ruleID) == ["5.1.6", "6.1.1", "R3"])
        #expect(answers.map(\.value) == [1, 1, 0])
        #expect(answers.map(\.source) == [.prefilled, .prefilled, .confirmed])
        #expect(try fixture.detail().scoreSheet?.total == Tenths(94))
    }

    @Test("an unknown item id is an error naming it; bad answers name the rule")
    func unknownItem() throws {
        let fixture = try AssessmentFixture()
        let error = #expect(throws: StoreError.self) {
            try fixture.database.respond(
                assessmentID: fixture.id, AssessmentResponseInput(itemID: "Z99", response: .conforming), actor: "测试员")
        }
        #expect(
            error?.description == "评估 #1 字段“检查项”：检查项“Z99”不在检查表 production-storage-checklist（版本2024.1）中")
        for (rule, value, message) in [
            ("9.9.9", "1", "字段“9.9.9”：未知的规则编号“9.9.9”：分级表 production-storage 中没有此规则或直接判定红色条件"),
            ("1.2.3", "是", "字段“1.2.3”：规则 1.2.3 按项计（每项扣0.1分），答案应为非负整数，实际为“是”"),
            ("6.1.5", "4", "字段“6.1.5”：规则 6.1.5 最多计3项（人），实际为 4"),
            ("1.1.1", "3", "字段“1.1.1”：规则 1.1.1 为是/否项，答案应为“是”或“否”，实际为“3”"),
        ] {
            let error = #expect(throws: StoreError.self) {
                try fixture.database.answer(assessmentID: fixture.id, ruleID: rule, value: value, actor: "测试员")
            }
            #expect(error?.description == message)
        }
        let mark = #expect(throws: StoreError.self) {
            try fixture.database.respond(
                assessmentID: fixture.id,
                AssessmentResponseInput(itemID: "A03", response: .conforming, markedMajor: true),
                actor: "测试员")
        }
        #expect(mark?.description == "评估 #1 字段“重大隐患”：检查项 A03 标记为重大隐患，但答复为“符合”（只有不符合项才构成隐患）")
    }

    @Test("apply(entry) stores everything in one go and is idempotent")
    func applyIdempotent() throws {
        let fixture = try AssessmentFixture()
        try fixture.database.startAssessment(id: fixture.id, actor: "测试员")
        let entry = AssessmentEntry(
            responses: try fixture.responses(findings: ["B08": "无开停车规程", "H04": "压力表超期"]),
            hazardDetails: [
                "H04": HazardDetails(measure: "更换压力表", deadline: AssessmentFixture.july(20), responsiblePerson: "设备部")
            ],
            answers: ["1.4.1": .count(2), "2.1.1": .flag(true)], directRed: [],
            risk: RiskDescription(riskValue: "R=12"))
        #expect(try fixture.database.apply(entry, toAssessment: fixture.id, actor: "测试员"))
        let audit = try fixture.auditCount()
        let detail = try fixture.detail()
        #expect(!(try fixture.database.apply(entry, toAssessment: fixture.id, actor: "测试员")))
        #expect(try fixture.auditCount() == audit)
        #expect(try fixture.detail().answers == detail.answers)
        #expect(detail.progress.totals[.nonConforming] == 2)
        #expect(detail.responses.first { $0.response.itemID == "H04" }?.response.measure == "更换压力表")
        #expect(detail.assessment.risk.riskValue == "R=12")
        #expect(detail.answers.map(\.ruleID) == ["1.4.1", "2.1.1", "7.1.1"])
        #expect(detail.answers.map(\.source) == [.confirmed, .confirmed, .prefilled])
    }

    @Test("apply(entry) refuses a signed assessment and stores nothing when one part is wrong")
    func applyRefusals() throws {
        let fixture = try AssessmentFixture()
        try fixture.database.startAssessment(id: fixture.id, actor: "测试员")
        let audit = try fixture.auditCount()
        let bad = AssessmentEntry(
            responses: [
                AssessmentResponseInput(itemID: "A01", response: .conforming),
                AssessmentResponseInput(itemID: "Q1", response: .conforming),
            ], hazardDetails: ["A01": HazardDetails(measure: "x")])
        let error = #expect(throws: StoreError.self) {
            try fixture.database.apply(bad, toAssessment: fixture.id, actor: "测试员")
        }
        #expect(
            error?.description == "评估 #1 字段“检查项”：检查项“Q1”不在检查表 production-storage-checklist（版本2024.1）中\n"
                + "评估 #1 字段“隐患”：检查项 A01 不是不符合项，不能填写隐患整改信息")
        #expect(try fixture.auditCount() == audit)
        #expect(try fixture.detail().responses.isEmpty)
        let signed = try AssessmentFixture(enterprise: StoreFixtures.enterprise(2), database: fixture.database)
        try signed.sign()
        let refused = #expect(throws: StoreError.self) {
            try fixture.database.apply(AssessmentEntry(), toAssessment: signed.id, actor: "测试员")
        }
        #expect(refused?.code == .immutable)
    }
}
