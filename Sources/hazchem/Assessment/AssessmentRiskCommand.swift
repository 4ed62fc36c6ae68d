import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem assessment risk ID …`: the red/orange risk texts and the panel's not-rectifiable finding.
struct AssessmentRiskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "risk", abstract: "填写红色、橙色企业的风险说明，或专家组“不具备整改条件”的认定",
        discussion: "只修改给出的项；--not-rectifiable \"\" 撤销认定。")

    @OptionGroup var store: StoreOptions
    @Argument(help: "评估编号") var id: Int64
    @Option(name: .customLong("affected-area"), help: "失控后果影响范围") var affectedArea: String?
    @Option(name: .customLong("risk-value"), help: "风险值") var riskValue: String?
    @Option(name: .customLong("control-adequacy"), help: "现有管控措施充分性") var controlAdequacy: String?
    @Option(help: "降低风险的措施") var measures: String?
    @Option(name: .customLong("not-rectifiable"), help: "不具备整改条件的理由") var notRectifiable: String?

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            let database = try store.open()
            var risk = try AssessmentCLI.detail(id, in: database).assessment.risk
            let given: [(String?, RiskDescription.Field)] = [
                (affectedArea, .affectedArea), (riskValue, .riskValue), (controlAdequacy, .controlAdequacy),
                (measures, .reductionMeasures),
            ]
            for (text, field) in given where text != nil { risk[field] = text }
            let finding: String?? = notRectifiable.map { Optional($0) }
            let changed = try database.setRisk(
                assessmentID: id, risk: risk, notRectifiable: finding, actor: store.actor)
            print(changed ? "已更新评估 #\(id) 的风险说明" : "评估 #\(id) 的风险说明未变化")
        }
    }
}
