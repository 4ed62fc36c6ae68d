import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem assessment create --enterprise CODE --panel ID`: a planned assessment with the tables for the kind.
struct AssessmentCreateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create", abstract: "为企业创建评估（按企业类型选用检查表和分级表，并预填评分答案）")

    @OptionGroup var store: StoreOptions
    @OptionGroup var tables: TableOptions
    @Option(help: "企业的统一社会信用代码") var enterprise: String
    @Option(help: "专家组编号（须为该企业组建）") var panel: Int64

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            let directory = try AssessmentCLI.tablesDirectory(tables)
            let database = try store.open()
            let target = try EnterpriseShowCommand.find(enterprise, in: database)
            let assessment = try database.createAssessment(
                enterpriseID: target.id!, panelID: panel, tablesDirectory: directory, actor: store.actor)
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
