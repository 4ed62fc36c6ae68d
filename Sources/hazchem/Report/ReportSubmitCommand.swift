import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem report submit --county CODE --month YYYY-MM`: records that a county submitted its monthly report.
struct ReportSubmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: "登记旗县市月报已报送（写入审计日志）",
        discussion: "每个旗县市每月只登记一次；报送日期晚于次月1日即为逾期报送。"
    )

    @OptionGroup var store: StoreOptions
    @Option(help: "旗县市（代码、名称或别名）") var county: String
    @Option(help: "所报月份（YYYY-MM）") var month: String
    @Option(help: "报送日期（YYYY-MM-DD，默认今天）") var date: String?

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            let period = try ReportMonthlyCommand.period(month)
            let day = try date.map { text throws(StoreError) in try ReportMonthlyCommand.day(text, option: "--date") }
            let database = try store.open()
            let submission = try database.submitMonthlyReport(
                county: county, period: period, on: day ?? LocalDate.today(), actor: store.actor)
            print(
                "已登记：\(submission.countyName) \(period.label)月报于 \(submission.submittedOn!) 报送"
                    + "（截止 \(submission.dueDate)，\(submission.status.label)）")
        }
    }
}
