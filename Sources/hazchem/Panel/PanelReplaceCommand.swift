import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem panel replace PANEL --expert ID --by ID --reason R --date D`: replaces a member (替换).
struct PanelReplaceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replace", abstract: "替换专家组成员（记录原因和日期，写入审计日志）",
        discussion: "新成员接替原成员的角色，负责其本人的专业；替换后重新检查专家组规则，并对之后尚未签署的现场评估检查回避和日期冲突。"
            + "已签署的评估保留签署时的专家组。")

    @OptionGroup var store: StoreOptions
    @Argument(help: "专家组编号") var panel: Int64
    @Option(help: "被替换成员的专家编号") var expert: Int64
    @Option(help: "新成员的专家编号") var by: Int64
    @Option(help: "替换原因") var reason: String
    @Option(help: "生效日期（YYYY-MM-DD）") var date: String

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            guard let day = LocalDate(parsing: date) else {
                throw StoreCLI.invalid("--date", "日期“\(date)”无效（应为 YYYY-MM-DD）")
            }
            let database = try store.open()
            try database.replacePanelMember(
                panelID: panel, expertID: expert, replacementID: by, reason: reason, date: day, actor: store.actor)
            print("已替换专家组（编号\(panel)）成员：专家\(expert) → 专家\(by)（\(day)起）")
        }
    }
}

/// `hazchem panel leave PANEL --expert ID --visit ID --reason R --date D`: records a member's leave (请假).
struct PanelLeaveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leave", abstract: "登记专家组成员某次现场评估请假（记录原因和日期，写入审计日志）",
        discussion: "请假的成员不参加该次评估（不填写、不签名）；其专业无人在场时，组长或其他专家可以代为填写，并注明“代填”。")

    @OptionGroup var store: StoreOptions
    @Argument(help: "专家组编号") var panel: Int64
    @Option(help: "请假成员的专家编号") var expert: Int64
    @Option(help: "现场评估安排编号") var visit: Int64
    @Option(help: "请假原因") var reason: String
    @Option(help: "登记日期（YYYY-MM-DD）") var date: String

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            guard let day = LocalDate(parsing: date) else {
                throw StoreCLI.invalid("--date", "日期“\(date)”无效（应为 YYYY-MM-DD）")
            }
            let database = try store.open()
            try database.recordPanelLeave(
                panelID: panel, expertID: expert, visitID: visit, reason: reason, date: day, actor: store.actor)
            print("已登记请假：专家组（编号\(panel)）专家\(expert)，现场评估安排\(visit)")
        }
    }
}
