import ArgumentParser
import Foundation
import HazChemCore
import HazChemReports
import HazChemStore

/// `hazchem export form ID --out FILE.xlsx`: the offline checklist form of one assessment.
struct ExportFormCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "form",
        abstract: "导出检查表离线填写表单（xlsx），已录入的检查结论和分级答案预先填入",
        discussion: "专家在 Excel 或 WPS 中填写后，用 hazchem assessment import-form FILE 导入。")

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "评估编号") var id: Int64
    @Option(name: .customLong("out"), help: "输出的 xlsx 文件") var output: String

    func validate() throws { try ExportCLI.checkOutput(output) }

    func run() throws {
        try ExportCLI.run {
            let store = try database.open(actor: StoreOptions.actor(nil))
            let detail = try AssessmentCLI.detail(id, in: store)
            let sheets = try ChecklistFormWriter(detail: detail).write(to: URL(fileURLWithPath: output))
            print(
                "已导出\(detail.enterprise.name)检查表表单（\(detail.assessment.entityLabel)，\(detail.checklist.items.count) 项）："
                    + "\(sheets.count) 个工作表 → \(output)")
            switch detail.assessment.status {
            case .planned, .onSite: break
            default:
                StoreCLI.printError("注意：评估为“\(detail.assessment.status.label)”状态，此表单只能查看，不能再导入")
            }
        }
    }
}
