import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem disposition set ID --class … [--action …] --reason … --date … --bureau …`.
struct DispositionSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "作出处置决定（评估转为已处置）",
        discussion: "蓝色只能巩固强化；黄色只能整改提升；红色、橙色整改提升，经专家组认定不具备整改条件的"
            + "（assessment risk --not-rectifiable）可停产整改或关闭淘汰，须用 --action 指定停产整改或关闭淘汰。")

    @OptionGroup var store: StoreOptions
    @Argument(help: "评估编号（已签署）") var id: Int64
    @Option(name: .customLong("class"), help: "处置类别：巩固强化、整改提升、停产整改或关闭淘汰") var dispositionClass: String
    @Option(help: "处置措施（仅停产整改或关闭淘汰类）：停产整改、关闭淘汰") var action: String?
    @Option(help: "处置理由") var reason: String
    @Option(help: "决定日期（YYYY-MM-DD；不晚于今天，不早于现场评估结束；早于今天的记为补录）") var date: String
    @Option(help: "作出决定的应急管理局") var bureau: String

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            guard let chosen = DispositionClass(label: dispositionClass) else {
                throw StoreCLI.invalid("--class", "未知的处置类别“\(dispositionClass)”（应为：巩固强化、整改提升、停产整改或关闭淘汰）")
            }
            var closure: ClosureAction?
            if let action {
                guard let value = ClosureAction(label: action) else {
                    throw StoreCLI.invalid("--action", "未知的处置措施“\(action)”（应为：停产整改、关闭淘汰）")
                }
                closure = value
            }
            let decision = try store.open().decideDisposition(
                Disposition(
                    assessmentID: id, dispositionClass: chosen, action: closure, reason: reason,
                    decisionDate: try AssessmentCLI.required(date, option: "--date"), bureau: bureau),
                actor: store.actor)
            print("评估 #\(id) 处置决定：\(decision.label)（\(decision.bureau)，\(decision.decisionDateLabel)）")
        }
    }
}
