import Foundation
import HazChemCore
import HazChemStore

extension DemoAssessmentBuilder {
    /// The four mandatory posts and a sample of others, each passed or (more often for poor grades) failed.
    mutating func spotChecks(_ target: DemoGradeTarget) -> [SpotCheck] {
        let failRate: Double =
            switch target {
            case .blue: 3
            case .yellow: 8
            case .orange: 15
            case .red, .directRed: 25
            }
        let small = enterprise.kind == .tradingWithoutStorage
        let optional: [SpotCheckRole] =
            small
            ? [.safetyManager, .worker]
            : [.safetyManager, .equipmentManager, .instrumentManager, .worker, .worker, .worker]
        let roles = SpotCheckRole.mandatory + random.sample(optional, count: small ? 1 : random.int(in: 2...4))
        return roles.map { role in
            let failed = random.chance(failRate)
            let person =
                role == .principal && !enterprise.principal.isEmpty
                ? enterprise.principal : DemoCampaignNames.person(&random)
            return SpotCheck(
                assessmentID: 0, person: person, role: role, result: failed ? .failed : .passed,
                note: failed ? "对本岗位主要安全风险和应急处置措施掌握不够" : "")
        }
    }

    /// The four risk texts of a red or orange grade, and the panel's not-rectifiable finding when the
    /// scenario has one.
    mutating func describeRisk(_ v: inout DemoAssessmentVersion, _ scenario: DemoScenario) {
        guard let sheet = v.sheet, RiskDescription.isRequired(for: sheet.grade) else {
            v.notRectifiable = nil
            return
        }
        let area =
            switch enterprise.kind {
            case .production: "生产装置和罐区"
            case .tradingWithoutStorage: "经营场所"
            default: "储罐区"
            }
        var value = "\(sheet.grade == .red ? "重大风险" : "较大风险")，诊断得分\(sheet.total)分"
        if let level = enterprise.highestMajorHazardLevel { value += "，涉及\(DemoCampaignNames.numeral(level))级重大危险源" }
        v.risk = RiskDescription(
            affectedArea:
                "\(area)发生泄漏、火灾或爆炸时，影响范围约\(random.pick([200, 300, 500, 800, 1000]))米，涉及周边\(random.int(in: 1...6))家单位和居民点",
            riskValue: value,
            controlAdequacy: random.pick([
                "现有自动化控制、安全仪表系统不完善，管控措施不充分", "安全管理制度执行不到位，隐患排查治理未闭环，管控措施不充分",
                "应急处置能力不足，现有措施不能有效控制事故后果",
            ]),
            reductionMeasures: random.pick([
                "完善自动化控制和紧急切断系统，限期整改重大隐患", "健全全员安全生产责任制，加强特殊作业管理和人员培训",
                "减少危险化学品储存量，完善应急预案并定期演练",
            ]))
        if scenario.notRectifiable {
            v.notRectifiable = random.pick([
                "装置工艺落后、设备老化严重，已不具备整改条件", "周边安全防护距离不足且无法通过整改解决",
                "技术管理人员严重缺乏，安全基础条件差，不具备整改条件",
            ])
        }
    }

