import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem assessment spot-check ID --person … --role … --result …`: one person examined on site.
struct AssessmentSpotCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spot-check", abstract: "录入应知应会抽查考核结果",
        discussion: "主要负责人、分管安全负责人、分管生产负责人、分管技术负责人须全部抽查，其他人员抽查。")

    @OptionGroup var store: StoreOptions
    @Argument(help: "评估编号") var id: Int64
    @Option(help: "被抽查人员姓名") var person: String
    @Option(help: "岗位：主要负责人、分管安全负责人、分管生产负责人、分管技术负责人、安全管理人员、设备管理人员、仪表电气管理人员、一线员工")
    var role: String
    @Option(help: "结果：合格或不合格") var result: String
    @Option(help: "备注") var note = ""

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            guard let post = SpotCheckRole(label: role) else { throw StoreCLI.invalid("--role", "未知的岗位“\(role)”") }
            guard let outcome = SpotCheckResult(label: result) else {
                throw StoreCLI.invalid("--result", "结果应为“合格”或“不合格”，实际为“\(result)”")
            }
            try store.open().addSpotCheck(
                SpotCheck(assessmentID: id, person: person, role: post, result: outcome, note: note), actor: store.actor
            )
            print("已录入评估 #\(id) 抽查：\(person)（\(post.label)）\(outcome.label)")
        }
    }
}
