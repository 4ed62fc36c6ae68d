import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem assessment sign ID --expert NAME …`: records signatures; signs once every expert has signed.
struct AssessmentSignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign", abstract: "专家签名；全部专家签名后评估即签署，并生成隐患清单",
        discussion: "组长和成员须全部签名，监管人员可以签名。签署后评估不可修改。")

    @OptionGroup var store: StoreOptions
    @Argument(help: "评估编号") var id: Int64
    @Option(help: "签名的专家姓名（可重复）") var expert: [String] = []
    @Option(help: "签名日期（YYYY-MM-DD，默认今天；补录纸质签名可填更早的日期，不早于现场评估结束）") var date: String?

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            if expert.isEmpty { throw StoreCLI.invalid("--expert", "至少给出一名签名专家") }
            let day = try AssessmentCLI.date(date, option: "--date")
            let outcome = try store.open().signAssessment(id: id, experts: expert, date: day, actor: store.actor)
            if outcome.signed {
                let major = outcome.hazards.filter { $0.level == .major }.count
                print(AssessmentCLI.summary(outcome.assessment) + "；隐患\(outcome.hazards.count)项（重大隐患\(major)项）")
            } else {
                print("已记录签名；尚缺：" + outcome.unmet.map(\.description).joined(separator: "；"))
            }
        }
    }
}
