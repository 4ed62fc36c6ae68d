import HazChemCore
import HazChemXLSX

extension ChecklistFormWriter {
    /// 分级答案: one row per rule (是/否 dropdown, or a whole count ≥ 0 up to max_count), then the direct-red
    /// conditions (是/否), all other cells protected.
    func writeGrading(_ sheet: Worksheet, formats: AssessmentReportFormats) throws {
        typealias Column = ChecklistFormLayout.GradingColumn
        let out = AssessmentReportSheet(
            sheet, limits: [0: 7...9, 1: 16...26, 2: 36...50, 3: 10...16, 4: 8...8, 5: 20...30])
        let table = formats.table
        let header = gradingTable.header
        let last = Column.allCases.count - 1
        try sheet.setRowHeight(28, row: 0)
        try out.merge(
            "分级答案：\(header.title)（\(header.id)，\(header.version)版）", row: 0, columns: 0...last, format: formats.title)
        try writeGradingHeader(row: ChecklistFormLayout.headerRow, out: out, formats: formats)
        var row = ChecklistFormLayout.firstRow
        for (category, project, rule) in gradingTable.ruleEntries {
            let cap = project.cap.map { "，扣分上限\($0)分" } ?? ""
            try out.write(rule.id, row: row, column: Column.id.rawValue, format: table.centered)
            try out.write(
                "\(category.name) / \(project.name)\(cap)", row: row, column: Column.project.rawValue,
                format: table.wrapped,
                wraps: true)
            try out.write(rule.text, row: row, column: Column.text.rawValue, format: table.wrapped, wraps: true)
            try out.write(
                rule.amountLabel, row: row, column: Column.amount.rawValue, format: table.wrapped, wraps: true)
            try writeAnswer(existingAnswers?.answers[rule.id]?.description, row: row, out: out, formats: formats)
            try out.write(
                Self.hint(for: rule), row: row, column: Column.hint.rawValue, format: table.wrapped, wraps: true)
            let cell = CellRange(CellAddress(row: row, column: Column.answer.rawValue))
            switch rule.per {
            case .fixed:
                try sheet.addListValidation(Self.yesNo, to: cell, messages: Self.yesNoMessages)
            case .item:
                let maximum = Double(rule.countLimit)
                try sheet.addNumberValidation(
                    to: cell, minimum: 0, maximum: maximum, integersOnly: true,
                    messages: ValidationMessages(
                        inputTitle: "项数", inputMessage: Self.hint(for: rule), errorTitle: "项数",
                        errorMessage: "请填写不小于 0 的整数，最多 \(rule.countLimit)"))
            }
            row += 1
        }
        row += 1
        try out.merge(ChecklistFormLayout.directRedTitle, row: row, columns: 0...last, format: formats.section)
        row += 1
        try writeGradingHeader(row: row, out: out, formats: formats)
        row += 1
        let found = Set(existingAnswers?.directRed ?? [])
        for condition in gradingTable.directRed {
            try out.write(condition.id, row: row, column: Column.id.rawValue, format: table.centered)
            try out.write("直接判定红色", row: row, column: Column.project.rawValue, format: table.wrapped)
            try out.write(condition.text, row: row, column: Column.text.rawValue, format: table.wrapped, wraps: true)
            try out.write("—", row: row, column: Column.amount.rawValue, format: table.centered)
            try writeAnswer(
                existingAnswers == nil ? nil : (found.contains(condition.id) ? "是" : "否"), row: row, out: out,
                formats: formats)
            try out.write(
                "存在此情形选“是”，风险等级直接判定为红色", row: row, column: Column.hint.rawValue, format: table.wrapped,
                wraps: true)
            try sheet.addListValidation(
                Self.yesNo, to: CellRange(CellAddress(row: row, column: Column.answer.rawValue)),
                messages: Self.yesNoMessages)
            row += 1
        }
        try out.finish()
        try sheet.freezePanes(row: ChecklistFormLayout.firstRow)
        sheet.protect(allowing: [.formatColumns, .formatRows])
        try sheet.setPageSetup(
            AssessmentReportSheet.pageSetup(
                enterprise: enterpriseName, document: "分级答案", landscape: true,
                repeatRows: 0...ChecklistFormLayout.headerRow
            ))
    }

    /// The messages of yes/no dropdowns.
    static let yesNoMessages = ValidationMessages(
        inputTitle: "是/否", inputMessage: "选择 是 或 否；留空按“否”计", errorTitle: "是/否", errorMessage: "只能选择 是 或 否")

    /// What to enter for a rule.
    static func hint(for rule: GradingRule) -> String {
        var parts: [String] = []
        switch rule.per {
        case .fixed: parts.append("选择 是/否")
        case .item: parts.append("填写项数（不小于 0 的整数" + (rule.maxCount.map { "，最多 \($0)" } ?? "") + "）")
        }
        if rule.tier != nil { parts.append("同档次规则只计最严重的一项") }
        if let group = rule.exclusive { parts.append("互斥组“\(group)”中最多一项为“是”") }
        return parts.joined(separator: "；")
    }

    private func writeGradingHeader(row: Int, out: AssessmentReportSheet, formats: AssessmentReportFormats) throws {
        for column in ChecklistFormLayout.GradingColumn.allCases {
            try out.write(column.header, row: row, column: column.rawValue, format: formats.table.header)
        }
    }

    /// An answer cell: unlocked, prefilled when a value is known.
    private func writeAnswer(
        _ value: String?, row: Int, out: AssessmentReportSheet, formats: AssessmentReportFormats
    ) throws {
        let column = ChecklistFormLayout.GradingColumn.answer.rawValue
        if let value, let count = Int(value) {
            try out.sheet.write(count, row: row, column: column, format: formats.answer)
        } else if let value {
            try out.write(value, row: row, column: column, format: formats.answer)
        } else {
            try out.sheet.writeBlank(row: row, column: column, format: formats.answer)
        }
    }
}
