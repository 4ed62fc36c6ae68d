import HazChemCore
import Testing

@Suite("Assessment lifecycle: transitions, sign-off requirements, deadlines")
struct AssessmentTransitionTests {
    /// Facts of a complete yellow assessment on the mini checklist below and the shipped table.
    static func facts(
        responses: [String: ChecklistResponses.Entry] = ["A01": .init(.conforming), "A02": .init(.notApplicable)],
        answers: [String: GradingAnswer] = [:], confirmed: Bool = true, unconfirmed: [String] = [],
        risk: RiskDescription = RiskDescription(), roles: Set<SpotCheckRole> = Set(SpotCheckRole.mandatory),
        signed: Set<Int64> = [1, 2], hasPanel: Bool = true, conclusion: String? = "建议限期整改"
    ) throws -> SignOffFacts {
        let table = try GradingFixtures.productionStorage()
        let checklist = Checklist(
            header: TableHeader(id: "mini-checklist", title: "检查表", version: "1", basis: "测试", status: .localDefault),
            gradingTableId: table.id, criteriaId: nil,
            sections: [
                ChecklistSection(
                    id: "A", title: "人员", specialty: .safetyManagement,
                    items: [
                        ChecklistItem(id: "A01", requirement: "主要负责人考核合格", basis: "法", gradingRuleIds: ["6.1.1"]),
                        ChecklistItem(id: "A02", requirement: "培训合格", basis: "法"),
                    ])
            ])
        return SignOffFacts(
            hasPanel: hasPanel, checklist: checklist,
            responses: ChecklistResponses(checklistId: "mini-checklist", entries: responses), gradingTable: table,
            answers: GradingAnswers(tableId: table.id, answers: answers), answersConfirmed: confirmed,
            unconfirmedIds: unconfirmed, risk: risk, conclusion: conclusion, spotCheckRoles: roles,
            signers: [.init(id: 1, name: "王组长"), .init(id: 2, name: "李专家")], signedIds: signed)
    }

    static let legal: [(AssessmentStatus, AssessmentStatus)] = [
        (.planned, .onSite), (.onSite, .submitted), (.submitted, .onSite), (.submitted, .signed),
        (.signed, .dispositionDecided),
    ]

    @Test("every illegal pair of states is refused, naming both states")
    func illegalTransitions() {
        for from in AssessmentStatus.allCases {
            for to in AssessmentStatus.allCases where !Self.legal.contains(where: { $0 == (from, to) }) {
                let error = #expect(throws: AssessmentError.self) { try AssessmentTransition.check(from: from, to: to) }
                #expect(error?.code == .illegalTransition)
                #expect(error?.description.contains("“\(from.label)”") == true)
                #expect(error?.description.contains("“\(to.label)”") == true)
            }
        }
    }

