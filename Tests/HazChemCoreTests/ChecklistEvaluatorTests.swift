import HazChemCore
import Testing

@Suite("Checklist evaluator")
struct ChecklistEvaluatorTests {
    /// A small checklist: two sections, links to fixed, per-item and direct-red rules and a 121号 criterion.
    static let checklist = Checklist(
        header: TableHeader(
            id: "demo-checklist", title: "演示检查表", version: "1", basis: "测试", status: .localDefault,
            appliesTo: [.production]),
        gradingTableId: "production-storage", criteriaId: "major-hazard-criteria-121",
        sections: [
            ChecklistSection(
                id: "A", title: "安全管理机构与人员", specialty: .safetyManagement,
                items: [
                    ChecklistItem(
                        id: "A01", requirement: "主要负责人考核合格", basis: "《安全生产法》第二十七条", majorCriterion: 1,
                        gradingRuleIds: ["6.1.1"]),
                    ChecklistItem(
                        id: "A02", requirement: "安全生产管理人员考核合格", basis: "《安全生产法》第二十七条", majorCriterion: 1,
                        gradingRuleIds: ["6.1.1"]),
                    ChecklistItem(
                        id: "A03", requirement: "特种作业人员持证上岗", basis: "《安全生产法》第三十条", majorCriterion: 2,
                        directRedId: "R3"),
                    ChecklistItem(id: "A04", requirement: "从业人员培训合格", basis: "《安全生产法》第二十八条"),
                ]),
            ChecklistSection(
                id: "K", title: "可燃有毒气体检测", specialty: .electricalInstrumentation,
                items: [
                    ChecklistItem(
                        id: "K01", requirement: "装置区设置可燃气体检测报警", basis: "GB 50493-2019", majorCriterion: 12,
                        gradingRuleIds: ["5.1.5"]),
                    ChecklistItem(
                        id: "K02", requirement: "罐区设置有毒气体检测报警", basis: "GB 50493-2019", gradingRuleIds: ["5.1.5"]),
                    ChecklistItem(
                        id: "K03", requirement: "装卸区设置检测报警", basis: "GB 50493-2019", gradingRuleIds: ["5.1.5", "7.1.2"]),
                ]),
        ])

    static let rules: [String: RuleAnswerKind] = [
        "6.1.1": .perItem(maxCount: nil), "5.1.5": .perItem(maxCount: 2), "7.1.2": .fixed,
    ]

    static func bad(_ finding: String = "未取证", major: Bool = false) -> ChecklistResponses.Entry {
        .init(.nonConforming, finding: finding, markedMajor: major)
    }

    let evaluator = ChecklistEvaluator(checklist: Self.checklist)

    @Test("fixed rule → yes; per-item counts accumulate and stop at max_count; direct red proposed")
    func proposals() throws {
        let responses = ChecklistResponses(
            checklistId: "demo-checklist",
            entries: [
                "A01": Self.bad(), "A02": Self.bad(), "A03": Self.bad(), "A04": .init(.conforming),
                "K01": Self.bad(), "K02": Self.bad(), "K03": Self.bad(),
            ])
        let proposal = try evaluator.proposals(
            from: responses, rules: Self.rules, directRedIds: ["R1", "R2", "R3", "R4"])
        #expect(proposal.answers == ["6.1.1": .count(2), "5.1.5": .count(2), "7.1.2": .yes])
        #expect(proposal.directRedIds == ["R3"])
        #expect(proposal.sources["5.1.5"] == ["K01", "K02", "K03"])
        #expect(proposal.sources["R3"] == ["A03"])
        #expect(proposal.sortedRuleIds == ["5.1.5", "6.1.1", "7.1.2"])
    }

    @Test("only non-conforming items propose anything")
    func conformingProposesNothing() throws {
        let responses = ChecklistResponses(
            checklistId: "demo-checklist",
            entries: ["A01": .init(.conforming), "A03": .init(.notApplicable), "K03": .init(.notChecked)])
        let proposal = try evaluator.proposals(from: responses, rules: Self.rules)
        #expect(proposal.isEmpty)
    }

    @Test("one non-conforming per-item rule proposes a count of 1")
    func singleCount() throws {
        let responses = ChecklistResponses(checklistId: "demo-checklist", entries: ["K02": Self.bad()])
        let proposal = try evaluator.proposals(from: responses, rules: Self.rules)
        #expect(proposal.answers == ["5.1.5": .count(1)])
    }

