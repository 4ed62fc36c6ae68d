import ArgumentParser
import Foundation
import HazChemCore
import HazChemStore

/// `hazchem assessment respond ID --item A01 --response 不符合 --finding … --expert NAME`,
/// `… --file responses.csv` (many items, one transaction) or `… --section A --response 符合 --expert NAME`.
struct AssessmentRespondCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "respond", abstract: "录入检查意见：一个检查项、一个文件（多项）或一个部分的未答项",
        discussion: "三种用法（任选其一）：\n"
            + "  --item A01 --response 不符合 --finding … --expert 姓名   录入一个检查项\n"
            + "  --file 文件.csv|.yaml   在一个事务中录入文件中的全部检查项（全部成功或全部不录入，错误写明文件、行号和字段）；"
            + "CSV列：检查项、答复、问题描述、问题部位、重大隐患(是/否)、专家、整改措施、整改期限、整改责任人；"
            + "YAML：responses 列表，键 item、response、finding、location、major、expert、measure、deadline、responsible\n"
            + "  --section A --response 符合 --expert 姓名   把某部分（编号或标题）尚未答复的检查项全部填为该答复")

    @OptionGroup var store: StoreOptions
    @Argument(help: "评估编号") var id: Int64
    @Option(help: "检查项编号，如 A01") var item: String?
    @Option(help: "检查意见文件（CSV 或 YAML）") var file: String?
    @Option(help: "检查表的部分（编号或标题）：填写其中尚未答复的检查项") var section: String?
    @Option(help: "答复：符合、不符合、不适用、未查") var response: String?
    @Option(help: "问题描述（不符合时必填）") var finding = ""
    @Option(help: "问题部位") var location = ""
    @Flag(help: "专家认定为重大隐患（未关联121号条款的不符合项）") var major = false
    @Option(help: "录入意见的专家姓名（须为专家组成员）") var expert: String?
    @Option(help: "整改措施") var measure: String?
    @Option(help: "整改期限（YYYY-MM-DD）") var deadline: String?
    @Option(help: "整改责任人") var responsible: String?

    func validate() throws {
        let modes = [item, file, section].compactMap { $0 }.count
        guard modes == 1 else { throw ValidationError("请在 --item、--file、--section 中选且只选一个") }
        if file != nil, response != nil || expert != nil {
            throw ValidationError("使用 --file 时答复和专家写在文件中，不能再给 --response 或 --expert")
        }
        if file == nil {
            guard response != nil else { throw ValidationError("缺少 --response（符合、不符合、不适用、未查）") }
            guard expert != nil else { throw ValidationError("缺少 --expert（录入意见的专家姓名）") }
        }
    }

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            if let file {
                let parsed = try AssessmentResponseFile.read(URL(fileURLWithPath: file))
                let changed = try store.open().respond(parsed, toAssessment: id, actor: store.actor)
                print("已从 \(parsed.file) 录入评估 #\(id) 的 \(parsed.rows.count) 个检查项（\(changed) 项有变化）")
                return
            }
            let responseText = response ?? ""
            guard let answer = ChecklistResponse(label: responseText) else {
                throw StoreCLI.invalid("--response", "答复“\(responseText)”无效（应为：符合、不符合、不适用、未查）")
            }
            if let section {
                let items = try store.open().respond(
                    section: section, response: answer, expert: expert ?? "", toAssessment: id, actor: store.actor)
                print(
                    items.isEmpty
                        ? "评估 #\(id) 部分 \(section) 没有未答复的检查项"
                        : "已把评估 #\(id) 部分 \(section) 的 \(items.count) 个未答复检查项填为“\(answer.label)”：\(items.joined(separator: "、"))"
                )
                return
            }
            let item = item ?? ""
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
