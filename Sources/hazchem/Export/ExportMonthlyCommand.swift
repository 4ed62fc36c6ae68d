import ArgumentParser
import Foundation
import HazChemCore
import HazChemReports
import HazChemStore
import HazChemXLSX

/// `hazchem export monthly --month YYYY-MM --out FILE.xlsx`: the monthly report workbook.
struct ExportMonthly: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monthly",
        abstract: "导出月度评估情况表（xlsx：五张汇总表、各旗县市、企业明细、报送情况、图表）"
    )

    @OptionGroup var database: DatabaseOptions
    @Option(help: "统计月份（YYYY-MM）") var month: String
    @Option(help: "只统计此旗县市（代码、名称或别名）") var county: String?
    @Option(help: "判断旗县市报送是否逾期的日期（YYYY-MM-DD，默认今天）") var asOf: String?
    @Option(name: .customLong("out"), help: "输出的 xlsx 文件") var output: String

    func validate() throws {
        guard output.hasSuffix(".xlsx") else { throw ValidationError("输出文件须以 .xlsx 结尾：\(output)") }
    }

    func run() throws {
        var report: MonthlyReport?
        try StoreCLI.run { () throws(StoreError) in
            let period = try ReportMonthlyCommand.period(month)
            let day = try asOf.map { text throws(StoreError) in try ReportMonthlyCommand.day(text, option: "--as-of") }
            let store = try database.open(actor: StoreOptions.actor(nil))
            report = try store.monthlyReport(for: period, county: county, asOf: day)
        }
        guard let report else { return }
        do {
            let sheets = try MonthlyWorkbookWriter().write(report, to: URL(fileURLWithPath: output))
            print("已导出\(report.title)：\(sheets.count) 个工作表，\(report.enterprises.count) 家企业 → \(output)")
        } catch let error as XLSXError {
            StoreCLI.printError("导出失败：\(error)")
            throw ExitCode(1)
        }
    }
}
