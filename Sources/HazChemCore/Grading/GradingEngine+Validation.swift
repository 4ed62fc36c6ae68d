import Foundation

extension GradingEngine {
    /// Every problem with `answers`, in table order: wrong table, unknown rule ids, a count on a yes/no rule or
    /// yes/no on a per-item rule, negative counts, counts above max_count (or the plausible maximum), two true rules of an exclusive group
    /// or of a conflict pair, unknown or repeated direct-red ids.
    package func validate(_ answers: GradingAnswers) -> [GradingError.Problem] {
        validate(answers, answered: index.answered(answers))
    }

    /// ``validate(_:)`` with the answers already sorted into table order.
    func validate(_ answers: GradingAnswers, answered: GradingRuleIndex.Answered) -> [GradingError.Problem] {
        var problems: [GradingError.Problem] = []
        if answers.tableId != table.id {
            problems.append(
                .init(.wrongTable, "答案对应的分级表为“\(answers.tableId)”，但评分使用的分级表为“\(table.id)”（\(table.header.title)）"))
        }
        for (position, answer) in answered.known {
            problems += check(answer, for: index.rules[position])
        }
        for id in answered.unknown {
            problems.append(.init(.unknownRule, ruleId: id, "未知规则编号“\(id)”：分级表 \(table.id) 中没有此规则"))
        }
        problems += checkGroups(answered)
        if !answers.directRed.isEmpty { problems += checkDirectRed(answers) }
        return problems
    }

    private func check(_ answer: GradingAnswer, for rule: GradingRule) -> [GradingError.Problem] {
        switch (rule.per, answer) {
        case (.fixed, .flag):
            return []
        case (.fixed, .count(let n)):
            return [
                .init(.wrongAnswerType, ruleId: rule.id, "规则 \(rule.id) 为是/否项，答案应为 true 或 false，实际为数字 \(n)")
            ]
        case (.item, .flag(let value)):
            return [
                .init(
                    .wrongAnswerType, ruleId: rule.id,
                    "规则 \(rule.id) 按项计（\(rule.amountLabel)），答案应为非负整数（项数或人数），实际为 \(value)")
            ]
        case (.item, .count(let n)):
            guard let message = rule.countProblem(n) else { return [] }
            return [.init(n < 0 ? .negativeCount : .countAboveMaximum, ruleId: rule.id, message)]
        }
    }

    private func checkGroups(_ answered: GradingRuleIndex.Answered) -> [GradingError.Problem] {
        var problems: [GradingError.Problem] = []
        let answered = answered.known.compactMap { position, answer -> GradingRule? in
            let rule = index.rules[position]
            if case .flag(true) = answer { return rule }
            if rule.per == .item, case .count(let n) = answer, n > 0 { return rule }
            return nil
        }
        var groupOrder: [String] = []
        var groups: [String: [String]] = [:]
        for rule in answered {
            guard let group = rule.exclusive else { continue }
            if groups[group] == nil { groupOrder.append(group) }
            groups[group, default: []].append(rule.id)
        }
        for group in groupOrder {
            guard let ids = groups[group], ids.count > 1 else { continue }
            problems.append(
                .init(
                    .conflictingAnswers, ruleId: ids[1],
                    "规则 \(ids.joined(separator: "、")) 同属互斥组“\(group)”，最多只能有一项为 true"))
        }
        let answeredIDs = answered.map(\.id)
        var reported = Set<[String]>()
        for rule in answered {
            for other in rule.conflictsWith where answeredIDs.contains(other) {
                let pair = [rule.id, other].sorted { answeredIDs.firstIndex(of: $0)! < answeredIDs.firstIndex(of: $1)! }
                guard reported.insert(pair).inserted else { continue }
                problems.append(
                    .init(.conflictingAnswers, ruleId: pair[1], "规则 \(pair[0]) 与规则 \(pair[1]) 相互矛盾，不能同时成立"))
            }
        }
        return problems
    }

    private func checkDirectRed(_ answers: GradingAnswers) -> [GradingError.Problem] {
        var problems: [GradingError.Problem] = []
        var seen = Set<String>()
        let known = table.directRed.map(\.id)
        for id in answers.directRed {
            if !seen.insert(id).inserted {
                problems.append(.init(.duplicateDirectRed, ruleId: id, "直接判定红色条件“\(id)”重复填写"))
            } else if !known.contains(id) {
                let list = known.isEmpty ? "无直接判定红色条件" : "只有 \(known.joined(separator: "、"))"
                problems.append(
                    .init(.unknownDirectRed, ruleId: id, "未知的直接判定红色条件“\(id)”：分级表 \(table.id) 中\(list)"))
            }
        }
        return problems
    }
}
