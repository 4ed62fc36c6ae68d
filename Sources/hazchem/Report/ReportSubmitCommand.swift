import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem report submit --county CODE --month YYYY-MM`: the county submits its monthly report; its figures
/// are stored and locked, exactly as when it submits on the web.
struct ReportSubmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: "旗县市报送月报：当时的统计数据随之锁定（写入审计日志）",
        discussion: "报送后数据锁定，等待盟市应急管理局审核；被退回后可重新报送。--date 可填写更早的纸质报送日期（补录），"
            + "不得晚于今天；逾期与否按系统记录首次报送的时间判断（晚于次月1日即为逾期），补录的报送日期旁注明系统记录时间。"
    )

    @OptionGroup var store: StoreOptions
    @Option(help: "旗县市（代码、名称或别名）") var county: String
    @Option(help: "所报月份（YYYY-MM）") var month: String
    @Option(help: "报送日期（YYYY-MM-DD，默认今天；补录可填更早的日期）") var date: String?

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            let period = try ReportMonthlyCommand.period(month)
            let day = try date.map { text throws(StoreError) in try ReportMonthlyCommand.day(text, option: "--date") }
            let database = try store.open()
            let review = try database.submitMonthlyFigures(
                countyCode: county, period: period, on: day, actor: store.actor)
            let submission = review.submission
            let on = review.resubmittedOn?.description ?? submission.submittedLabel!
            print(
                "已报送：\(review.countyName) \(period.label)月报于 \(on) \(review.resubmittedOn == nil ? "" : "重新")报送，数据已锁定"
                    + "（截止 \(submission.dueDate)，\(submission.status.label)）")
        }
    }
}
