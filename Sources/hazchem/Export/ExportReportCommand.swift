import ArgumentParser
import Foundation
import HazChemCore
import HazChemReports
import HazChemStore
import HazChemTables
import HazChemWeb

/// `hazchem export report ID [--format xlsx|pdf|html] --out FILE`: the assessment report (评估报告) of one stored
/// assessment, as a workbook, or as the printed document (HTML, or PDF printed by headless Chromium).
struct ExportReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "导出评估报告（xlsx 工作簿，或 A4 打印文书 pdf / html）",
        discussion: "xlsx：封面、基本情况、专家组综合意见、检查结果、评分表、隐患清单、应知应会抽查、风险管控、处置，"
            + "有重大危险源单元时含分级明细。pdf：由无界面 Chromium 打印网页打印视图（需安装 chromium 和 fonts-wqy-zenhei）。")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var tables: TableOptions
    @Argument(help: "评估编号") var id: Int64
    @Option(help: "格式：xlsx、pdf 或 html") var format: PrintFormat = .xlsx
    @Option(name: .customLong("out"), help: "输出文件（扩展名与格式一致）") var output: String

    func validate() throws { try ExportPrint.checkOutput(output, format: format) }

    func run() throws {
        try ExportCLI.run {
            let (detail, data) = try ExportPrint.data(id, database: database, tables: tables)
            let summary =
                "\(detail.enterprise.name)评估报告（\(detail.assessment.entityLabel)，得分 \(data.scoreSheet.total)，\(data.scoreSheet.grade.label)）"
            guard format == .xlsx else {
                try ExportPrint.write(format: format, output: output) { () throws(WebError) in
                    try ExportPrint.renderer().report(data)
                }
                print("已导出\(summary) → \(output)")
                return
            }
            let sheets = try AssessmentReportWriter().write(data, to: URL(fileURLWithPath: output))
            print("已导出\(summary)：\(sheets.count) 个工作表 → \(output)")
        }
    }
}
