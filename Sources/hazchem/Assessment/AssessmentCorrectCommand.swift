import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem assessment correct ID`: a new, editable version of a signed assessment.
struct AssessmentCorrectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct", abstract: "更正已签署的评估：创建新版本（复制检查意见和评分答案，可修改后重新提交、签署）")

    @OptionGroup var store: StoreOptions
    @Argument(help: "评估编号（须为最新版本）") var id: Int64

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            let copy = try store.open().correctAssessment(id: id, actor: store.actor)
            print("已创建更正版本：\(AssessmentCLI.summary(copy))（原评估 #\(id) 保持不变）")
        }
    }
}
