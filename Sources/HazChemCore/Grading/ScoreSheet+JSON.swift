import Foundation

extension ScoreSheet: Encodable {
    private enum Key: String, CodingKey {
        case table, tableTitle, tableBasis, tableStatus, start, total, totalBeforeFloor, totalDeducted, totalBonus
        case grade, gradeLabel, scoreGrade, directRed, directRedReasons, projects, rules, dispositions
        case dispositionLabels
    }

    private struct ProjectJSON: Encodable {
        var id: String
        var name: String
        var category: String
        var categoryName: String
        var cap: Tenths?
        var deductionBeforeCap: Tenths
        var deducted: Tenths
        var capReached: Bool
        var bonus: Tenths

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(name, forKey: .name)
            try c.encode(category, forKey: .category)
            try c.encode(categoryName, forKey: .categoryName)
            try c.encode(cap, forKey: .cap)  // null when the project has no cap
            try c.encode(deductionBeforeCap, forKey: .deductionBeforeCap)
            try c.encode(deducted, forKey: .deducted)
            try c.encode(capReached, forKey: .capReached)
            try c.encode(bonus, forKey: .bonus)
        }

        private enum CodingKeys: String, CodingKey {
            case id, name, category, categoryName, cap, deductionBeforeCap, deducted, capReached, bonus
        }
    }

    private struct RuleJSON: Encodable {
        var id: String
        var text: String
        var project: String
        var effect: GradingRule.Effect
        var per: GradingRule.Per
        var value: Tenths
        var answer: GradingAnswer
        var amount: Tenths
        var counted: Bool
        var supersededBy: String?

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(text, forKey: .text)
            try c.encode(project, forKey: .project)
            try c.encode(effect, forKey: .effect)
            try c.encode(per, forKey: .per)
            try c.encode(value, forKey: .value)
            try c.encode(answer, forKey: .answer)
            try c.encode(amount, forKey: .amount)
            try c.encode(counted, forKey: .counted)
            try c.encode(supersededBy, forKey: .supersededBy)  // null unless a more severe tier rule applies
        }

        private enum CodingKeys: String, CodingKey {
            case id, text, project, effect, per, value, answer, amount, counted, supersededBy
        }
    }

    /// The JSON shape of `hazchem score --format json` (see Checklists/README.md).
    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(table.id, forKey: .table)
        try c.encode(table.title, forKey: .tableTitle)
        try c.encode(table.basis, forKey: .tableBasis)
        try c.encode(table.status.rawValue, forKey: .tableStatus)
        try c.encode(start, forKey: .start)
        try c.encode(total, forKey: .total)
        try c.encode(totalBeforeFloor, forKey: .totalBeforeFloor)
        try c.encode(totalDeducted, forKey: .totalDeducted)
        try c.encode(totalBonus, forKey: .totalBonus)
        try c.encode(grade, forKey: .grade)
        try c.encode(grade.label, forKey: .gradeLabel)
        try c.encode(scoreGrade, forKey: .scoreGrade)
        try c.encode(directRed.map(\.id), forKey: .directRed)
        try c.encode(directRed, forKey: .directRedReasons)
        try c.encode(
            projects.map {
                ProjectJSON(
                    id: $0.id, name: $0.name, category: $0.categoryId, categoryName: $0.categoryName, cap: $0.cap,
                    deductionBeforeCap: $0.deductionBeforeCap, deducted: $0.deducted, capReached: $0.capReached,
                    bonus: $0.bonus)
            }, forKey: .projects)
        try c.encode(
            projects.flatMap { project in
                project.lines.map {
                    RuleJSON(
                        id: $0.rule.id, text: $0.rule.text, project: project.id, effect: $0.rule.effect,
                        per: $0.rule.per, value: $0.rule.value, answer: $0.answer, amount: $0.amount,
                        counted: $0.counts, supersededBy: $0.supersededBy)
                }
            }, forKey: .rules)
        try c.encode(allowedDispositions, forKey: .dispositions)
        try c.encode(allowedDispositions.map(\.label), forKey: .dispositionLabels)
    }

    /// Pretty JSON with sorted keys.
    package func jsonText() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
