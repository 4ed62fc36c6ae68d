import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem panel create`: forms a panel (a team) for a county or the prefecture, checking the panel rules; with
/// `--enterprise`, `--start` and `--end` also schedules its first visit (the earlier form of one panel per visit).
struct PanelCreateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "组建专家组（为旗县市或盟市组建，之后用 panel visit add 安排现场评估）",
        discussion: "专家组至少4名专家（组长和成员），覆盖安全管理、化工设计、电气仪表、应急救援专业，"
            + "有且只有1名组长，至少1名安全监管人员；每次现场评估时检查：受雇于被评估企业的专家须回避，同一专家的现场评估日期不得重叠。"
            + "人员写专家编号，可加“:专业”指定其在本组负责的专业，如 --member 7:应急救援。"
            + "给出 --enterprise、--start、--end 时，同时安排第一次现场评估（专家组所属地区为该企业所在旗县市）。"
    )

    @OptionGroup var store: StoreOptions
    @Option(help: "专家组名称") var name: String
    @Option(help: "所属地区：旗县市或盟市的名称或代码") var region: String?
    @Option(help: "第一次现场评估的被评估企业（统一社会信用代码）") var enterprise: String?
    @Option(help: "第一次现场评估开始日期（YYYY-MM-DD）") var start: String?
    @Option(help: "第一次现场评估结束日期（YYYY-MM-DD）") var end: String?
    @Option(help: "组长的专家编号") var leader: [String] = []
    @Option(help: "成员的专家编号（可重复）") var member: [String] = []
    @Option(help: "安全监管人员的编号（可重复）") var regulator: [String] = []

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            var assignments: [Panel.Assignment] = []
            for (role, option, values) in [
                (PanelRole.leader, "--leader", leader), (.member, "--member", member),
                (.regulator, "--regulator", regulator),
            ] {
                for value in values { assignments.append(try Self.assignment(value, role: role, option: option)) }
            }
            let database = try store.open()
            let detail: PanelDetail
            if let enterprise {
                guard let start, let end else {
                    throw StoreCLI.invalid("--start/--end", "给出 --enterprise 时须同时给出现场评估开始和结束日期")
                }
                let dates = try PanelVisitAddCommand.dates(start, end)
                let target = try EnterpriseShowCommand.find(enterprise, in: database)
                detail = try database.createPanel(
                    name: name, enterpriseID: target.id!, onSite: dates, assignments: assignments, actor: store.actor)
            } else {
                guard let region else {
                    throw StoreCLI.invalid("--region", "请给出专家组所属地区（旗县市或盟市），或用 --enterprise 同时安排第一次现场评估")
                }
                let directory = try database.regionDirectory()
                guard let found = directory.region(region) else {
                    throw StoreCLI.invalid("--region", directory.unknownCountyMessage(region))
                }
                detail = try database.createPanel(
                    name: name, regionCode: found.code, assignments: assignments, actor: store.actor)
            }
            print("已组建专家组：\(detail.panel.name)（编号\(detail.panel.id!)）")
            for line in detail.visits {
                print(
                    "现场评估安排（编号\(line.visit.id!)）：\(line.enterprise.name)，\(line.visit.onSiteStart)至\(line.visit.onSiteEnd)"
                )
            }
        }
    }

    /// Parses `7` or `7:应急救援`.
    static func assignment(_ text: String, role: PanelRole, option: String) throws(StoreError)
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
