import ArgumentParser
import Foundation
import HazChemCore
import HazChemStore
import HazChemTables

/// `hazchem assessment export ID [--out FILE]`: writes one assessment version as an assessment file.
struct AssessmentExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "导出评估文件（可再导入到另一数据库）")

    @OptionGroup var store: StoreOptions
    @Argument(help: "评估编号") var id: Int64
    @Option(help: "输出文件（默认：标准输出）") var out: String?

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            let text = AssessmentFileWriter.text(try store.open().exportAssessment(id: id))
            guard let out else {
                print(text, terminator: "")
                return
            }
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: out))
            } catch {
                throw StoreError(.invalidInput, message: InputFile.writeFailure(path: out, error: error))
            }
            StoreCLI.printError("已导出评估 #\(id) 到 \(out)")
        }
    }
}
