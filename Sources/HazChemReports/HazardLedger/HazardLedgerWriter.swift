import Foundation
import HazChemCore
import HazChemXLSX

/// Writes the hazard rectification ledger (隐患整改台账): one row per hazard, 重大隐患 highlighted, overdue
/// rows filled, frozen header, autofilter, and a dropdown of status labels on the status column.
package struct HazardLedgerWriter: Sendable {
    /// What was written.
    package struct Summary: Equatable, Sendable {
        /// Hazard rows.
        package var rows: Int
        /// Rows that are overdue on the reference day.
        package var overdue: Int

        /// Creates a summary.
        package init(rows: Int, overdue: Int) {
            self.rows = rows
            self.overdue = overdue
        }
    }

    /// The day overdue is judged on (usually today).
    package var asOf: LocalDate
    /// The sheet name.
    package var sheetName: String
    /// Where libxlsxwriter keeps its temporary row file; nil uses the system default.
    package var temporaryDirectory: URL?
    /// The web app's address (`https://hazchem.example.gov.cn`): the photo cell of a hazard with photos links to
    /// its page there (`/hazards/ID`: every photo, full size on click, after signing in). Without it the cell
    /// names the page.
    package var webAddress: String?

    /// Creates a writer judging overdue on `asOf`.
    package init(
        asOf: LocalDate, sheetName: String = "隐患整改台账", temporaryDirectory: URL? = nil, webAddress: String? = nil
    ) {
        self.asOf = asOf
        self.sheetName = sheetName
        self.temporaryDirectory = temporaryDirectory
        self.webAddress = webAddress.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
    }

    /// The header row and column widths, in column order.
    package static let columns: [(header: String, width: Double)] = [
        ("序号", 6), ("企业名称", 28), ("旗县市", 12), ("检查项", 30), ("隐患描述", 36), ("隐患级别", 10), ("依据", 30),
        ("整改措施", 30), ("整改期限", 12), ("责任人", 10), ("整改状态", 10), ("整改完成日期", 12), ("验收日期", 12),
        ("是否逾期", 8), ("照片", 24),
    ]

    /// The fill of overdue rows, a light red.
    package static let overdueFill = RGBColor(0xFF_C7CE)
    /// The fill of the level cell of a 重大隐患.
    package static let majorFill = RGBColor(0xC0_0000)

    /// How many printed lines `text` needs in a wrapped column `width` characters wide.
    package static func lineCount(_ text: String, width: Double) -> Int {
        AssessmentReportSheet.lineCount(text, width: width)
    }

    /// The printed width of text in character units: CJK and full-width characters count two.
    package static func displayWidth(_ text: some StringProtocol) -> Double {
        AssessmentReportSheet.displayWidth(text)
    }

    /// Writes the rows to a new workbook at `url`.
    @discardableResult
    package func write(_ rows: some Sequence<HazardLedgerRow>, to url: URL) throws -> Summary {
        let workbook = try Workbook(
            url: url, options: PrintedWorkbook.options(constantMemory: true, temporaryDirectory: temporaryDirectory))
        try workbook.setProperties(title: sheetName, author: "HazChem")
        let sheet = try workbook.addWorksheet(named: sheetName)
        let summary = try write(rows, into: sheet)
        try workbook.close()
        return summary
    }

    /// Writes the header and rows into an empty worksheet, in row order.
    @discardableResult
    package func write(_ rows: some Sequence<HazardLedgerRow>, into sheet: Worksheet) throws -> Summary {
        let workbook = sheet.workbook
        let plain = try LedgerFormats(workbook)
        let overdue = try LedgerFormats(workbook, fill: Self.overdueFill)
        let major = try workbook.format(
            Format(
                bold: true, fontColor: .white, fill: Self.majorFill, border: .thin, horizontal: .center,
                vertical: .center))
        let columns = Self.columns
        for (index, column) in columns.enumerated() {
            try sheet.setColumnWidth(column.width, columns: index...index)
        }
        for (index, column) in columns.enumerated() {
            try sheet.write(column.header, row: 0, column: index, format: plain.header)
        }
        var summary = Summary(rows: 0, overdue: 0)
        for item in rows {
            summary.rows += 1
            let row = summary.rows
            let isOverdue = item.isOverdue(on: asOf)
            if isOverdue { summary.overdue += 1 }
            let f = isOverdue ? overdue : plain
            // Wrapped texts need their lines' height, set before the row's cells (constant-memory mode).
            let height = AssessmentReportSheet.wrappedRowHeight([
                item.item: columns[3].width, item.description: columns[4].width, item.basis: columns[6].width,
                item.measure: columns[7].width,
            ])
            if let height { try sheet.setRowHeight(height, row: row) }
            try sheet.write(row, row: row, column: 0, format: f.integer)
            try sheet.write(item.enterpriseName, row: row, column: 1, format: f.text)
            try sheet.write(item.county, row: row, column: 2, format: f.text)
            try sheet.write(item.item, row: row, column: 3, format: f.wrapped)
            try sheet.write(item.description, row: row, column: 4, format: f.wrapped)
            try sheet.write(item.level.label, row: row, column: 5, format: item.level == .major ? major : f.centered)
            try sheet.write(item.basis, row: row, column: 6, format: f.wrapped)
            try sheet.write(item.measure, row: row, column: 7, format: f.wrapped)
            try sheet.write(item.deadline, row: row, column: 8, formats: f)
            try sheet.write(item.responsible, row: row, column: 9, format: f.text)
            try sheet.write(item.status.label, row: row, column: 10, format: f.centered)
            try sheet.write(item.rectifiedOn, row: row, column: 11, formats: f)
            try sheet.write(item.verifiedOn, row: row, column: 12, formats: f)
            try sheet.write(isOverdue ? "是" : "否", row: row, column: 13, format: f.centered)
            try writePhotos(item, row: row, into: sheet, format: f.text)
        }
        let lastRow = max(summary.rows, 1)
        try sheet.freezePanes(row: 1, column: 0)
        try sheet.autofilter(CellRange(firstRow: 0, firstColumn: 0, lastRow: lastRow, lastColumn: columns.count - 1))
        try sheet.addListValidation(
            HazardStatus.allCases.map(\.label),
            to: CellRange(firstRow: 1, firstColumn: 10, lastRow: lastRow, lastColumn: 10),
            messages: ValidationMessages(errorTitle: "整改状态", errorMessage: "请从下拉列表中选择整改状态"))
        try sheet.setPageSetup(
            PrintedWorkbook.pageSetup(landscape: true, repeatRows: 0...0))
        return summary
    }

    /// The photo cell: the count by stage, linked to the hazard's web page when the address is known.
    private func writePhotos(_ item: HazardLedgerRow, row: Int, into sheet: Worksheet, format: CellFormat) throws {
        guard let id = item.hazardID, !item.photos.isEmpty else {
            try sheet.write(item.photoText, row: row, column: 14, format: format)
            return
        }
        let page = "/hazards/\(id)"
        guard let webAddress else {
            try sheet.write("\(item.photoText) 网页 \(page)", row: row, column: 14, format: format)
            return
        }
        try sheet.writeURL(
            webAddress + page, row: row, column: 14, text: item.photoText, tooltip: "在 HazChem 网页上查看此隐患的照片（需登录）")
    }
}
