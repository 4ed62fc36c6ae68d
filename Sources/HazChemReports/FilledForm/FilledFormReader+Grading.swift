import HazChemCore
import HazChemXLSX

extension FilledFormReader {
    /// Reads 分级答案: a 是/否 or a count per rule, 是/否 per direct-red condition, then the engine's checks of
    /// the answers together (exclusive groups, conflicting rules) placed on the answer cells.
    func readGrading(_ sheet: XLSXSheet, problems: inout FormProblems) -> GradingAnswers {
        typealias Column = ChecklistFormLayout.GradingColumn
        let rules = Dictionary(gradingTable.ruleEntries.map { ($0.rule.id, $0.rule) }, uniquingKeysWith: { a, _ in a })
        let conditions = Dictionary(gradingTable.directRed.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var answers = GradingAnswers(tableId: gradingTable.id)
        var found: Set<String> = []
        var rows: [String: Int] = [:]
        for row in ChecklistFormLayout.firstRow..<max(sheet.rowCount, ChecklistFormLayout.firstRow) {
            guard let id = Self.text(sheet[row: row, column: Column.id.rawValue]),
                id != Column.id.header, id != ChecklistFormLayout.directRedTitle
            else { continue }
            let answer = sheet[row: row, column: Column.answer.rawValue]
            let cell = Column.answer.cell(row: row)
            guard rows[id] == nil else {
                problems.add("编号 \(id) 重复出现", sheet: sheet.name, cell: Column.id.cell(row: row))
                continue
            }
            rows[id] = row
            let text = Self.text(sheet[row: row, column: Column.text.rawValue]) ?? ""
            if let rule = rules[id] {
                if text != rule.text {
                    problems.add(
                        "规则 \(id) 的内容被修改，应为“\(rule.text)”", sheet: sheet.name, cell: Column.text.cell(row: row))
                }
                if let value = read(answer, for: rule, cell: cell, sheet: sheet.name, problems: &problems) {
                    answers.answers[id] = value
                }
            } else if let condition = conditions[id] {
                if text != condition.text {
                    problems.add(
                        "直接判定红色条件 \(id) 的内容被修改，应为“\(condition.text)”", sheet: sheet.name,
                        cell: Column.text.cell(row: row))
                }
                switch Self.yesNo(answer) {
                case .success(let flag): if flag == true { found.insert(id) }
                case .failure(let problem):
                    problems.add("直接判定红色条件 \(id) 应填写 是 或 否，实际为“\(problem.text)”", sheet: sheet.name, cell: cell)
                }
            } else {
                problems.add(
                    "分级表 \(gradingTable.id) 中没有编号为“\(id)”的规则或条件", sheet: sheet.name, cell: Column.id.cell(row: row))
            }
        }
        let missing = gradingTable.ruleEntries.map(\.rule.id) + gradingTable.directRed.map(\.id)
        for id in missing where rows[id] == nil {
            problems.add("缺少规则或条件 \(id) 的行（行被删除或编号被修改）", sheet: sheet.name)
        }
        answers.directRed = gradingTable.directRed.map(\.id).filter(found.contains)
        for problem in GradingEngine(table: gradingTable).validate(answers) {
            let cell = problem.ruleId.flatMap { rows[$0] }.map { Column.answer.cell(row: $0) }
            problems.add(problem.message, sheet: sheet.name, cell: cell)
        }
        return answers
    }

    /// A rule's answer: 是/否 for a fixed rule, a whole count within the rule's count limit for a per-item rule.
    private func read(
        _ value: CellValue?, for rule: GradingRule, cell: String, sheet: String, problems: inout FormProblems
    ) -> GradingAnswer? {
        switch rule.per {
        case .fixed:
            switch Self.yesNo(value) {
            case .success(let flag): return flag.map(GradingAnswer.flag)
            case .failure(let problem):
                problems.add("规则 \(rule.id) 为是/否项，应填写 是 或 否，实际为“\(problem.text)”", sheet: sheet, cell: cell)
                return nil
            }
        case .item:
            switch Self.count(value) {
            case .success(let count):
                guard let count else { return nil }
                if let message = rule.countProblem(count) {
                    problems.add(message, sheet: sheet, cell: cell)
                    return nil
                }
                return .count(count)
            case .failure(let problem):
                problems.add("规则 \(rule.id) 按项计，应填写不小于 0 的整数，实际为“\(problem.text)”", sheet: sheet, cell: cell)
                return nil
            }
        }
    }
}
