import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem panel visit add PANEL --enterprise CODE --start D --end D`: schedules a visit, checking the panel rules
/// for it.
struct PanelVisitAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "为专家组安排一次现场评估（企业和现场评估日期）",
        discussion: "按本次现场评估检查专家组规则：人数和专业、组长、安全监管人员、回避（专家受雇于被评估企业），"
            + "以及同一专家不得同时在两处现场评估。企业须在专家组所属地区内。")

    @OptionGroup var store: StoreOptions
    @Argument(help: "专家组编号") var panel: Int64
    @Option(help: "被评估企业的统一社会信用代码") var enterprise: String
    @Option(help: "现场评估开始日期（YYYY-MM-DD）") var start: String
    @Option(help: "现场评估结束日期（YYYY-MM-DD）") var end: String

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            let dates = try Self.dates(start, end)
            let database = try store.open()
            let target = try EnterpriseShowCommand.find(enterprise, in: database)
            let visit = try database.scheduleVisit(
                panelID: panel, enterpriseID: target.id!, onSite: dates, actor: store.actor)
            print("已安排现场评估（编号\(visit.id!)）：\(target.name)，\(visit.onSiteStart)至\(visit.onSiteEnd)")
        }
    }

    /// The two dates parsed, or a refusal naming the option.
    static func dates(_ start: String, _ end: String) throws(StoreError) -> (start: LocalDate, end: LocalDate) {
        guard let first = LocalDate(parsing: start) else {
            throw StoreCLI.invalid("--start", "日期“\(start)”无效（应为 YYYY-MM-DD）")
        }
        guard let last = LocalDate(parsing: end) else {
            throw StoreCLI.invalid("--end", "日期“\(end)”无效（应为 YYYY-MM-DD）")
        }
        return (first, last)
    }
}
