import Foundation
import HazChemCore
import HazChemStore

/// The checklist findings and the panel's own answers of one demo assessment.
///
/// Findings are drawn the way a panel of that quality would make them, then steered: linked items
/// (those implying grading rules) are added one at a time until the real ``GradingEngine`` puts the band
/// grade at the target; an item that would overshoot the target's band is skipped.
struct DemoChecklistPlan {
    /// Item id → response, for every item that is not a plain 符合.
    var exceptions: [String: DemoResponse] = [:]
    /// Rule or direct-red id → the panel's confirmed value where it adds to or corrects the pre-fill.
    var edits: [String: Int] = [:]

    /// Plans the checklist of `enterprise` for `target`; `end` is the last on-site day (deadlines follow it).
    static func make(
        index: DemoChecklistIndex, enterprise: Enterprise, target: DemoGradeTarget, end: Int,
        _ random: inout DemoCampaignRandom
    ) -> DemoChecklistPlan {
        let table = index.tables.grading
        let profile = GradingPrefill.profileValues(enterprise, table: table)
        var plan = DemoChecklistPlan()
        var taken = [Bool](repeating: false, count: index.entries.count)
        var nonConforming: [Int] = []
        var proposals: [String: Int] = [:]
        func mark(_ position: Int, _ response: ChecklistResponse) {
            taken[position] = true
            if response == .nonConforming {
                nonConforming.append(position)
            } else {
                plan.exceptions[index.entries[position].item.id] = DemoResponse(response: response)
            }
        }

        for position in index.notApplicable(to: enterprise) { mark(position, .notApplicable) }
        plan.addPanelAnswers(index: index, enterprise: enterprise, profile: profile, target: target, &random)
        let reds = index.red.filter { !taken[$0] }
        if !reds.isEmpty, target == .directRed || random.chance(3) {
            let position = random.pick(reds)
            mark(position, .nonConforming)
            add(index.entries[position].item, to: &proposals, kinds: index.ruleKinds)
            // Outside the direct-red target, the panel checks the proposed condition and rejects it.
            if target != .directRed { plan.edits[index.entries[position].item.directRedId!] = 0 }
        }
        for position in index.plain where !taken[position] {
            if random.chance(1.5) {
                mark(position, .notApplicable)
            } else if random.chance(target.plainFindingRate) {
                mark(position, .nonConforming)
            }
        }
        let aim = target == .directRed ? random.pick([Grade.yellow, .orange]) : target.grade
        let candidates = random.shuffled(index.linked.filter { !taken[$0] })
        plan.steer(
            candidates, towards: aim, index: index, profile: profile, proposals: &proposals,
            nonConforming: &nonConforming)
        for position in nonConforming {
            let entry = index.entries[position]
            plan.exceptions[entry.item.id] = finding(
                entry.item, specialty: entry.specialty, enterprise: enterprise, end: end, &random)
        }
        return plan
    }

    /// Adds linked items until the band grade reaches `aim`, skipping any that would fall below its band.
    ///
    /// Scoring every step with the engine would be slow, so each step's nominal deduction (its rules' values,
    /// ignoring caps, tiers and bonuses, so never less than the real drop) is summed, and the engine is asked
    /// only once the sum could have crossed into the aimed band.
    private func steer(
        _ candidates: [Int], towards aim: Grade, index: DemoChecklistIndex, profile: [String: Int],
        proposals: inout [String: Int], nonConforming: inout [Int]
    ) {
        let table = index.tables.grading
        guard let band = index.bands[aim], let upper = band.upper,
            var score = total(profile: profile, proposals: proposals, table: table), score >= upper
        else { return }
        var nominal = Tenths.zero
        for position in candidates {
            var trial = proposals
            let item = index.entries[position].item
            Self.add(item, to: &trial, kinds: index.ruleKinds)
            let step = nominalDeduction(item, before: proposals, after: trial, profile: profile, rules: index.rules)
            if nominal + step <= score - upper {
                nominal = nominal + step
            } else {
                guard let real = total(profile: profile, proposals: trial, table: table), real >= band.lower else {
                    continue
                }
                (score, nominal) = (real, .zero)
            }
            proposals = trial
            nonConforming.append(position)
            if score < upper { return }
        }
    }

    /// What answering `item` non-conforming deducts at most: its deduction rules' values for each answer it
    /// raises (rules the panel answered itself are not raised).
    private func nominalDeduction(
        _ item: ChecklistItem, before: [String: Int], after: [String: Int], profile: [String: Int],
        rules: [String: GradingRule]
    ) -> Tenths {
        var sum = Tenths.zero
        for id in item.gradingRuleIds where edits[id] == nil {
            guard let rule = rules[id], rule.effect == .deduction else { continue }
            let old = max(profile[id] ?? 0, before[id] ?? 0)
            let new = max(profile[id] ?? 0, after[id] ?? 0)
            sum = sum + rule.value * (rule.per == .fixed ? (old == 0 && new > 0 ? 1 : 0) : max(0, new - old))
        }
        return sum
    }

