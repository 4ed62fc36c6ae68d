import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem hazard verify ID --by NAME --date D`: the re-check of a rectified hazard.
struct HazardVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "verify", abstract: "复查验收已整改的隐患（销号）")

    @OptionGroup var store: StoreOptions
    @Argument(help: "隐患编号") var id: Int64
    @Option(help: "验收人") var by: String
    @Option(help: "验收日期（YYYY-MM-DD）") var date: String

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            let day = try AssessmentCLI.required(date, option: "--date")
            let hazard = try store.open().verifyHazard(id: id, by: by, date: day, actor: store.actor)
            print("隐患 #\(id) 已验收：\(hazard.verifiedBy ?? by)，\(day)")
        }
    }
}
