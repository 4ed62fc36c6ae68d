import Foundation

/// Scores answers against a grading table, exactly and without I/O.
///
/// total = start − Σ min(project deductions, project cap) + Σ bonuses, floored at 0 and not capped at 100.
/// Among rules sharing a `tier`, only the most severe one answered applies. Any direct-red condition makes
/// the grade red; otherwise the band whose inclusive lower bound the total reaches gives the grade.
package struct GradingEngine: Sendable {
    /// The table scored against; it should have passed ``GradingTable/validate()``.
    package let table: GradingTable

    /// Creates an engine for `table`.
    package init(table: GradingTable) { self.table = table }

    /// Scores `answers`, or throws every problem with them at once.
    package func score(_ answers: GradingAnswers) throws(GradingError) -> ScoreSheet {
        let problems = validate(answers)
        guard problems.isEmpty else { throw GradingError(problems: problems) }

        let superseded = supersededRules(answers)
        var projects: [ScoreSheet.Project] = []
        var total = table.start
        for category in table.categories {
            for project in category.projects {
                var lines: [ScoreSheet.Line] = []
                var deductions = Tenths.zero
                var bonus = Tenths.zero
                for rule in project.rules {
                    guard let answer = answers.answers[rule.id], answer.applies else { continue }
                    let line = ScoreSheet.Line(
                        rule: rule, answer: answer, amount: rule.value * answer.multiplier,
                        supersededBy: superseded[rule.id])
                    lines.append(line)
                    guard line.counts else { continue }
                    switch rule.effect {
                    case .deduction: deductions += line.amount
                    case .bonus: bonus += line.amount
                    }
                }
                let deducted = project.cap.map { min(deductions, $0) } ?? deductions
                total = total - deducted + bonus
                projects.append(
                    .init(
                        categoryId: category.id, categoryName: category.name, id: project.id, name: project.name,
                        cap: project.cap, deductionBeforeCap: deductions, deducted: deducted, bonus: bonus,
                        lines: lines))
            }
        }
        let floored = max(total, .zero)
        let found = table.directRed.filter { answers.directRed.contains($0.id) }
        let scoreGrade = table.bandGrade(for: floored)
        return ScoreSheet(
            table: table.header, start: table.start, projects: projects, totalBeforeFloor: total, total: floored,
            scoreGrade: scoreGrade, directRed: found, grade: found.isEmpty ? scoreGrade : .red)
    }

    /// Rule id → the rule of its tier that applies instead, for every answered tier rule that is not the most
    /// severe (largest value; the first in table order on a tie).
    private func supersededRules(_ answers: GradingAnswers) -> [String: String] {
        var groups: [String: [GradingRule]] = [:]
        for entry in table.ruleEntries {
            guard let tier = entry.rule.tier, answers.answers[entry.rule.id]?.applies == true else { continue }
            groups[tier, default: []].append(entry.rule)
        }
        var superseded: [String: String] = [:]
        for members in groups.values {
            var winner = members[0]
            for rule in members.dropFirst()
            where rule.value * (answers.answers[rule.id]?.multiplier ?? 0)
                > winner.value * (answers.answers[winner.id]?.multiplier ?? 0)
            {
                winner = rule
            }
            for rule in members where rule.id != winner.id { superseded[rule.id] = winner.id }
        }
        return superseded
    }
}
