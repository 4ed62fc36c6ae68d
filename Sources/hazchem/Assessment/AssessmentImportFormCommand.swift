import ArgumentParser
import Foundation
import HazChemCore
import HazChemReports
import HazChemStore

/// `hazchem assessment import-form FILE [--assessment ID]`: records a filled offline checklist form.
struct AssessmentImportFormCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-form", abstract: "导入专家填写的检查表离线表单（xlsx，由 export form 导出）",
        discussion: "先按评估使用的检查表和分级表核对整个表单，任何问题（指明工作表和单元格）都不导入任何数据；"
            + "通过后在一个事务中记录检查结论、隐患整改信息和分级答案。留空的行和规则保留已录入的内容；"
            + "重复导入同一表单不会产生任何修改。")

    @OptionGroup var store: StoreOptions
    @Argument(help: "填写好的表单（.xlsx）") var file: String
    @Option(help: "评估编号（默认：表单元数据中的评估编号）") var assessment: Int64?

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            let database = try store.open()
            let outcome = try database.importFilledForm(
                url: URL(fileURLWithPath: file), assessmentID: assessment, actor: store.actor)
            let detail = try AssessmentCLI.detail(outcome.assessmentID, in: database)
            let label = detail.assessment.entityLabel
            if outcome.changed {
                print(
                    "已导入表单到\(label)：\(outcome.form.entries.count) 项检查结论，"
                        + "\(outcome.form.gradingAnswers.answers.count) 条分级答案")
            } else {
                print("表单内容与\(label)已录入的内容相同，未作修改")
            }
            let totals = detail.progress.totals
            var line = "检查进度：已检查 \(totals.answered)/\(totals.total) 项"
            if let sheet = detail.scoreSheet { line += "；当前得分 \(sheet.total)，\(sheet.grade.label)" }
            print(line)
        }
    }
}