    @Test("rule and direct-red ids missing from the grading table are errors naming the item")
    func unknownRuleIds() {
        let responses = ChecklistResponses(
            checklistId: "demo-checklist", entries: ["A01": Self.bad(), "A03": Self.bad(), "K03": Self.bad()])
        #expect {
            try evaluator.proposals(from: responses, rules: ["5.1.5": .fixed], directRedIds: ["R1"])
        } throws: { error in
            let text = "\(error)"
            return text.contains("检查项 A01：关联的评分规则 6.1.1 不在评分表 production-storage 中")
                && text.contains("检查项 A03：关联的直接判定红色条件 R3 不在评分表 production-storage 中")
                && text.contains("检查项 K03：关联的评分规则 7.1.2 不在评分表")
        }
    }

    @Test("hazard level is major from a criterion link or a major mark, general otherwise")
    func hazardLevels() throws {
        let responses = ChecklistResponses(
            checklistId: "demo-checklist",
            entries: [
                "A01": .init(.nonConforming, finding: "  主要负责人无安全合格证  ", location: "办公楼"),
                "A04": Self.bad("2名新员工未经三级教育"),
                "K02": Self.bad("罐区未设有毒气体探测器", major: true),
                "K03": .init(.conforming),
            ])
        let drafts = try evaluator.hazardDrafts(from: responses)
        #expect(drafts.map(\.itemId) == ["A01", "A04", "K02"])
        #expect(drafts.map(\.level) == [.major, .general, .major])
        #expect(drafts[0].description == "主要负责人无安全合格证")
        #expect(drafts[0].location == "办公楼")
        #expect(drafts[0].majorCriterion == 1)
        #expect(drafts[0].basis == "《安全生产法》第二十七条")
        #expect(drafts[0].gradingRuleIds == ["6.1.1"])
        #expect(drafts[1].majorCriterion == nil)
        #expect(drafts[2].specialty == .electricalInstrumentation)
        #expect(drafts[2].sectionTitle == "可燃有毒气体检测")
    }

    @Test("progress counts per section and lists blockers in checklist order")
    func progress() {
        let responses = ChecklistResponses(
            checklistId: "demo-checklist",
            entries: [
                "A01": .init(.conforming), "A02": .init(.nonConforming, finding: " "), "A03": .init(.notApplicable),
                "K01": Self.bad(), "K02": .init(.conforming), "K03": .init(.conforming),
            ])
        let progress = evaluator.progress(of: responses)
        let a = progress.sections[0].counts
        #expect([a[.conforming], a[.nonConforming], a[.notApplicable], a[.notChecked]] == [1, 1, 1, 1])
        #expect(progress.sections[1].counts[.conforming] == 2)
        #expect(progress.sections[1].counts[.nonConforming] == 1)
        #expect(progress.totals.total == 7)
        #expect(progress.totals.answered == 6)
        #expect(progress.counts(for: .electricalInstrumentation).total == 3)
        #expect(progress.blockers.map(\.description) == ["检查项 A02：判为不符合但未填写问题描述", "检查项 A04：未查"])
        #expect(!progress.isReadyForSignOff)
    }

    @Test("all answered and described → ready for sign-off")
    func readyForSignOff() {
        var responses = ChecklistResponses(checklistId: "demo-checklist")
        for item in Self.checklist.items { responses[item.id] = .init(.conforming) }
        responses["K01"] = Self.bad()
        #expect(evaluator.progress(of: responses).isReadyForSignOff)
    }

    @Test("validation lists every problem at once with item ids")
    func validation() {
        let responses = ChecklistResponses(
            checklistId: "other",
            entries: [
                "Z99": .init(.conforming), "A01": .init(.nonConforming), "K02": .init(.conforming, markedMajor: true),
            ])
        let problems = evaluator.problems(in: responses)
        #expect(
            problems.map(\.description) == [
                "答复属于检查表 other，不是检查表 demo-checklist",
                "检查项 Z99：检查表 demo-checklist 中没有此检查项",
                "检查项 A01：判为不符合，但未填写问题描述",
                "检查项 K02：标记为重大隐患，但答复为“符合”（只有不符合项才构成隐患）",
            ])
        #expect(throws: ChecklistError(problems: problems)) { try evaluator.hazardDrafts(from: responses) }
    }

    @Test("rule ids sort by number, not text")
    func ruleIdOrder() {
        let ids = ["5.1.10", "5.1.5", "T1.1.2", "1.1.1", "T1.1.1"]
        #expect(ids.sorted(by: ChecklistProposal.ruleIdPrecedes) == ["1.1.1", "5.1.5", "5.1.10", "T1.1.1", "T1.1.2"])
    }
}
