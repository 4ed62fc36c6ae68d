import Foundation
import HazChemCore
import HazChemXLSX

/// Writes the monthly report workbook (危险化学品企业安全评估情况表): 汇总 (one row per county, 合计 by SUM
/// formulas), one sheet per county, 企业明细, 报送情况 and 图表 (grade distribution and dispositions).
///
/// Counts are numbers, dates are dates, coverage and rates are fractions with a `0.0%` format; every sheet
/// has frozen headers and prints landscape, fitted to the page width, with its header rows repeated.
package struct MonthlyWorkbookWriter: Sendable {
    /// The summary sheet's name.
    package static let summarySheet = "汇总"
    /// The per-enterprise sheet's name.
    package static let enterpriseSheet = "企业明细"
    /// The submissions sheet's name.
    package static let submissionSheet = "报送情况"
    /// The charts sheet's name.
    package static let chartSheet = "图表"

    /// Creates a writer.
    package init() {}

    /// Writes `report` to a new workbook at `url`; returns the sheet names in order.
    @discardableResult
    package func write(_ report: MonthlyReport, to url: URL) throws -> [String] {
        let workbook = try Workbook(url: url)
        try workbook.setProperties(title: report.title, author: "HazChem")
        let formats = try MonthlyFormats(workbook)
        let summary = try workbook.addWorksheet(named: Self.summarySheet)
        try writeSummary(report, into: summary, formats: formats)
        for county in report.counties {
            try writeCounty(
                county, report: report, into: try workbook.addWorksheet(named: county.name), formats: formats)
        }
        try writeEnterprises(
            report.enterprises, into: try workbook.addWorksheet(named: Self.enterpriseSheet), formats: formats)
        try writeSubmissions(report, into: try workbook.addWorksheet(named: Self.submissionSheet), formats: formats)
        try writeCharts(
            report, summary: summary, into: try workbook.addWorksheet(named: Self.chartSheet), formats: formats)
        summary.activate()
        let names = workbook.sheetNames
        try workbook.close()
        return names
    }

    /// The page setup every sheet uses: landscape A4 (A3 for the wide summary), fitted to the width.
    static func pageSetup(headerRows: ClosedRange<Int>, paper: PageSetup.Paper = .a4) -> PageSetup {
        PageSetup(
            landscape: true, paper: paper, fitToWidth: true, repeatRows: headerRows, footer: "&C第 &P 页，共 &N 页",
            centerHorizontally: true)
    }
}
