import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem assessment show ID`: everything about one assessment version, in Chinese.
struct AssessmentShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "查看评估：检查进度、不符合项、评分表、尚缺事项、隐患、签名、处置")

    @OptionGroup var store: StoreOptions
    @Argument(help: "评估编号") var id: Int64
    @Option(name: .customLong("as-of"), help: "判断逾期的日期（默认：今天）") var asOf: String?

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            let database = try store.open()
            let detail = try AssessmentCLI.detail(
                id, in: database, asOf: try AssessmentCLI.date(asOf, option: "--as-of"))
            let county = try database.regionDirectory().county(code: detail.enterprise.countyCode)?.name
            print(AssessmentShowText.render(detail, countyName: county ?? detail.enterprise.countyCode))
        }
    }
}
