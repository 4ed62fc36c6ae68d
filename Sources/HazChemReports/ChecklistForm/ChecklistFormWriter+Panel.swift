import HazChemCore
import HazChemXLSX

extension ChecklistFormWriter {
    /// 应知应会抽查: the stored spot checks, then blank rows; 岗位 and 结果 validated by dropdowns.
    func writeSpotChecks(_ sheet: Worksheet, formats: AssessmentReportFormats) throws {
        typealias Column = ChecklistFormLayout.SpotCheckColumn
        let out = AssessmentReportSheet(sheet, limits: [0: 12...16, 1: 16...18, 2: 8...10, 3: 40...50])
        let last = Column.allCases.count - 1
        try sheet.setRowHeight(28, row: 0)
        try out.merge("应知应会抽查考核　\(enterpriseName)", row: 0, columns: 0...last, format: formats.title)
        for column in Column.allCases {
            try out.write(
                column.header, row: ChecklistFormLayout.headerRow, column: column.rawValue,
                format: formats.table.header)
        }
        let first = ChecklistFormLayout.firstRow
        let lastRow = first + spotChecks.count + ChecklistFormLayout.spotCheckBlankRows - 1
        for row in first...lastRow {
            let check = row - first < spotChecks.count ? spotChecks[row - first] : nil
            let texts: [(Column, String?)] = [
                (.person, check?.person), (.post, check?.role.label), (.result, check?.result.label),
                (.note, check?.note),
            ]
            for (column, text) in texts {
                if let text, !text.isEmpty {
                    try out.write(text, row: row, column: column.rawValue, format: formats.answer, wraps: true)
                } else {
                    try sheet.writeBlank(row: row, column: column.rawValue, format: formats.answer)
                }
            }
        }
        func range(_ column: Column) -> CellRange {
            CellRange(firstRow: first, firstColumn: column.rawValue, lastRow: lastRow, lastColumn: column.rawValue)
        }
        try sheet.addListValidation(
            SpotCheckRole.allCases.map(\.label), to: range(.post),
            messages: ValidationMessages(
                inputTitle: "岗位", inputMessage: "从下拉列表选择岗位", errorTitle: "岗位", errorMessage: "只能选择列表中的岗位"))
        try sheet.addListValidation(
            SpotCheckResult.allCases.map(\.label), to: range(.result),
            messages: ValidationMessages(
                inputTitle: "结果", inputMessage: "选择 合格 或 不合格", errorTitle: "结果", errorMessage: "只能选择 合格 或 不合格"))
        try out.finish()
        try sheet.freezePanes(row: first)
        sheet.protect(allowing: [.formatColumns, .formatRows])
    }

    /// 风险分析: one row per red/orange risk text (label, text).
    func writeRisk(_ sheet: Worksheet, formats: AssessmentReportFormats) throws {
        let out = AssessmentReportSheet(sheet, limits: [0: 20...22, 1: 60...80])
        try sheet.setRowHeight(28, row: 0)
        try out.merge("风险分析（红色、橙色企业填写）　\(enterpriseName)", row: 0, columns: 0...1, format: formats.title)
        try out.write("项目", row: ChecklistFormLayout.headerRow, column: 0, format: formats.table.header)
        try out.write("说明", row: ChecklistFormLayout.headerRow, column: 1, format: formats.table.header)
        for (index, field) in RiskDescription.Field.allCases.enumerated() {
            let row = ChecklistFormLayout.firstRow + index
            try out.write(field.label, row: row, column: 0, format: formats.table.wrapped)
            if let text = risk[field], !text.isEmpty {
                try out.write(text, row: row, column: 1, format: formats.answer, wraps: true)
            } else {
                try sheet.writeBlank(row: row, column: 1, format: formats.answer)
            }
        }
        try out.finish()
        sheet.protect(allowing: [.formatColumns, .formatRows])
    }

    /// 专家组综合意见: the text in A3.
    func writeConclusion(_ sheet: Worksheet, formats: AssessmentReportFormats) throws {
        let out = AssessmentReportSheet(sheet, limits: [0: 100...100])
        try sheet.setRowHeight(28, row: 0)
        try out.write("专家组综合意见　\(enterpriseName)", row: 0, column: 0, format: formats.title)
        try out.write("在下方单元格填写专家组综合意见：", row: 1, column: 0, format: formats.note)
        if let conclusion, !conclusion.isEmpty {
            try out.write(conclusion, row: ChecklistFormLayout.firstRow, column: 0, format: formats.answer, wraps: true)
        } else {
            try sheet.writeBlank(row: ChecklistFormLayout.firstRow, column: 0, format: formats.answer)
        }
        try sheet.setRowHeight(200, row: ChecklistFormLayout.firstRow)
        try out.finish()
        sheet.protect(allowing: [.formatColumns, .formatRows])
    }
}
