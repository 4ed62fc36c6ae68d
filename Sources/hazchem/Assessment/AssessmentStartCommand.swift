import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem assessment start ID`: 计划 → 现场评估中.
struct AssessmentStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "start", abstract: "开始现场评估")

    @OptionGroup var store: StoreOptions
    @Argument(help: "评估编号") var id: Int64

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            print(AssessmentCLI.summary(try store.open().startAssessment(id: id, actor: store.actor)))
        }
    }
}
