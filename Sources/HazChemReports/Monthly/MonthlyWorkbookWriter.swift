import Foundation
import HazChemCore
import HazChemXLSX

/// Writes the monthly report workbook (危险化学品企业安全评估情况表): five 汇总 sheets, one per printed part
/// (one row per county, 合计 by SUM formulas, at most 16 columns, a signature block), one sheet per county, 企业明细, 报送情况 and 图表 (grade distribution and dispositions).
///
/// Counts are numbers, dates are dates, coverage and rates are fractions with a `0.0%` format; every sheet
/// has frozen headers and prints on A4, fitted to the page width, with its header rows repeated.
package struct MonthlyWorkbookWriter: Sendable {
    /// The summary sheets' names, one per printed part (进度汇总 … 人员汇总).
    package static var summarySheets: [String] { MonthlySummaryLayout.parts.map(\.sheetName) }
    /// The per-enterprise sheet's name.
    package static let enterpriseSheet = "企业明细"
    /// The submissions sheet's name.
    package static let submissionSheet = "报送情况"
    /// The charts sheet's name.
    package static let chartSheet = "图表"

    /// 填报日期 of the signature blocks.
    package let generatedOn: LocalDate

    /// Creates a writer whose signature blocks are dated `generatedOn`.
    package init(generatedOn: LocalDate = .today()) { self.generatedOn = generatedOn }

    /// Writes `report` to a new workbook at `url`; returns the sheet names in order.
    @discardableResult
    package func write(_ report: MonthlyReport, to url: URL) throws -> [String] {
        let workbook = try Workbook(url: url, options: PrintedWorkbook.options())
        try workbook.setProperties(title: report.title, author: "HazChem")
        let formats = try MonthlyFormats(workbook)
        var summaries: [Worksheet] = []
        for part in MonthlySummaryLayout.parts {
            let sheet = try workbook.addWorksheet(named: part.sheetName)
            try writeSummary(part, report: report, into: sheet, formats: formats)
            summaries.append(sheet)
        }
        for county in report.counties {
            try writeCounty(
                county, report: report, into: try workbook.addWorksheet(named: county.name), formats: formats)
        }
        try writeEnterprises(
            report.enterprises, report: report, into: try workbook.addWorksheet(named: Self.enterpriseSheet),
            formats: formats)
        try writeSubmissions(report, into: try workbook.addWorksheet(named: Self.submissionSheet), formats: formats)
        let grades = summaries[MonthlySummaryLayout.parts.firstIndex { $0.metrics.contains(.red) }!]
        try writeCharts(
            report, grades: grades, into: try workbook.addWorksheet(named: Self.chartSheet), formats: formats)
        summaries[0].activate()
        let names = workbook.sheetNames
        try workbook.close()
        return names
    }

    /// The page setup every sheet uses: A4 (landscape unless said otherwise), fitted to the width.
    static func pageSetup(headerRows: ClosedRange<Int>, landscape: Bool = true) -> PageSetup {
        PrintedWorkbook.pageSetup(landscape: landscape, repeatRows: headerRows, centerHorizontally: true)
    }
}
