import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem panel create`: forms a panel for one enterprise, checking every panel rule.
struct PanelCreateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "组建专家组",
        discussion: "专家组至少4名专家（组长和成员），覆盖安全管理、化工设计、电气仪表、应急救援专业，"
            + "有且只有1名组长，至少1名安全监管人员；受雇于被评估企业的专家须回避；同一专家的现场评估日期不得重叠。"
            + "人员写专家编号，可加“:专业”指定其在本组负责的专业，如 --member 7:应急救援。"
    )

    @OptionGroup var store: StoreOptions
    @Option(help: "专家组名称") var name: String
    @Option(help: "被评估企业的统一社会信用代码") var enterprise: String
    @Option(help: "现场评估开始日期（YYYY-MM-DD）") var start: String
    @Option(help: "现场评估结束日期（YYYY-MM-DD）") var end: String
    @Option(help: "组长的专家编号") var leader: [String] = []
    @Option(help: "成员的专家编号（可重复）") var member: [String] = []
    @Option(help: "安全监管人员的编号（可重复）") var regulator: [String] = []

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            guard let startDate = LocalDate(parsing: start) else { throw StoreCLI.invalid("--start", "日期“\(start)”无效") }
            guard let endDate = LocalDate(parsing: end) else { throw StoreCLI.invalid("--end", "日期“\(end)”无效") }
            var assignments: [Panel.Assignment] = []
            for (role, option, values) in [
                (PanelRole.leader, "--leader", leader), (.member, "--member", member),
                (.regulator, "--regulator", regulator),
            ] {
                for value in values { assignments.append(try Self.assignment(value, role: role, option: option)) }
            }
            let database = try store.open()
            let target = try EnterpriseShowCommand.find(enterprise, in: database)
            let panel = Panel(name: name, enterpriseID: target.id!, onSiteStart: startDate, onSiteEnd: endDate)
            let detail = try database.createPanel(panel, assignments: assignments, actor: store.actor)
            print("已组建专家组：\(detail.panel.name)（编号\(detail.panel.id!)）")
        }
    }

    /// Parses `7` or `7:应急救援`.
    private static func assignment(_ text: String, role: PanelRole, option: String) throws(StoreError)
        -> Panel.Assignment
    {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard let first = parts.first, let id = Int64(first) else {
            throw StoreCLI.invalid(option, "“\(text)”不是专家编号（应为数字，可加“:专业”）")
        }
        var specialty: Specialty?
        if parts.count == 2 {
            guard let value = Specialty(label: parts[1]) else { throw StoreCLI.invalid(option, "未知的专业“\(parts[1])”") }
            specialty = value
        }
        return Panel.Assignment(expertID: id, role: role, specialty: specialty)
    }
}
