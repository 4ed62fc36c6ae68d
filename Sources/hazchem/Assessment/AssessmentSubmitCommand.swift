import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem assessment submit ID [--date D]`: 现场评估中 → 已提交, refused with every unmet requirement.
struct AssessmentSubmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit", abstract: "提交评估报告（检查项全部答复、评分答案已确认、抽查完整等）")

    @OptionGroup var store: StoreOptions
    @Argument(help: "评估编号") var id: Int64
    @Option(help: "提交日期（YYYY-MM-DD，默认今天）") var date: String?

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            let day = try AssessmentCLI.date(date, option: "--date")
            print(AssessmentCLI.summary(try store.open().submitAssessment(id: id, date: day, actor: store.actor)))
        }
    }
}
