import ArgumentParser
import Foundation
import HazChemStore

/// `hazchem enterprise import FILE`: imports enterprises from a CSV file, all rows or none.
struct EnterpriseImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "从CSV文件导入企业（列名见 Config/enterprise-import.md）",
        discussion: "任何一行有错误时不导入任何数据，并列出全部错误（行号、列名、原因）；"
            + "使用 --skip-invalid 时导入正确的行，错误的行写入拒绝文件（增加“错误原因”列）。"
            + "已存在的统一社会信用代码将更新该企业。"
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: "CSV文件（UTF-8，可带BOM）") var file: String
    @Flag(name: .customLong("skip-invalid"), help: "跳过错误的行，只导入正确的行") var skipInvalid = false
    @Option(help: "拒绝文件路径（默认：与导入文件同目录的“文件名.rejected.csv”）") var rejected: String?
    @Flag(help: "总是在标准错误上显示进度（默认只在终端上显示）") var progress = false

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            let database = try store.open()
            let url = URL(fileURLWithPath: file)
            let rejectedURL =
                rejected.map { URL(fileURLWithPath: $0) }
                ?? url.deletingPathExtension().appendingPathExtension("rejected.csv")
            let terminal = StoreCLI.stderrIsTerminal
            var options = EnterpriseImportOptions(skipInvalid: skipInvalid, rejectedFile: rejectedURL)
            if terminal || progress {
                options.progress = { step in
                    let phase = step.phase == .validating ? "校验" : "写入"
                    let line = "\(phase) \(step.done)/\(step.total)"
                    FileHandle.standardError.write(Data((terminal ? "\r\(line)" : line + "\n").utf8))
                }
            }
            let summary = try database.importEnterprises(from: url, options: options, actor: store.actor)
            if terminal && progress == false { FileHandle.standardError.write(Data("\r\n".utf8)) }
            var text = "导入完成：共\(summary.rows)行，新增\(summary.inserted)家，更新\(summary.updated)家，未变\(summary.unchanged)家"
            if summary.rejected > 0 {
                text += "，拒绝\(summary.rejected)行（见 \(summary.rejectedFile ?? rejectedURL.path)）"
            }
            print(text)
        }
    }
}
