import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem assessment list`: assessments, tab-separated, newest version of each unless told otherwise.
struct AssessmentListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "列出评估（制表符分隔）")

    @OptionGroup var store: StoreOptions
    @Option(help: "只列出此旗县市（名称或代码）") var county: String?
    @Option(help: "只列出此状态：计划、现场评估中、已提交、已签署、已处置") var status: String?
    @Option(help: "只列出此企业（统一社会信用代码）") var enterprise: String?
    @Option(help: "现场评估结束日期不早于（YYYY-MM-DD）") var from: String?
    @Option(help: "现场评估结束日期不晚于（YYYY-MM-DD）") var to: String?
    @Flag(name: .customLong("all-versions"), help: "同时列出已被更正的旧版本") var allVersions = false

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            let database = try store.open()
            var filter = AssessmentFilter(latestVersionOnly: !allVersions)
            filter.countyCode = try AssessmentCLI.county(county, in: database)
            if let status {
                guard let value = AssessmentStatus(label: status) else {
                    throw StoreCLI.invalid("--status", "未知的评估状态“\(status)”")
                }
                filter.status = value
            }
            if let enterprise { filter.enterpriseID = try EnterpriseShowCommand.find(enterprise, in: database).id }
            filter.from = try AssessmentCLI.date(from, option: "--from")
            filter.to = try AssessmentCLI.date(to, option: "--to")
            let rows = try database.assessments(filter)
            print(["编号", "版本", "企业名称", "专家组组长", "现场评估结束", "状态", "得分", "等级", "报告"].joined(separator: "\t"))
            for row in rows {
                let a = row.assessment
                print(
                    [
                        String(a.id!), String(a.version), row.enterprise.name, row.leaderName ?? "",
                        a.onSiteEnd?.description ?? "", a.status.label, a.score?.description ?? "",
                        a.grade?.label ?? "",
                        row.late ? "逾期" : "",
                    ].joined(separator: "\t"))
            }
            StoreCLI.printError("共\(rows.count)项评估")
        }
    }
}
