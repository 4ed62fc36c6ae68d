import ArgumentParser
import Foundation
import HazChemCore
import HazChemStore

/// `hazchem assessment import FILE`: records a whole assessment file in one transaction.
struct AssessmentImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "导入评估文件（YAML，格式见 docs/assessment-file.md）",
        discussion: "在一个事务中导入：企业不存在时按文件中的企业信息新建，专家按姓名和工作单位匹配（找不到则新建），"
            + "新建专家组和评估，再按文件内容提交、签署和处置。任何错误都不导入任何数据，并列出全部错误（行号和字段）。")

    @OptionGroup var store: StoreOptions
    @OptionGroup var tables: TableOptions
    @Argument(help: "评估文件") var file: String

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            let directory = try? AssessmentCLI.tablesDirectory(tables)
            let database = try store.open()
            let assessment = try database.importAssessment(
                from: URL(fileURLWithPath: file), tablesDirectory: directory, actor: store.actor)
            print("已导入\(AssessmentCLI.summary(assessment))")
        }
    }
}