    @Test("illegal transitions: exact messages")
    func illegalMessages() {
        let cases: [(AssessmentStatus, AssessmentStatus, String)] = [
            (.planned, .signed, "评估状态不能从“计划”变为“已签署”；当前可进行：开始现场评估（→现场评估中）"),
            (.onSite, .signed, "评估状态不能从“现场评估中”变为“已签署”；当前可进行：提交评估报告（→已提交）"),
            (
                .dispositionDecided, .onSite,
                "评估状态不能从“已处置”变为“现场评估中”：“已处置”的评估不能再改变状态（如需更正请创建新版本）"
            ),
            (.signed, .signed, "评估已是“已签署”状态，不能再从“已签署”变为“已签署”；当前可进行：作出处置决定（→已处置）"),
        ]
        for (from, to, message) in cases {
            #expect(throws: AssessmentError(.illegalTransition, messages: [message])) {
                try AssessmentTransition.check(from: from, to: to)
            }
        }
    }

    @Test("the legal transitions and their labels")
    func legalTransitions() throws {
        for (from, to) in Self.legal {
            let transition = try AssessmentTransition.check(from: from, to: to)
            #expect((transition.from, transition.to) == (from, to))
        }
        #expect(AssessmentTransition.allCases.map(\.label) == ["开始现场评估", "提交评估报告", "退回修改", "签署", "作出处置决定"])
    }

    @Test("a complete assessment meets every requirement")
    func complete() throws {
        #expect(try Self.facts().unmetRequirements().isEmpty)
        #expect(try AssessmentTransition.validate(from: .submitted, to: .signed, facts: Self.facts()) == .sign)
    }

    @Test("every missing requirement is listed, in order")
    func everythingMissing() throws {
        let facts = try Self.facts(
            responses: ["A02": .init(.nonConforming)], answers: ["1.1.1": .flag(true), "6.1.5": .count(4)],
            confirmed: false, unconfirmed: ["1.1.1"], roles: [.principal, .worker], signed: [2], hasPanel: false,
            conclusion: "  ")
        #expect(
            facts.unmetRequirements().map(\.description) == [
                "评估尚未指定专家组",
                "检查项 A01 未查",
                "检查项 A02 判为不符合，但未填写问题描述",
                "评分答案尚未经专家组确认",
                "以下预填的评分答案尚未经专家组确认：1.1.1",
                "评分答案有误：规则 6.1.5 最多计3项（人），实际为 4",
                "尚未填写专家组综合意见：提交报告前须由专家组填写",
                "应知应会抽查缺少：分管安全负责人",
                "应知应会抽查缺少：分管生产负责人",
                "应知应会抽查缺少：分管技术负责人",
                "专家“王组长”尚未签名",
            ])
    }

    @Test("red and orange grades need the four risk texts; yellow does not")
    func riskTexts() throws {
        // 1.1.1 (10) + 2.1.2 (10) + 5.1.1 (10) + 7.1.2 (10) = 40 → 60 orange.
        let orange: [String: GradingAnswer] = [
            "1.1.1": .flag(true), "2.1.2": .flag(true), "5.1.1": .flag(true), "7.1.2": .flag(true),
        ]
        let facts = try Self.facts(answers: orange, risk: RiskDescription(riskValue: "R=35"))
        #expect(
            facts.unmetRequirements().map(\.description) == [
                "橙色企业须填写“失控后果影响范围”", "橙色企业须填写“现有管控措施充分性”", "橙色企业须填写“降低风险的措施”",
            ])
        let yellow = try Self.facts(answers: ["1.1.1": .flag(true)])
        #expect(yellow.unmetRequirements().isEmpty)
    }

    @Test("submit needs content but not signatures; sign needs signatures; start needs a panel")
    func requirementsPerTransition() throws {
        let unsigned = try Self.facts(signed: [])
        #expect(try AssessmentTransition.validate(from: .onSite, to: .submitted, facts: unsigned) == .submit)
        let error = #expect(throws: AssessmentError.self) {
            try AssessmentTransition.validate(from: .submitted, to: .signed, facts: unsigned)
        }
        #expect(error?.code == .requirementsUnmet)
        #expect(error?.messages == ["不能签署：专家“王组长”尚未签名", "不能签署：专家“李专家”尚未签名"])
        #expect(AssessmentTransition.start.unmetRequirements(try Self.facts(hasPanel: false)) == [.panelMissing])
        #expect(AssessmentTransition.reopen.unmetRequirements(unsigned).isEmpty)
    }

    @Test(
        "report due 10 days after the on-site end; late when submitted after it or unsubmitted past it",
        arguments: [
            (nil, 20, false), (nil, 21, true), (20, 30, false), (21, 21, true), (15, 16, false),
        ] as [(Int?, Int, Bool)])
    func lateness(submitted: Int?, asOf: Int, late: Bool) {
        #expect(ReportDeadline.days == 10)
        #expect(ReportDeadline.isLate(due: 20, submitted: submitted, asOf: asOf) == late)
    }

    @Test("hazard transitions: allowed moves, refused ones name both states, overdue")
    func hazardTransitions() throws {
        try HazardTransition.check(from: .open, to: .rectifying)
        try HazardTransition.check(from: .open, to: .rectified)
        try HazardTransition.check(from: .rectified, to: .verified)
        try HazardTransition.check(from: .rectified, to: .rectifying)
        #expect(throws: AssessmentError(.illegalTransition, messages: ["隐患状态不能从“未整改”变为“已验收”（可改为：“整改中”、“已整改”）"])) {
            try HazardTransition.check(from: .open, to: .verified)
        }
        #expect(throws: AssessmentError(.illegalTransition, messages: ["隐患状态不能从“已验收”变为“整改中”：隐患已验收销号"])) {
            try HazardTransition.check(from: .verified, to: .rectifying)
        }
        #expect(HazardTransition.isOverdue(status: .open, deadline: 10, asOf: 11))
        #expect(!HazardTransition.isOverdue(status: .rectifying, deadline: 10, asOf: 10))
        #expect(!HazardTransition.isOverdue(status: .rectified, deadline: 10, asOf: 11))
        #expect(!HazardTransition.isOverdue(status: .open, deadline: Int?.none, asOf: 11))
    }

    @Test("labels are accepted back")
    func labels() {
        #expect(AssessmentStatus(label: "已签署") == .signed)
        #expect(SpotCheckRole(label: "技术负责人") == .technologyHead)
        #expect(SpotCheckResult(label: "不合格") == .failed)
        #expect(SpotCheckRole.mandatory == [.principal, .safetyHead, .productionHead, .technologyHead])
    }
}
