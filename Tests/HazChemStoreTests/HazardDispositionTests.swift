import Foundation
import GRDB
import HazChemCore
import HazChemTestSupport
import Testing

@testable import HazChemStore

@Suite("Hazards and dispositions")
struct HazardDispositionTests {
    @Test("hazards from findings: major from a 121号 link or the expert's mark; plans and defaults")
    func hazardsFromFindings() throws {
        var enterprise = StoreFixtures.enterprise(1)
        enterprise.principal = "张厂长"
        let fixture = try AssessmentFixture(enterprise: enterprise)
        try fixture.database.startAssessment(id: fixture.id, actor: "测试员")
        try fixture.database.apply(
            AssessmentEntry(
                responses: try fixture.responses(
                    findings: ["D04": "动火未分析", "H04": "压力表超期", "N04": "未演练"], major: ["N04"]),
                hazardDetails: [
                    "H04": HazardDetails(
                        measure: "更换压力表", deadline: AssessmentFixture.july(20), responsiblePerson: "设备部李工",
                        location: "汽化间")
                ]), toAssessment: fixture.id, actor: "测试员")
        try fixture.database.confirmAnswers(assessmentID: fixture.id, actor: "测试员")
        for role in SpotCheckRole.mandatory {
            try fixture.database.addSpotCheck(
                SpotCheck(assessmentID: fixture.id, person: "某人", role: role, result: .passed), actor: "测试员")
        }
        try fixture.database.setConclusion(assessmentID: fixture.id, text: "限期整改", actor: "测试员")
        try fixture.database.submitAssessment(id: fixture.id, date: AssessmentFixture.july(10), actor: "测试员")
        let hazards = try fixture.database.signAssessment(
            id: fixture.id, experts: ["王组长", "李化工", "张电气", "刘应急"], date: AssessmentFixture.july(11), actor: "测试员"
        ).hazards
        #expect(hazards.map(\.itemID) == ["D04", "H04", "N04"])
        #expect(hazards.map(\.level) == [.major, .general, .major])
        #expect(hazards.map(\.criterionNumber) == [18, nil, nil])
        #expect(hazards.map(\.responsiblePerson) == ["张厂长", "设备部李工", "张厂长"])
        #expect(
            hazards.map(\.deadline) == [
                LocalDate(year: 2019, month: 8, day: 10), AssessmentFixture.july(20),
                LocalDate(year: 2019, month: 8, day: 10),
            ])
        #expect(hazards.map(\.location) == ["罐区", "汽化间", "罐区"])
        #expect(hazards[1].measure == "更换压力表")
        #expect(hazards.allSatisfy { $0.status == .open && $0.enterpriseID == fixture.enterprise.id })
    }

    @Test("hazard state machine, editing while open, verification and overdue")
    func stateMachine() throws {
        let fixture = try AssessmentFixture()
        let hazard = try #require(try fixture.sign(findings: ["H04": "压力表超期"]).hazards.first)
        let id = hazard.id!
        let moved = try fixture.database.updateHazard(
            id: id, HazardUpdate(deadline: AssessmentFixture.july(15), responsiblePerson: "设备部"), actor: "测试员")
        #expect((moved.deadline, moved.responsiblePerson) == (AssessmentFixture.july(15), "设备部"))
        #expect(
            try fixture.database.hazards(HazardFilter(overdueAsOf: AssessmentFixture.july(16))).map(\.hazard.id) == [id]
        )
        #expect(try fixture.database.hazards(HazardFilter(overdueAsOf: AssessmentFixture.july(15))).isEmpty)
        let verify = #expect(throws: StoreError.self) {
            try fixture.database.verifyHazard(id: id, by: "陈监管", date: AssessmentFixture.july(20), actor: "测试员")
        }
        #expect(verify?.description == "隐患 #1：隐患状态不能从“未整改”变为“已验收”（可改为：“整改中”、“已整改”）")
        try fixture.database.updateHazard(id: id, HazardUpdate(status: .rectifying), actor: "测试员")
        let edit = #expect(throws: StoreError.self) {
            try fixture.database.updateHazard(id: id, HazardUpdate(measure: "另改"), actor: "测试员")
        }
        #expect(edit?.description == "隐患 #1：隐患为“整改中”状态，只有未整改的隐患可以修改整改措施、期限、责任人和部位")
        let rectified = try fixture.database.updateHazard(
            id: id, HazardUpdate(status: .rectified, date: AssessmentFixture.july(18)), actor: "测试员")
        #expect(rectified.rectifiedAt == AssessmentFixture.july(18))
        #expect(!rectified.isOverdue(asOf: AssessmentFixture.july(31)))
        let early = #expect(throws: StoreError.self) {
            try fixture.database.verifyHazard(id: id, by: "陈监管", date: AssessmentFixture.july(17), actor: "测试员")
        }
        #expect(early?.description == "隐患 #1：验收日期2019-07-17早于整改完成日期2019-07-18")
        let verified = try fixture.database.verifyHazard(
            id: id, by: "陈监管", date: AssessmentFixture.july(20), actor: "测试员")
        #expect(
            (verified.status, verified.verifiedBy, verified.verifiedAt) == (
                .verified, "陈监管", AssessmentFixture.july(20)
            ))
        let closed = #expect(throws: StoreError.self) {
            try fixture.database.updateHazard(id: id, HazardUpdate(status: .rectifying), actor: "测试员")
        }
        #expect(closed?.description == "隐患 #1：隐患状态不能从“已验收”变为“整改中”：隐患已验收销号")
        let listed = try fixture.database.hazards(
            HazardFilter(countyCode: "152201", status: .verified, level: .general))
        #expect(listed.map(\.enterprise.name) == ["兴安化工1有限公司"])
        #expect(try fixture.database.hazards(HazardFilter(countyCode: "152202")).isEmpty)
    }

    /// Answers giving each grade on top of enterprise 1's pre-filled 2.1.1 (−3).
    static let gradeAnswers: [Grade: [String: GradingAnswer]] = [
        .blue: [:],
        .yellow: ["1.1.1": .flag(true)],
        .orange: ["1.1.1": .flag(true), "5.1.1": .flag(true), "7.1.2": .flag(true)],
        .red: ["1.1.1": .flag(true), "5.1.1": .flag(true), "7.1.2": .flag(true), "6.1.1": .count(2)],
    ]

    static let risk = RiskDescription(
        affectedArea: "厂界外500米", riskValue: "R=45", controlAdequacy: "部分不足", reductionMeasures: "减少储量")

    func signed(_ grade: Grade, notRectifiable: String? = nil) throws -> AssessmentFixture {
        let fixture = try AssessmentFixture()
        try fixture.complete(answers: Self.gradeAnswers[grade]!, risk: Self.risk)
        if let notRectifiable {
            try fixture.database.setRisk(
                assessmentID: fixture.id, risk: nil, notRectifiable: notRectifiable, actor: "测试员")
        }
        try fixture.database.submitAssessment(id: fixture.id, date: AssessmentFixture.july(10), actor: "测试员")
        let outcome = try fixture.database.signAssessment(
            id: fixture.id, experts: ["王组长", "李化工", "张电气", "刘应急"], date: AssessmentFixture.july(11), actor: "测试员")
        #expect(outcome.assessment.grade == grade)
        return fixture
    }

    func decide(
        _ fixture: AssessmentFixture, _ chosen: DispositionClass, action: ClosureAction? = nil,
        reason: String = "依据评估结果"
    )
        throws -> Disposition
    {
        try fixture.database.decideDisposition(
            Disposition(
                assessmentID: fixture.id, dispositionClass: chosen, action: action, reason: reason,
                decisionDate: AssessmentFixture.july(20), bureau: "乌兰浩特市应急管理局"), actor: "测试员")
    }

    @Test("blue → consolidate only; yellow → rectify only")
    func blueAndYellow() throws {
        let blue = try signed(.blue)
        let refused = #expect(throws: StoreError.self) { try decide(blue, .rectify) }
        #expect(refused?.description == "评估 #1 字段“处置”：蓝色企业只能巩固强化，不能选择“整改提升”")
        #expect(try decide(blue, .consolidate).dispositionClass == .consolidate)
        #expect(try blue.detail().assessment.status == .dispositionDecided)
        let again = #expect(throws: StoreError.self) { try decide(blue, .consolidate) }
        #expect(
            again?.description
                == "评估 #1：评估已是“已处置”状态，不能再从“已处置”变为“已处置”：“已处置”的评估不能再改变状态（如需更正请创建新版本）")
        let yellow = try signed(.yellow)
        let consolidate = #expect(throws: StoreError.self) { try decide(yellow, .consolidate) }
        #expect(consolidate?.description == "评估 #1 字段“处置”：黄色企业只能整改提升，不能选择“巩固强化”")
        #expect(try decide(yellow, .rectify).label == "整改提升")
    }

    @Test("red closeOrSuspend needs the panel's not-rectifiable finding, a reason and an action")
    func redCloseOrSuspend() throws {
        let red = try signed(.red)
        let refused = #expect(throws: StoreError.self) { try decide(red, .closeOrSuspend, reason: "") }
        #expect(
            refused?.problems.map(\.message) == [
                "处置理由不能为空", "选择停产整改或关闭淘汰，须有专家组“不具备整改条件”的认定并写明理由",
                "选择停产整改或关闭淘汰，须确定处置措施：停产整改或关闭淘汰",
            ])
        let found = try signed(.red, notRectifiable: "工艺落后，技术力量薄弱，不具备整改条件")
        let rectify = #expect(throws: StoreError.self) { try decide(found, .rectify) }
        #expect(rectify?.problems.map(\.message) == ["专家组已认定不具备整改条件，应选择停产整改或关闭淘汰，而不是整改提升"])
        let decided = try decide(found, .closeOrSuspend, action: .close, reason: "专家组认定不具备整改条件，提请政府关闭")
        #expect(decided.label == "停产整改或关闭淘汰（关闭淘汰）")
        #expect(try found.detail().disposition == decided)
    }

    @Test("orange defaults to rectify; a disposition needs a signed assessment")
    func orange() throws {
        let orange = try signed(.orange)
        #expect(try orange.detail().allowedDispositions == [.rectify, .closeOrSuspend])
        let unsigned = try AssessmentFixture(enterprise: StoreFixtures.enterprise(2), database: orange.database)
        let error = #expect(throws: StoreError.self) { try decide(unsigned, .rectify) }
        #expect(error?.description == "评估 #2：评估状态不能从“计划”变为“已处置”；当前可进行：开始现场评估（→现场评估中）")
        #expect(try decide(orange, .rectify).dispositionClass == .rectify)
    }
}