    /// The total (floored, direct red ignored) of the profile, the proposals and the panel's answers; nil when
    /// the answers do not score (a conflict).
    private func total(profile: [String: Int], proposals: [String: Int], table: GradingTable) -> Tenths? {
        let values = profile.merging(proposals, uniquingKeysWith: max).merging(edits) { $1 }
        return (try? GradingEngine(table: table).score(Self.gradingAnswers(values, table: table)))?.total
    }

    /// The answers as the store reads them back from `grading_answer` rows with these values.
    static func gradingAnswers(_ values: [String: Int], table: GradingTable) -> GradingAnswers {
        let moment = Date(timeIntervalSince1970: 0)
        return GradingAnswers(
            table: table,
            rows: values.map {
                AssessmentAnswer(
                    assessmentID: 0, ruleID: $0.key, value: $0.value, source: .confirmed, updatedAt: moment)
            })
    }

    /// Adds what a non-conforming `item` proposes (as ``ChecklistEvaluator/proposals``: yes for fixed rules,
    /// one more for per-item rules up to their maximum, the direct-red id).
    private static func add(_ item: ChecklistItem, to proposals: inout [String: Int], kinds: [String: RuleAnswerKind]) {
        for id in item.gradingRuleIds {
            switch kinds[id] {
            case .fixed: proposals[id] = 1
            case .perItem(let maxCount): proposals[id] = min((proposals[id] ?? 0) + 1, maxCount ?? .max)
            case nil: break
            }
        }
        if let red = item.directRedId { proposals[red] = 1 }
    }

    /// The panel's answers to rules the checklist does not imply: inhalation-toxic chemicals moved from 1.2.3
    /// to 1.2.2, a few deductions the panel found, and bonuses.
    private mutating func addPanelAnswers(
        index: DemoChecklistIndex, enterprise: Enterprise, profile: [String: Int], target: DemoGradeTarget,
        _ random: inout DemoCampaignRandom
    ) {
        if let count = profile["1.2.3"], index.rules["1.2.2"] != nil {
            let toxic = enterprise.keyChemicals.filter(DemoCampaignNames.inhalationToxic.contains).count
            if toxic > 0 { (edits["1.2.2"], edits["1.2.3"]) = (toxic, count - toxic) }
        }
        func conflicts(_ rule: GradingRule) -> Bool {
            let answered = profile.merging(edits) { $1 }.filter { $0.value > 0 }.keys
            return rule.conflictsWith.contains(where: answered.contains)
                || answered.contains { index.rules[$0]?.conflictsWith.contains(rule.id) == true }
        }
        func value(_ rule: GradingRule, upTo limit: Int) -> Int {
            rule.per == .fixed ? 1 : random.int(in: 1...min(rule.maxCount ?? limit, limit))
        }
        let deductions = random.int(in: target.deductionCount)
        for rule in random.shuffled(index.panelDeductions).prefix(deductions) where !conflicts(rule) {
            edits[rule.id] = value(rule, upTo: 3)
        }
        for rule in index.panelBonuses where random.chance(target.bonusRate) && !conflicts(rule) {
            edits[rule.id] = value(rule, upTo: 2)
        }
    }

    /// A non-conforming response with the expert's finding, and in half the cases the panel's rectification plan.
    private static func finding(
        _ item: ChecklistItem, specialty: Specialty, enterprise: Enterprise, end: Int,
        _ random: inout DemoCampaignRandom
    ) -> DemoResponse {
        var requirement = item.requirement
        if let cut = requirement.firstIndex(where: { "，；。".contains($0) }) { requirement = String(requirement[..<cut]) }
        var response = DemoResponse(response: .nonConforming)
        response.finding = "\(random.pick(DemoCampaignNames.observations(specialty)))，不符合“\(requirement)”的要求"
        if random.chance(70) { response.location = random.pick(DemoCampaignNames.locations(enterprise.kind)) }
        response.markedMajor = item.majorCriterion == nil && random.chance(2)
        if random.chance(50) {
            let major = item.majorCriterion != nil || response.markedMajor
            response.measure = random.pick(["立即整改", "限期整改", "完善制度并组织培训", "维修或更换设备设施"]) + "：\(requirement)"
            response.deadline = end + (major ? random.int(in: 60...90) : random.int(in: 30...60))
            response.responsible = random.chance(60) ? enterprise.principal : DemoCampaignNames.person(&random)
        }
        return response
    }
}
