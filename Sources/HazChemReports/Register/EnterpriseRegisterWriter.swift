import Foundation
import HazChemCore
import HazChemXLSX

/// Writes the enterprise register (企业台账): one sheet, one row per enterprise, frozen header,
/// autofilter, grade cells filled with the grade colour; it prints on A4 landscape fitted to the width, the
/// header row repeated on every page and each row as tall as its wrapped name, address or disposition.
///
/// `write(_:to:)` uses a constant-memory workbook and consumes the rows one at a time, so 100,000
/// enterprises are written in flat memory as long as the sequence itself is lazy.
package struct EnterpriseRegisterWriter: Sendable {
    /// The sheet name.
    package var sheetName: String
    /// Where libxlsxwriter keeps its temporary row file; nil uses the system default.
    package var temporaryDirectory: URL?

    /// Creates a writer.
    package init(sheetName: String = "企业台账", temporaryDirectory: URL? = nil) {
        self.sheetName = sheetName
        self.temporaryDirectory = temporaryDirectory
    }

    /// The header row and column widths, in column order: narrow enough for A4 landscape, long texts wrap.
    package static let columns: [(header: String, width: Double)] = [
        ("序号", 6), ("统一社会信用代码", 19), ("企业名称", 20), ("旗县市", 10), ("企业类型", 10), ("地址", 20),
        ("主要负责人", 8), ("联系电话", 12), ("许可证编号", 14), ("许可证有效期至", 11), ("是否在化工园区", 6),
        ("重大危险源等级", 7), ("危险化工工艺数", 6), ("标准化等级", 7), ("经营状态", 7), ("最近评估日期", 11),
        ("评估得分", 6), ("风险等级", 6), ("处置类别", 12), ("未整改重大隐患数", 7), ("下次评估到期日", 11),
        ("逾期未评估", 11), ("涉及自身反应性化学品装置", 7),
    ]

    /// The height of the header row, whose narrow columns wrap their titles on up to three lines.
    static let headerHeight = 48.0

    /// Writes the rows to a new workbook at `url`; returns how many rows were written.
    @discardableResult
    package func write(_ rows: some Sequence<RegisterRow>, to url: URL) throws -> Int {
        let workbook = try Workbook(
            url: url, options: PrintedWorkbook.options(constantMemory: true, temporaryDirectory: temporaryDirectory))
        try workbook.setProperties(title: sheetName, author: "HazChem")
        let sheet = try workbook.addWorksheet(named: sheetName)
        let count = try write(rows, into: sheet)
        try workbook.close()
        return count
    }

    /// Writes the header and rows into an empty worksheet (rows in order, so constant-memory sheets work).
    @discardableResult
    package func write(_ rows: some Sequence<RegisterRow>, into sheet: Worksheet) throws -> Int {
        let formats = try LedgerFormats(sheet.workbook)
        let columns = Self.columns
        for (index, column) in columns.enumerated() {
            try sheet.setColumnWidth(column.width, columns: index...index)
        }
        try sheet.setRowHeight(Self.headerHeight, row: 0)
        for (index, column) in columns.enumerated() {
            try sheet.write(column.header, row: 0, column: index, format: formats.header)
        }
        var row = 0
        for item in rows {
            row += 1
            try writeRow(item, number: row, at: row, in: sheet, formats: formats)
        }
        try sheet.freezePanes(row: 1, column: 0)
        try sheet.autofilter(
            CellRange(firstRow: 0, firstColumn: 0, lastRow: max(row, 1), lastColumn: columns.count - 1))
        try sheet.setPageSetup(
            PrintedWorkbook.pageSetup(landscape: true, repeatRows: 0...0))
        return row
    }

    /// Writes one enterprise's 23 cells.
    private func writeRow(
        _ item: RegisterRow, number: Int, at row: Int, in sheet: Worksheet, formats: LedgerFormats
    ) throws {
        let text = formats.text
        let wrapped = formats.wrapped
        let columns = Self.columns
        let kind = item.kind.label
        let disposition = item.disposition?.label ?? ""
        // Wrapped texts need their lines' height, set before the row's cells (constant-memory mode); counted
        // without temporary collections, as this runs for every one of 100,000 rows.
        func lines(_ text: String, _ column: Int) -> Int {
            AssessmentReportSheet.lineCount(text, width: columns[column].width)
        }
        let count = max(
            max(lines(item.name, 2), lines(item.county, 3), lines(kind, 4), lines(item.address, 5)),
            max(lines(item.principal, 6), lines(item.licenceNumber, 8), lines(disposition, 18)))
        if let height = AssessmentReportSheet.rowHeight(lines: count) { try sheet.setRowHeight(height, row: row) }
        try sheet.write(number, row: row, column: 0, format: formats.integer)
        try sheet.write(item.creditCode, row: row, column: 1, format: text)
        try sheet.write(item.name, row: row, column: 2, format: wrapped)
        try sheet.write(item.county, row: row, column: 3, format: wrapped)
        try sheet.write(kind, row: row, column: 4, format: wrapped)
        try sheet.write(item.address, row: row, column: 5, format: wrapped)
        try sheet.write(item.principal, row: row, column: 6, format: wrapped)
        try sheet.write(item.phone, row: row, column: 7, format: text)
        try sheet.write(item.licenceNumber, row: row, column: 8, format: wrapped)
        try sheet.write(item.licenceExpiry, row: row, column: 9, formats: formats)
        try sheet.write(item.inChemicalPark ? "是" : "否", row: row, column: 10, format: formats.centered)
        try sheet.write(item.majorHazardLabel, row: row, column: 11, format: formats.centered)
        try sheet.write(item.hazardousProcessCount, row: row, column: 12, format: formats.integer)
        try sheet.write(item.standardisationLabel, row: row, column: 13, format: formats.centered)
        try sheet.write(item.operatingStatus, row: row, column: 14, format: formats.centered)
        try sheet.write(item.lastAssessment, row: row, column: 15, formats: formats)
        if let score = item.score {
            try sheet.write(score, row: row, column: 16, format: formats.score)
        } else {
            try sheet.writeBlank(row: row, column: 16, format: formats.score)
        }
        if let grade = item.grade {
            try sheet.write(grade.label, row: row, column: 17, format: formats.grade(grade))
        } else {
            try sheet.write("未评估", row: row, column: 17, format: formats.centered)
        }
        try sheet.write(disposition, row: row, column: 18, format: wrapped)
        try sheet.write(item.openMajorHazards, row: row, column: 19, format: formats.integer)
        if let due = item.nextAssessment.date {
            try sheet.write(due, row: row, column: 20, formats: formats)
        } else {
            try sheet.write(item.nextAssessment.label, row: row, column: 20, format: text)
        }
        if item.nextAssessment.isOverdue {
            try sheet.write("逾期未评估", row: row, column: 21, format: formats.grade(.red))
        } else {
            try sheet.writeBlank(row: row, column: 21, format: formats.centered)
        }
        try sheet.write(item.selfReactiveUnits ? "是" : "否", row: row, column: 22, format: formats.centered)
    }
}
