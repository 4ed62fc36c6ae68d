import HazChemCore
import HazChemXLSX

extension AssessmentReportPage {
    /// 评分表: every applied rule by project with capped subtotals, the project summary with caps, the
    /// totals (as formulas with exact cached values), the grade in its colour and the direct-red reasons.
    func writeScore() throws {
        let sheet = data.scoreSheet
        let table = sheet.table
        try title("评分表：\(table.title)（\(table.id)，\(table.version)版）", row: 0, columns: 0...6)
        try header(["规则编号", "规则内容", "分值", "答复", "扣分", "加分", "说明"], row: 1)
        var row = 2
        for project in sheet.projects where !project.lines.isEmpty {
            row = try writeProjectLines(project, from: row)
        }
        if sheet.lines.isEmpty {
            try out.merge("未适用任何扣分或加分规则", row: row, columns: 0...6, format: formats.table.centered)
            row += 1
        }
        row += 1
        try out.write("项目汇总（每个项目扣分扣完为止，加分不受上限限制）", row: row, column: 0, format: formats.section)
        row += 1
        try header(["项目编号", "类别 / 项目", "扣分上限", "扣分合计", "实际扣分", "加分", "说明"], row: row)
        row += 1
        let first = row
        for project in sheet.projects {
            try writeProjectSummary(project, row: row)
            row += 1
        }
        try writeTotals(from: row + 1, projectRows: first...(row - 1))
    }

    /// A project heading, its answered rules and its subtotal row; returns the next free row.
    private func writeProjectLines(_ project: ScoreSheet.Project, from start: Int) throws -> Int {
        let table = formats.table
        var row = start
        try out.merge(
            "\(project.id) \(project.categoryName) / \(project.name)（\(Self.capText(project.cap))）", row: row,
            columns: 0...6, format: formats.subtotalLabel)
        row += 1
        let first = row
        for line in project.lines {
            let rule = line.rule
            try out.write(rule.id, row: row, column: 0, format: table.centered)
            try out.write(rule.text, row: row, column: 1, format: table.wrapped, wraps: true)
            try out.write(rule.amountLabel, row: row, column: 2, format: table.wrapped, wraps: true)
            try out.write(line.answer.description, row: row, column: 3, format: table.centered)
            let counted = line.counts ? line.amount : .zero
            try out.sheet.write(rule.effect == .deduction ? counted : .zero, row: row, column: 4, format: table.score)
            try out.sheet.write(rule.effect == .bonus ? counted : .zero, row: row, column: 5, format: table.score)
            let note = line.supersededBy.map { "同一档次只计最严重的一项：已按规则 \($0) 计分，本项不计" } ?? ""
            try out.write(note, row: row, column: 6, format: table.wrapped, wraps: true)
            row += 1
        }
        let range = { (column: String) in "\(column)\(first + 1):\(column)\(row)" }
        try out.merge(
            "\(project.id) 小计（\(Self.capText(project.cap))）", row: row, columns: 0...3, format: formats.subtotalLabel)
        let deducted = project.cap.map { "=MIN(SUM(\(range("E"))),\($0))" } ?? "=SUM(\(range("E")))"
        try out.sheet.writeFormula(
            deducted, row: row, column: 4, cachedNumber: project.deducted.doubleValue, format: formats.subtotal)
        try out.sheet.writeFormula(
            "=SUM(\(range("F")))", row: row, column: 5, cachedNumber: project.bonus.doubleValue,
            format: formats.subtotal)
        try out.write(Self.capNote(project), row: row, column: 6, format: formats.table.wrapped, wraps: true)
        return row + 1
    }

    /// One row of the project summary: cap, deductions before and after it, bonus.
    private func writeProjectSummary(_ project: ScoreSheet.Project, row: Int) throws {
        let table = formats.table
        try out.write(project.id, row: row, column: 0, format: table.centered)
        try out.write(
            "\(project.categoryName) / \(project.name)", row: row, column: 1, format: table.wrapped, wraps: true)
        if let cap = project.cap {
            try out.sheet.write(cap, row: row, column: 2, format: table.score)
        } else {
            try out.write("不设上限", row: row, column: 2, format: table.centered)
        }
        try out.sheet.write(project.deductionBeforeCap, row: row, column: 3, format: table.score)
        let excel = row + 1
        let formula = project.cap == nil ? "=D\(excel)" : "=MIN(D\(excel),C\(excel))"
        try out.sheet.writeFormula(
            formula, row: row, column: 4, cachedNumber: project.deducted.doubleValue, format: table.score)
        try out.sheet.write(project.bonus, row: row, column: 5, format: table.score)
        try out.write(Self.capNote(project), row: row, column: 6, format: table.wrapped, wraps: true)
    }

    /// Start, deductions, bonuses and total as formulas over the project summary; grades and direct red.
    private func writeTotals(from start: Int, projectRows: ClosedRange<Int>) throws {
        let sheet = data.scoreSheet
        let labels = 0...3
        var row = start
        // Rows start…total: the start score, then formulas over the project summary and the rows above.
        let first = row + 1
        let (top, bottom) = (projectRows.lowerBound + 1, projectRows.upperBound + 1)
        let totals: [(String, String?, Tenths)] = [
            ("起始分", nil, sheet.start),
            ("扣分合计（各项目封顶后）", "=SUM(E\(top):E\(bottom))", sheet.totalDeducted),
            ("加分合计", "=SUM(F\(top):F\(bottom))", sheet.totalBonus),
            ("总分（低于0分按0分计，不设100分上限）", "=MAX(0,E\(first)-E\(first + 1)+E\(first + 2))", sheet.total),
        ]
        for (label, formula, value) in totals {
            try out.merge(label, row: row, columns: labels, format: formats.subtotalLabel)
            if let formula {
                try out.sheet.writeFormula(
                    formula, row: row, column: 4, cachedNumber: value.doubleValue, format: formats.subtotal)
            } else {
                try out.sheet.write(value, row: row, column: 4, format: formats.subtotal)
            }
            row += 1
        }
        try out.merge("按分数确定的等级", row: row, columns: labels, format: formats.subtotalLabel)
        try out.write(sheet.scoreGrade.label, row: row, column: 4, format: formats.table.grade(sheet.scoreGrade))
        row += 1
        let reasons = sheet.directRed.map { "\($0.id) \($0.text)" }.joined(separator: "\n")
        try out.merge("直接判定为红色的情形", row: row, columns: labels, format: formats.subtotalLabel)
        try out.merge(
            reasons.isEmpty ? "无" : reasons, row: row, columns: 4...6, format: formats.table.wrapped, wraps: true)
        row += 1
        try out.merge("风险等级", row: row, columns: labels, format: formats.subtotalLabel)
        try out.write(sheet.grade.label, row: row, column: 4, format: formats.table.grade(sheet.grade))
        if !sheet.directRed.isEmpty {
            try out.merge("直接判定", row: row, columns: 5...6, format: formats.warning)
        }
    }

    /// `扣分上限10分` or `不设上限`.
    static func capText(_ cap: Tenths?) -> String { cap.map { "扣分上限\($0)分" } ?? "不设上限" }

    /// What the cap did to a project, or nothing.
    static func capNote(_ project: ScoreSheet.Project) -> String {
        guard project.capReached else { return "" }
        return "扣分合计\(project.deductionBeforeCap)分，超过上限，按\(project.deducted)分扣"
    }
}
