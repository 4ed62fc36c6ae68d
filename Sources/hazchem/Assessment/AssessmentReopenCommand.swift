import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem assessment reopen ID`: 已提交 → 现场评估中, dropping the signatures collected.
struct AssessmentReopenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reopen", abstract: "退回已提交的评估报告以便修改（已有签名作废）")

    @OptionGroup var store: StoreOptions
    @Argument(help: "评估编号") var id: Int64

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            print(AssessmentCLI.summary(try store.open().reopenAssessment(id: id, actor: store.actor)))
        }
    }
}
