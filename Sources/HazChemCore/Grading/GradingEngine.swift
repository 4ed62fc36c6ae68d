import Foundation

/// Scores answers against a grading table, exactly and without I/O.
///
/// total = start − Σ min(project deductions, project cap) + Σ bonuses, floored at 0 and not capped at 100.
/// Among rules sharing a `tier`, only the most severe one answered applies. Any direct-red condition makes
/// the grade red; otherwise the band whose inclusive lower bound the total reaches gives the grade.
package struct GradingEngine: Sendable {
    /// The table scored against; it should have passed ``GradingTable/validate()``.
    package let table: GradingTable
    /// The table's rules flattened and indexed by id, built once per engine.
    let index: GradingRuleIndex

    /// Creates an engine for `table`.
    package init(table: GradingTable) {
        self.table = table
        self.index = GradingRuleIndex(table)
    }

    /// Scores `answers`, or throws every problem with them at once.
    package func score(_ answers: GradingAnswers) throws(GradingError) -> ScoreSheet {
        let answered = index.answered(answers)
        let problems = validate(answers, answered: answered)
        guard problems.isEmpty else { throw GradingError(problems: problems) }

        let superseded = supersededRules(answered)
        var projects: [ScoreSheet.Project] = []
        var total = table.start
        // `answered.known` is in table order, so each project takes the answers up to its last rule.
        var next = 0
        var firstRule = 0
        for category in table.categories {
            for project in category.projects {
                let end = firstRule + project.rules.count
                firstRule = end
                var lines: [ScoreSheet.Line] = []
                var deductions = Tenths.zero
                var bonus = Tenths.zero
                while next < answered.known.count, answered.known[next].index < end {
                    let (position, answer) = answered.known[next]
                    next += 1
                    guard answer.applies else { continue }
                    let rule = index.rules[position]
                    let line = ScoreSheet.Line(
                        rule: rule, answer: answer,
                        amount: try checked(rule, answer) {
                            .zero.checked(adding: rule.value, times: answer.multiplier)
                        },
                        supersededBy: superseded[position])
                    lines.append(line)
                    guard line.counts else { continue }
                    switch rule.effect {
                    case .deduction: deductions = try checked(rule, answer) { deductions.checked(adding: line.amount) }
                    case .bonus: bonus = try checked(rule, answer) { bonus.checked(adding: line.amount) }
                    }
                }
                let deducted = project.cap.map { min(deductions, $0) } ?? deductions
                guard let newTotal = total.checked(subtracting: deducted)?.checked(adding: bonus) else {
                    throw GradingError(problems: [
                        .init(.overflow, "项目 \(project.id)（\(project.name)）的扣分 \(deducted) 与加分 \(bonus) 超出可计算的范围")
                    ])
                }
                total = newTotal
                projects.append(
                    .init(
                        categoryId: category.id, categoryName: category.name, id: project.id, name: project.name,
                        cap: project.cap, deductionBeforeCap: deductions, deducted: deducted, bonus: bonus,
                        lines: lines))
            }
        }
        let floored = max(total, .zero)
        let found = answers.directRed.isEmpty ? [] : table.directRed.filter { answers.directRed.contains($0.id) }
        let scoreGrade = index.bandGrade(for: floored)
        return ScoreSheet(
            table: table.header, start: table.start, projects: projects, totalBeforeFloor: total, total: floored,
            scoreGrade: scoreGrade, directRed: found, grade: found.isEmpty ? scoreGrade : .red)
    }

    /// The result of a checked operation on `rule`'s amount, or an error naming the rule and the answer.
    private func checked(
        _ rule: GradingRule, _ answer: GradingAnswer, _ operation: () -> Tenths?
    ) throws(GradingError) -> Tenths {
        guard let result = operation() else {
            throw GradingError(problems: [
                .init(
                    .overflow, ruleId: rule.id,
                    "规则 \(rule.id) 的答案 \(answer) 乘以分值 \(rule.value) 超出可计算的范围，请核对项数")
            ])
        }
        return result
    }

    /// Rule position → the id of the rule of its tier that applies instead, for every answered tier rule that
    /// is not the most severe (largest value × multiplier; the first in table order on a tie).
    private func supersededRules(_ answered: GradingRuleIndex.Answered) -> [Int: String] {
        var groups: [String: [(index: Int, amount: Tenths)]] = [:]
        for (position, answer) in answered.known where answer.applies {
            let rule = index.rules[position]
            guard let tier = rule.tier else { continue }
            // Counts are validated before (at most the rule's count limit); an overflow sorts as the largest.
            let amount = Tenths.zero.checked(adding: rule.value, times: answer.multiplier) ?? Tenths(raw: .max)
            groups[tier, default: []].append((position, amount))
        }
        var superseded: [Int: String] = [:]
        for members in groups.values where members.count > 1 {
            var winner = members[0]
            for member in members.dropFirst() where member.amount > winner.amount { winner = member }
            let winnerID = index.rules[winner.index].id
            for member in members where member.index != winner.index { superseded[member.index] = winnerID }
        }
        return superseded
    }
}
