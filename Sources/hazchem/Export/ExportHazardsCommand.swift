import ArgumentParser
import Foundation
import HazChemCore
import HazChemReports
import HazChemStore

/// `hazchem export hazards --out FILE.xlsx`: the hazard rectification ledger (隐患整改台账).
struct ExportHazardsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hazards", abstract: "导出隐患整改台账（xlsx），逾期未整改的隐患标红")

    @OptionGroup var database: DatabaseOptions
    @Option(name: .customLong("out"), help: "输出的 xlsx 文件") var output: String
    @Option(help: "只导出此旗县市（名称或代码）") var county: String?
    @Option(help: "只导出此状态：未整改、整改中、已整改、已验收") var status: String?
    @Flag(help: "只导出逾期未整改的隐患") var overdue = false
    @Option(name: .customLong("as-of"), help: "判断逾期的日期（YYYY-MM-DD，默认今天）") var asOf: String?
    @Option(
        name: .customLong("web-url"),
        help: "HazChem 网页的地址（如 https://hazchem.example.gov.cn）：“照片”列链接到每项隐患的网页（含全部照片）")
    var webURL: String?

    func validate() throws {
        try ExportCLI.checkOutput(output)
        if let webURL, !(webURL.hasPrefix("https://") || webURL.hasPrefix("http://")) || webURL.contains(" ") {
            throw ValidationError("--web-url 应为以 http:// 或 https:// 开头的网页地址，实际为“\(webURL)”")
        }
    }

    func run() throws {
        try ExportCLI.run {
            let store = try database.open(actor: StoreOptions.actor(nil))
            let day = try AssessmentCLI.date(asOf, option: "--as-of") ?? LocalDate.today()
            var filter = HazardFilter(countyCode: try AssessmentCLI.county(county, in: store))
            if let status { filter.status = try AssessmentCLI.hazardStatus(status, option: "--status") }
            if overdue { filter.overdueAsOf = day }
            let summary = try HazardLedgerWriter(asOf: day, webAddress: webURL).write(
                from: store, filter: filter, to: URL(fileURLWithPath: output))
            print("已导出隐患整改台账：\(summary.rows) 项隐患，其中逾期 \(summary.overdue) 项 → \(output)")
        }
    }
}
