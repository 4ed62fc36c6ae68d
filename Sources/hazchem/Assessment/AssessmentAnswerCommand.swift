import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem assessment answer ID --rule 1.2.3 --value 7` or `--confirm-all`: the panel's grading answers.
struct AssessmentAnswerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "answer", abstract: "确认或修改评分答案（规则编号或直接判定红色条件编号）",
        discussion: "是/否项填“是”或“否”，按项计的规则填项数；直接判定红色条件（如 R1）填“是”或“否”。"
            + "--confirm-all 把全部预填答案确认为专家组答案。")

    @OptionGroup var store: StoreOptions
    @Argument(help: "评估编号") var id: Int64
    @Option(help: "规则编号，如 1.2.3 或 R1") var rule: String?
    @Option(help: "答案：是、否或项数") var value: String?
    @Flag(name: .customLong("confirm-all"), help: "确认全部预填答案") var confirmAll = false

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            let database = try store.open()
            if confirmAll {
                if rule != nil || value != nil {
                    throw StoreCLI.invalid("--confirm-all", "--confirm-all 不能与 --rule、--value 同时使用")
                }
                try database.confirmAnswers(assessmentID: id, actor: store.actor)
                print("已确认评估 #\(id) 的全部评分答案")
                return
            }
            guard let rule, let value else {
                throw StoreCLI.invalid("--rule", "须同时给出 --rule 和 --value，或使用 --confirm-all")
            }
            try database.answer(assessmentID: id, ruleID: rule, value: value, actor: store.actor)
            let detail = try AssessmentCLI.detail(id, in: database)
            let score = detail.scoreSheet.map { "当前得分 \($0.total)，\($0.grade.label)" } ?? "评分答案有误，暂不能计分"
            print("已确认评估 #\(id) 规则 \(rule)：\(value)；\(score)")
        }
    }
}
