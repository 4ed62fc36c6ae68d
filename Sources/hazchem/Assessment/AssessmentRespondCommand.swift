import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem assessment respond ID --item A01 --response 不符合 --finding … --expert NAME`.
struct AssessmentRespondCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "respond", abstract: "录入一个检查项的检查意见（不符合项可同时填写整改计划）")

    @OptionGroup var store: StoreOptions
    @Argument(help: "评估编号") var id: Int64
    @Option(help: "检查项编号，如 A01") var item: String
    @Option(help: "答复：符合、不符合、不适用、未查") var response: String
    @Option(help: "问题描述（不符合时必填）") var finding = ""
    @Option(help: "问题部位") var location = ""
    @Flag(help: "专家认定为重大隐患（未关联121号条款的不符合项）") var major = false
    @Option(help: "录入意见的专家姓名（须为专家组成员）") var expert: String
    @Option(help: "整改措施") var measure: String?
    @Option(help: "整改期限（YYYY-MM-DD）") var deadline: String?
    @Option(help: "整改责任人") var responsible: String?

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            guard let answer = ChecklistResponse(label: response) else {
                throw StoreCLI.invalid("--response", "答复“\(response)”无效（应为：符合、不符合、不适用、未查）")
            }
            var entry = AssessmentEntry(
                responses: [
                    AssessmentResponseInput(
                        itemID: item, response: answer, finding: finding, location: location, markedMajor: major,
                        expert: expert)
                ])
            if measure != nil || deadline != nil || responsible != nil {
                entry.hazardDetails[item] = HazardDetails(
                    measure: measure ?? "", deadline: try AssessmentCLI.date(deadline, option: "--deadline"),
                    responsiblePerson: responsible ?? "")
            }
            let changed = try store.open().apply(entry, toAssessment: id, actor: store.actor)
            print(changed ? "已录入评估 #\(id) 检查项 \(item)：\(answer.label)" : "评估 #\(id) 检查项 \(item) 未变化")
        }
    }
}
