import ArgumentParser
import Foundation
import HazChemCore
import HazChemStore

/// `hazchem assessment conclusion ID --text T | --file F`: the panel's overall opinion (专家组综合意见).
struct AssessmentConclusionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conclusion", abstract: "填写专家组综合意见（提交报告前必须填写）",
        discussion: "用 --text 直接给出，或用 --file 从 UTF-8 文本文件读取；--text \"\" 清除。")

    @OptionGroup var store: StoreOptions
    @Argument(help: "评估编号") var id: Int64
    @Option(help: "综合意见全文") var text: String?
    @Option(help: "含综合意见的 UTF-8 文本文件") var file: String?

    func validate() throws {
        if (text == nil) == (file == nil) {
            throw ValidationError("请用 --text 或 --file 给出专家组综合意见（二者取其一）")
        }
    }

    func run() throws {
        var content = text ?? ""
        if let file {
            guard let data = FileManager.default.contents(atPath: file),
                let decoded = String(data: data, encoding: .utf8)
            else {
                FileHandle.standardError.write(Data("无法读取文件“\(file)”，或其内容不是 UTF-8 文本\n".utf8))
                throw ExitCode(2)
            }
            content = decoded
        }
        try StoreCLI.run { () throws(StoreError) in
            let database = try store.open()
            let changed = try database.setConclusion(assessmentID: id, text: content, actor: store.actor)
            print(changed ? "已更新评估 #\(id) 的专家组综合意见" : "评估 #\(id) 的专家组综合意见未变化")
        }
    }
}
