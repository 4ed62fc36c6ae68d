import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem hazard list [--county] [--status] [--level] [--overdue]`: hazards, tab-separated.
struct HazardListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "列出隐患（制表符分隔）")

    @OptionGroup var store: StoreOptions
    @Option(help: "只列出此旗县市（名称或代码）") var county: String?
    @Option(help: "只列出此状态：未整改、整改中、已整改、已验收") var status: String?
    @Option(help: "只列出此级别：一般隐患、重大隐患") var level: String?
    @Option(help: "只列出此企业（统一社会信用代码）") var enterprise: String?
    @Flag(help: "只列出逾期未整改的隐患") var overdue = false
    @Option(name: .customLong("as-of"), help: "判断逾期的日期（默认：今天）") var asOf: String?

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            let database = try store.open()
            var filter = HazardFilter(countyCode: try AssessmentCLI.county(county, in: database))
            if let status { filter.status = try AssessmentCLI.hazardStatus(status, option: "--status") }
            if let level {
                guard let value = HazardLevel(label: level) else {
                    throw StoreCLI.invalid("--level", "未知的隐患级别“\(level)”")
                }
                filter.level = value
            }
            if let enterprise { filter.enterpriseID = try EnterpriseShowCommand.find(enterprise, in: database).id }
            let day = try AssessmentCLI.date(asOf, option: "--as-of")
            if overdue { filter.overdueAsOf = day ?? LocalDate.today() } else { filter.overdueAsOf = nil }
            var rows = try database.hazards(filter)
            if !overdue, let day {
                rows = rows.map {
                    var row = $0; row.overdue = row.hazard.isOverdue(asOf: day); return row
                }
            }
            print(["编号", "企业名称", "检查项", "级别", "状态", "整改期限", "责任人", "逾期", "隐患描述"].joined(separator: "\t"))
            for row in rows {
                let h = row.hazard
                print(
                    [
                        String(h.id!), row.enterprise.name, h.itemID ?? "", h.level.label, h.status.label,
                        h.deadline?.description ?? "", h.responsiblePerson, row.overdue ? "逾期" : "", h.description,
                    ].joined(separator: "\t"))
            }
            StoreCLI.printError("共\(rows.count)项隐患")
        }
    }
}
