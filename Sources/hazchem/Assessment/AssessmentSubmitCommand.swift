import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem assessment submit ID [--date D]`: 现场评估中 → 已提交, refused with every unmet requirement.
struct AssessmentSubmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit", abstract: "提交评估报告（检查项全部答复、评分答案已确认、抽查完整等）")

    @OptionGroup var store: StoreOptions
    @Argument(help: "评估编号") var id: Int64
    @Option(help: "提交日期（YYYY-MM-DD，默认今天；补录纸质报告可填更早的日期，逾期按系统记录时间判断）") var date: String?

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            let day = try AssessmentCLI.date(date, option: "--date")
            let assessment = try store.open().submitAssessment(id: id, date: day, actor: store.actor)
            print(AssessmentCLI.summary(assessment) + AssessmentCLI.backdated(assessment))
        }
    }
}
