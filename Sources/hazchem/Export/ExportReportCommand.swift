import ArgumentParser
import Foundation
import HazChemCore
import HazChemReports
import HazChemStore
import HazChemTables

/// `hazchem export report ID --out FILE.xlsx`: the assessment report (评估报告) of one stored assessment.
struct ExportReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "导出评估报告（xlsx：基本情况、检查结果、评分表、隐患清单、风险管控、处置，有重大危险源单元时含分级明细）")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var tables: TableOptions
    @Argument(help: "评估编号") var id: Int64
    @Option(name: .customLong("out"), help: "输出的 xlsx 文件") var output: String

    func validate() throws { try ExportCLI.checkOutput(output) }

    func run() throws {
        try ExportCLI.run {
            let store = try database.open(actor: StoreOptions.actor(nil))
            let detail = try AssessmentCLI.detail(id, in: store)
            let data = try store.assessmentReportData(
                detail,
                reference: {
                    do {
                        return try MajorHazardReferenceLoader.load(
                            tablesDirectory: try AssessmentCLI.tablesDirectory(tables))
                    } catch {
                        throw StoreError.wrap(error)
                    }
                }, generatedOn: LocalDate.today(in: LocalDate.chinaTimeZone))
            let sheets = try AssessmentReportWriter().write(data, to: URL(fileURLWithPath: output))
            print(
                "已导出\(detail.enterprise.name)评估报告（\(detail.assessment.entityLabel)，得分 \(data.scoreSheet.total)，"
                    + "\(data.scoreSheet.grade.label)）：\(sheets.count) 个工作表 → \(output)")
        }
    }
}
