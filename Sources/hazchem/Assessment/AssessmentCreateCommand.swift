import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem assessment create --visit ID` (or `--enterprise CODE --panel ID`): the planned assessment of a scheduled
/// visit, with the tables for the enterprise's kind.
struct AssessmentCreateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create", abstract: "为企业创建评估（按企业类型选用检查表和分级表，并预填评分答案）")

    @OptionGroup var store: StoreOptions
    @OptionGroup var tables: TableOptions
    @Option(help: "现场评估安排编号（panel show 列出）") var visit: Int64?
    @Option(help: "企业的统一社会信用代码（与 --panel 一起使用：该专家组到此企业的现场评估）") var enterprise: String?
    @Option(help: "专家组编号（须已安排到该企业的现场评估）") var panel: Int64?

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            let directory = try AssessmentCLI.tablesDirectory(tables)
            let database = try store.open()
            let assessment: Assessment
            if let visit {
                assessment = try database.createAssessment(
                    visitID: visit, tablesDirectory: directory, actor: store.actor)
            } else if let enterprise, let panel {
                let target = try EnterpriseShowCommand.find(enterprise, in: database)
                assessment = try database.createAssessment(
                    enterpriseID: target.id!, panelID: panel, tablesDirectory: directory, actor: store.actor)
            } else {
                throw StoreCLI.invalid("--visit", "请给出现场评估安排编号 --visit，或同时给出 --enterprise 和 --panel")
            }
            guard let target = try database.enterprise(id: assessment.enterpriseID) else {
                throw StoreError(.notFound, message: "企业不存在")
            }
            let detail = try AssessmentCLI.detail(assessment.id!, in: database)
            print("已创建\(assessment.entityLabel)：\(target.name)")
            print(
                "检查表：\(assessment.checklistTableID)（版本\(assessment.checklistTableVersion)，\(detail.checklist.items.count)项）"
            )
            print("分级表：\(assessment.gradingTableID)（版本\(assessment.gradingTableVersion)）")
            print(
                "报告期限：\(assessment.dueDate.map(String.init(describing:)) ?? "未定")；预填评分答案\(detail.answers.count)项（须经专家组确认）"
            )
        }
    }
}
