import Foundation

extension ChecklistEvaluator {
    /// The grading answers and direct-red ids implied by the non-conforming items.
    ///
    /// For each non-conforming item, each linked `.fixed` rule is proposed `.yes`; each linked `.perItem`
    /// rule gets one more to its count, stopping at its `maxCount`; the linked direct-red id is proposed.
    /// - Parameters:
    ///   - rules: the grading table's rule id → answer kind.
    ///   - directRedIds: the table's direct-red ids; nil skips that check.
    /// - Throws: every problem at once: responses for another checklist, unknown item ids, linked rule
    ///   ids missing from `rules`, linked direct-red ids missing from `directRedIds`.
    package func proposals(
        from responses: ChecklistResponses, rules: [String: RuleAnswerKind], directRedIds: Set<String>? = nil
    ) throws(ChecklistError) -> ChecklistProposal {
        var problems = structuralProblems(in: responses)
        var proposal = ChecklistProposal()
        var counts: [String: Int] = [:]
        for item in checklist.items where responses[item.id].response == .nonConforming {
            for ruleId in item.gradingRuleIds {
                guard let kind = rules[ruleId] else {
                    problems.append(
                        .init(
                            itemId: item.id, ruleId: ruleId,
                            message: "关联的评分规则 \(ruleId) 不在评分表 \(checklist.gradingTableId) 中"))
                    continue
                }
                proposal.sources[ruleId, default: []].append(item.id)
                switch kind {
                case .fixed:
                    proposal.answers[ruleId] = .yes
                case .perItem(let maxCount):
                    let count = (counts[ruleId] ?? 0) + 1
                    counts[ruleId] = count
                    proposal.answers[ruleId] = .count(maxCount.map { min(count, $0) } ?? count)
                }
            }
            if let redId = item.directRedId {
                if let directRedIds, !directRedIds.contains(redId) {
                    problems.append(
                        .init(
                            itemId: item.id, ruleId: redId,
                            message: "关联的直接判定红色条件 \(redId) 不在评分表 \(checklist.gradingTableId) 中"))
                    continue
                }
                proposal.sources[redId, default: []].append(item.id)
                if !proposal.directRedIds.contains(redId) { proposal.directRedIds.append(redId) }
            }
        }
        if !problems.isEmpty { throw ChecklistError(problems: problems) }
        proposal.directRedIds.sort()
        return proposal
    }
}