    /// The hazards of a signed version, one per non-conforming item (``ChecklistEvaluator/hazardDrafts``),
    /// with the panel's plan or ``HazardDefaults``, and their rectification as of the as-of day. `base` gives
    /// the sign-off day of hazards carried over from an earlier version.
    mutating func hazards(_ v: DemoAssessmentVersion, base: [String: Int]) throws -> [DemoHazard] {
        guard let signed = v.signed else { return [] }
        let drafts: [HazardDraft]
        do {
            drafts = try ChecklistEvaluator(checklist: index.tables.checklist).hazardDrafts(from: v.responses)
        } catch {
            throw StoreError(.database, message: "演示数据生成错误（隐患）：\(error)")
        }
        let regulator = team.seats.first { $0.role == .regulator }.map { experts[$0.expert].name }
        return drafts.map { draft in
            let start = base[draft.itemId] ?? signed
            let plan = v.exceptions[draft.itemId]
            let deadline = plan?.deadline ?? start + HazardDefaults.deadlineDays
            var hazard = DemoHazard(
                draft: draft,
                measure: plan.map(\.measure).flatMap { $0.isEmpty ? nil : $0 }
                    ?? HazardDefaults.measure(requirement: draft.requirement),
                deadline: deadline,
                responsible: plan.map(\.responsible).flatMap { $0.isEmpty ? nil : $0 }
                    ?? HazardDefaults.responsiblePerson(principal: enterprise.principal),
                status: .open, created: start, updated: start)
            let allowed = max(deadline - start, 5)
            let roll = random.int(below: 100)
            let days =
                roll < 10
                ? random.int(in: 0...2) : roll < 24 ? allowed + random.int(in: 5...60) : random.int(in: 3...allowed)
            if start + days <= asOf {
                (hazard.status, hazard.rectified, hazard.updated) = (.rectified, start + days, start + days)
                let check = start + days + random.int(in: 2...20)
                if check <= asOf, random.chance(75) {
                    (hazard.status, hazard.verified, hazard.updated) = (.verified, check, check)
                    hazard.verifiedBy = regulator ?? "\(team.county.name)应急管理局"
                }
            } else if asOf - start >= 5, random.chance(60) {
                hazard.status = .rectifying
                hazard.updated = start + random.int(in: 1...min(asOf - start, 20))
            }
            return hazard
        }
    }

    /// The second version of a signed assessment (nil when there is no time for it before the as-of day):
    /// a draft copy, or a copy with one finding corrected, submitted and signed again.
    mutating func correct(
        _ v: DemoAssessmentVersion, plan: DemoChecklistPlan, _ scenario: DemoScenario,
        _ correction: DemoScenario.Correction
    ) throws -> DemoAssessmentVersion? {
        guard let signed = v.signed else { return nil }
        let created = signed + random.int(in: 2...5)
        guard created <= asOf else { return nil }
        var second = v
        (second.status, second.created, second.updated) = (.onSite, created, created)
        (second.submitted, second.signed, second.signatures, second.hazards) = (nil, nil, [], [])
        if correction == .draft { return second }
        let items = index.entries.map(\.item)
        if let item = items.first(where: {
            v.exceptions[$0.id]?.response == .nonConforming && $0.majorCriterion == nil && $0.directRedId == nil
        }) {
            second.exceptions[item.id] = nil  // evidence produced after the visit: the finding is withdrawn
        } else if let item = items.first(where: { $0.gradingRuleIds.isEmpty && v.exceptions[$0.id] == nil }) {
            var response = DemoResponse(response: .nonConforming)
            response.finding = "复核现场记录发现：不符合“\(item.requirement)”的要求"
            second.exceptions[item.id] = response
        }
        try settle(&second, edits: plan.edits, confirmedOn: created + 1)
        if second.risk.missingFields.count == RiskDescription.Field.allCases.count { describeRisk(&second, scenario) }
        if let grade = second.sheet?.grade, !RiskDescription.isRequired(for: grade) { second.notRectifiable = nil }
        let submitted = created + random.int(in: 1...3)
        guard submitted <= asOf else { return second }
        (second.status, second.submitted, second.updated) = (.submitted, submitted, submitted)
        collectSignatures(&second, from: submitted, missing: false)
        return second
    }

    /// Why the bureau decided as it did.
    func dispositionReason(_ decision: DispositionDecision, grade: Grade) -> String {
        switch decision.disposition {
        case .consolidate: "评估为蓝色（低风险），巩固强化现有安全管理，保持安全生产标准化运行"
        case .rectify: "评估为\(grade.label)，责令限期整改问题隐患，逾期未整改的依法处罚，整改后复查并重新评估"
        case .closeOrSuspend:
            decision.action == .close
                ? "专家组认定不具备整改条件，提请当地人民政府予以关闭淘汰" : "专家组认定不具备整改条件，责令停产整改，验收合格前不得恢复生产"
        }
    }
}
