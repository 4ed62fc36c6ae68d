import ArgumentParser
import Foundation
import HazChemCore
import HazChemStore

/// `hazchem report monthly --month YYYY-MM`: the monthly county report and prefecture summary.
struct ReportMonthlyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monthly",
        abstract: "月度危险化学品企业安全评估情况表（各旗县市一行，另有合计）",
        discussion: "评估按现场评估结束日期计入月份；同一企业只计最新的已签署版本（更正替代原版本，不重复计数）；"
            + "只有已签署或已处置的评估计为已评估。旗县市月报应于次月1日前报送，逾期的列出。"
            + "统计口径见 docs/monthly-report.md。"
    )

    /// How the report is printed.
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var database: DatabaseOptions
    @Option(help: "统计月份（YYYY-MM）") var month: String
    @Option(help: "只统计此旗县市（代码、名称或别名）") var county: String?
    @Option(help: "输出格式：text（表格）或 json") var format: OutputFormat = .text
    @Option(help: "判断旗县市报送是否逾期的日期（YYYY-MM-DD，默认今天）") var asOf: String?

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            let period = try Self.period(month)
            let day = try asOf.map { text throws(StoreError) in try Self.day(text, option: "--as-of") }
            let store = try database.open(actor: StoreOptions.actor(nil))
            let report = try store.monthlyReport(for: period, county: county, asOf: day)
            switch format {
            case .text: print(MonthlyReportText.render(report))
            case .json:
                do { print(try report.jsonText()) } catch { throw StoreError(.database, message: "无法生成JSON：\(error)") }
            }
        }
    }

    /// Parses `--month`.
    static func period(_ text: String) throws(StoreError) -> MonthlyPeriod {
        guard let period = MonthlyPeriod(parsing: text) else {
            throw StoreCLI.invalid("--month", "月份“\(text)”无效（应为YYYY-MM，如 2019-07）")
        }
        return period
    }

    /// Parses a date option.
    static func day(_ text: String, option: String) throws(StoreError) -> LocalDate {
        guard let day = LocalDate(parsing: text) else { throw StoreCLI.invalid(option, "日期“\(text)”无效（应为YYYY-MM-DD）") }
        return day
    }
}
