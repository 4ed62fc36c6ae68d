import HazChemCore
import HazChemXLSX

extension ChecklistFormWriter {
    /// Width limits of the section sheet columns.
    static let sectionWidths: [Int: ClosedRange<Double>] = [
        0: 6...8, 1: 30...42, 2: 20...30, 3: 9...10, 4: 8...8, 5: 26...30, 6: 12...16, 7: 9...9, 8: 20...24,
        9: 12...12, 10: 10...10, 11: 10...12,
    ]

    /// One section: title, header, one row per item; answers unlocked and validated, the rest protected.
    func writeSection(_ section: ChecklistSection, into sheet: Worksheet, formats: AssessmentReportFormats) throws {
        typealias Column = ChecklistFormLayout.Column
        let out = AssessmentReportSheet(sheet, limits: Self.sectionWidths)
        let last = Column.allCases.count - 1
        let table = formats.table
        try sheet.setRowHeight(28, row: 0)
        try out.merge(
            "\(section.id) \(section.title)（\(section.specialty.label)专业）　\(enterpriseName)", row: 0,
            columns: 0...last, format: formats.title)
        for column in Column.allCases {
            try out.write(
                column.header, row: ChecklistFormLayout.headerRow, column: column.rawValue, format: table.header)
        }
        var row = ChecklistFormLayout.firstRow
        for item in section.items {
            try out.write(item.id, row: row, column: Column.id.rawValue, format: table.centered)
            try out.write(
                item.requirement, row: row, column: Column.requirement.rawValue, format: table.wrapped, wraps: true)
            try out.write(item.basis, row: row, column: Column.basis.rawValue, format: table.wrapped, wraps: true)
            let criterion = item.majorCriterion.map { "第\($0)条" } ?? ""
            try out.write(criterion, row: row, column: Column.criterion.rawValue, format: table.centered)
            try writeAnswers(existing[item.id], row: row, out: out, formats: formats)
            row += 1
        }
        let lastRow = max(row - 1, ChecklistFormLayout.firstRow)
        func range(_ column: Column) -> CellRange {
            CellRange(
                firstRow: ChecklistFormLayout.firstRow, firstColumn: column.rawValue, lastRow: lastRow,
                lastColumn: column.rawValue)
        }
        try sheet.addListValidation(
            Self.responseChoices.map(\.label), to: range(.response),
            messages: ValidationMessages(
                inputTitle: "结论", inputMessage: "选择 符合、不符合 或 不适用；未检查的项留空",
                errorTitle: "结论", errorMessage: "只能选择 符合、不符合 或 不适用"))
        try sheet.addListValidation(
            Self.yesNo, to: range(.major),
            messages: ValidationMessages(
                inputTitle: "是否重大隐患", inputMessage: "只有不符合项可以选“是”", errorTitle: "是否重大隐患",
                errorMessage: "只能选择 是 或 否"))
        try sheet.addDateValidation(
            to: range(.deadline), from: Self.deadlineRange.0, through: Self.deadlineRange.1,
            messages: ValidationMessages(
                inputTitle: "整改期限", inputMessage: "填写日期，如 2019-10-01", errorTitle: "整改期限",
                errorMessage: "请填写 2000 年至 2099 年之间的日期，如 2019-10-01"))
        if !panelNames.isEmpty {
            try sheet.addListValidation(
                panelNames, to: range(.expert),
                messages: ValidationMessages(
                    inputTitle: "填写人", inputMessage: "选择作答的专家组成员", errorTitle: "填写人",
                    errorMessage: "只能选择本次评估专家组的成员"))
        }
        try out.finish()
        try sheet.freezePanes(row: ChecklistFormLayout.firstRow, column: Column.requirement.rawValue + 1)
        sheet.protect(allowing: [.formatColumns, .formatRows])
        try sheet.setPageSetup(
            AssessmentReportSheet.pageSetup(
                enterprise: enterpriseName, document: "检查表 \(section.id) \(section.title)", landscape: true,
                repeatRows: 0...ChecklistFormLayout.headerRow))
    }

    /// The answer cells of one item row, prefilled from an existing entry.
    private func writeAnswers(
        _ entry: ChecklistFormEntry?, row: Int, out: AssessmentReportSheet, formats: AssessmentReportFormats
    ) throws {
        typealias Column = ChecklistFormLayout.Column
        let response = entry.flatMap { $0.response == .notChecked ? nil : $0.response.label }
        let texts: [(Column, String?)] = [
            (.response, response), (.finding, entry?.finding), (.location, entry?.location),
            (.major, entry?.markedMajor == true ? "是" : nil), (.measure, entry?.measure),
            (.responsible, entry?.responsible), (.expert, entry?.expert),
        ]
        for (column, text) in texts {
            if let text, !text.isEmpty {
                try out.write(text, row: row, column: column.rawValue, format: formats.answer, wraps: true)
            } else {
                try out.sheet.writeBlank(row: row, column: column.rawValue, format: formats.answer)
            }
        }
        if let deadline = entry?.deadline {
            try out.sheet.write(deadline, row: row, column: Column.deadline.rawValue, format: formats.answerDate)
        } else {
            try out.sheet.writeBlank(row: row, column: Column.deadline.rawValue, format: formats.answerDate)
        }
    }
}
