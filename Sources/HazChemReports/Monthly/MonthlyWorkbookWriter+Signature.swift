import Foundation
import HazChemCore
import HazChemXLSX

extension MonthlyWorkbookWriter {
    /// The bureau that fills in the report: `兴安盟应急管理局`, or the county's bureau for a county report.
    static func bureau(_ report: MonthlyReport) -> String {
        let region = report.countyCode == nil ? (report.prefectureName ?? "") : (report.counties.first?.name ?? "")
        return "\(region)应急管理局"
    }

    /// The title merged across columns `0...lastColumn` of row 0 and `detail` across row 1, both wrapped; the
    /// rows are tall enough for `titleLines` and `detailLines` lines.
    func writeTitle(
        _ title: String, detail: String, columns lastColumn: Int, _ sheet: Worksheet, _ formats: MonthlyFormats,
        titleLines: Int = 1, detailLines: Int = 2
    ) throws {
        try sheet.setRowHeight(Double(8 + 22 * titleLines), row: 0)
        try sheet.setRowHeight(Double(4 + 15 * detailLines), row: 1)
        try sheet.merge(
            CellRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: lastColumn), text: title,
            format: formats.title)
        try sheet.merge(
            CellRange(firstRow: 1, firstColumn: 0, lastRow: 1, lastColumn: lastColumn), text: detail,
            format: formats.subtitle)
    }

    /// 填报单位 and 填报日期 on `row`, 填报人 and 审核人 with lines to sign on the next row, each pair split over
    /// the left and right halves of columns `0...lastColumn`.
    func writeSignatureBlock(
        _ report: MonthlyReport, at row: Int, lastColumn: Int, into sheet: Worksheet, formats: MonthlyFormats
    ) throws {
        let middle = (lastColumn + 1) / 2
        let lines = [
            ("填报单位：" + Self.bureau(report), "填报日期：\(generatedOn)"),
            ("填报人：______________", "审核人：______________"),
        ]
        for (offset, line) in lines.enumerated() {
            try sheet.setRowHeight(26, row: row + offset)
            for (text, columns) in [(line.0, 0...(middle - 1)), (line.1, middle...lastColumn)] {
                let range = CellRange(
                    firstRow: row + offset, firstColumn: columns.lowerBound, lastRow: row + offset,
                    lastColumn: columns.upperBound)
                if columns.count == 1 {
                    try sheet.write(text, row: row + offset, column: columns.lowerBound, format: formats.signature)
                } else {
                    try sheet.merge(range, text: text, format: formats.signature)
                }
            }
        }
    }
}
