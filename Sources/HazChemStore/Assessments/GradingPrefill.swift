import Foundation
import HazChemCore

/// The grading answers the store pre-fills for the panel to confirm (decision, documented in
/// docs/assessment-file.md).
///
/// From the enterprise profile — only for enterprises graded on the production/storage table, and only for
/// rules the table has:
/// - the most severe major hazard installation level → 1.1.1–1.1.4 (``MajorHazardLevel/gradingRuleID``);
/// - not in a chemical park → 2.1.1;
/// - each key-supervised hazardous process → 1.3.1 (the count);
/// - key-supervised hazardous chemicals → 1.2.3 (the count; the panel moves inhalation-toxic ones to 1.2.2);
/// - standardisation level 一/二/三级 → 9.1.1 / 9.1.2 / 9.1.3.
/// From the checklist: the proposals of the non-conforming items (``ChecklistEvaluator/proposals``), rules
/// and direct-red conditions. Where both give a value the larger one is kept.
package enum GradingPrefill {
    /// Rule id → value implied by the enterprise profile (1 for yes/no rules, the count for per-item rules).
    package static func profileValues(_ enterprise: Enterprise, table: GradingTable) -> [String: Int] {
        guard enterprise.kind.usesProductionStorageTables else { return [:] }
        var values: [String: Int] = [:]
        func set(_ id: String, _ value: Int, per: GradingRule.Per) {
            guard value > 0, let rule = table.rule(id: id), rule.per == per else { return }
            values[id] = rule.maxCount.map { min(value, $0) } ?? value
        }
        let level = enterprise.highestMajorHazardLevel.flatMap { MajorHazardLevel(label: String($0)) }
        if let id = MajorHazardLevel.gradingRuleID(forHighest: level) { set(id, 1, per: .fixed) }
        if !enterprise.inChemicalPark { set("2.1.1", 1, per: .fixed) }
        set("1.3.1", enterprise.hazardousProcesses.count, per: .item)
        set("1.2.3", enterprise.keyChemicals.count, per: .item)
        if let standard = enterprise.standardisationLevel { set("9.1.\(standard)", 1, per: .fixed) }
        return values
    }

    /// Rule or direct-red id → value proposed by the non-conforming checklist items.
    package static func proposalValues(
        checklist: Checklist, table: GradingTable, responses: ChecklistResponses
    ) throws(ChecklistError) -> [String: Int] {
        var kinds: [String: RuleAnswerKind] = [:]
        for rule in table.ruleEntries.map(\.rule) {
            kinds[rule.id] = rule.per == .fixed ? .fixed : .perItem(maxCount: rule.maxCount)
        }
        let proposal = try ChecklistEvaluator(checklist: checklist).proposals(
            from: responses, rules: kinds, directRedIds: Set(table.directRed.map(\.id)))
        var values: [String: Int] = [:]
        for (id, answer) in proposal.answers {
            switch answer {
            case .yes: values[id] = 1
            case .count(let n): values[id] = n
            }
        }
        for id in proposal.directRedIds { values[id] = 1 }
        return values
    }

    /// The profile values and the proposals together, the larger value where both give one.
    package static func values(
        enterprise: Enterprise, checklist: Checklist, table: GradingTable, responses: ChecklistResponses
    ) throws(ChecklistError) -> [String: Int] {
        profileValues(enterprise, table: table).merging(
            try proposalValues(checklist: checklist, table: table, responses: responses), uniquingKeysWith: max)
    }
}
