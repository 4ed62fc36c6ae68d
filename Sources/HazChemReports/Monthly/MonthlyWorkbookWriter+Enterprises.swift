import Foundation
import HazChemCore
import HazChemXLSX

extension MonthlyWorkbookWriter {
    /// The 企业明细 columns and widths: 17 narrow columns whose long texts wrap, so one enterprise a row prints
    /// on A4 landscape at about four fifths of its size.
    package static let enterpriseColumns: [(header: String, width: Double)] = [
        ("序号", 5), ("旗县市", 9), ("企业名称", 18), ("统一社会信用代码", 19.5), ("企业类型", 8), ("现场评估开始", 11),
        ("现场评估结束", 11), ("计入月份", 6), ("专家组组长", 8), ("评估得分", 6), ("风险等级", 6), ("直接判红原因", 20),
        ("发现隐患", 6), ("其中重大隐患", 6), ("已整改隐患", 6), ("处置类别", 14), ("评估版本", 6),
    ]

    /// Writes 企业明细: one row per enterprise with a counted assessment, grade cells in the grade's colour.
    func writeEnterprises(
        _ lines: [MonthlyEnterpriseLine], report: MonthlyReport, into sheet: Worksheet, formats: MonthlyFormats
    ) throws {
        let f = formats.ledger
        let columns = Self.enterpriseColumns
        for (index, column) in columns.enumerated() {
            try sheet.setColumnWidth(column.width, columns: index...index)
        }
        try sheet.setRowHeight(48, row: 0)
        for (index, column) in columns.enumerated() {
            try sheet.write(column.header, row: 0, column: index, format: f.header)
        }
        for (index, line) in lines.enumerated() {
            let row = index + 1
            let height = AssessmentReportSheet.wrappedRowHeight([
                line.countyName: columns[1].width, line.name: columns[2].width, line.kind.label: columns[4].width,
                line.panelLeader ?? "": columns[8].width, line.directRedReason: columns[11].width,
                line.dispositionLabel: columns[15].width,
            ])
            if let height { try sheet.setRowHeight(height, row: row) }
            try sheet.write(row, row: row, column: 0, format: f.integer)
            try sheet.write(line.countyName, row: row, column: 1, format: f.wrapped)
            try sheet.write(line.name, row: row, column: 2, format: f.wrapped)
            try sheet.write(line.creditCode, row: row, column: 3, format: f.text)
            try sheet.write(line.kind.label, row: row, column: 4, format: f.wrapped)
            try sheet.write(line.onSiteStart, row: row, column: 5, formats: f)
            try sheet.write(line.onSiteEnd, row: row, column: 6, formats: f)
            try sheet.write(line.inMonth ? "本月" : "以前月份", row: row, column: 7, format: f.centered)
            try sheet.write(line.panelLeader ?? "", row: row, column: 8, format: f.wrapped)
            try sheet.write(line.score, row: row, column: 9, format: f.score)
            try sheet.write(line.grade.label, row: row, column: 10, format: f.grade(line.grade))
            try sheet.write(line.directRedReason, row: row, column: 11, format: f.wrapped)
            try sheet.write(line.hazardsFound, row: row, column: 12, format: f.integer)
            try sheet.write(line.majorHazards, row: row, column: 13, format: f.integer)
            try sheet.write(line.hazardsRectified, row: row, column: 14, format: f.integer)
            try sheet.write(line.dispositionLabel, row: row, column: 15, format: f.wrapped)
            try sheet.write(line.version, row: row, column: 16, format: f.integer)
        }
        try writeSignatureBlock(
            report, at: lines.count + 2, lastColumn: columns.count - 1, into: sheet, formats: formats)
        try sheet.freezePanes(row: 1, column: 3)
        try sheet.autofilter(
            CellRange(firstRow: 0, firstColumn: 0, lastRow: max(lines.count, 1), lastColumn: columns.count - 1))
        try sheet.setPageSetup(Self.pageSetup(headerRows: 0...0))
    }
}
