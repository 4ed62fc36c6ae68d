import ArgumentParser
import Foundation
import HazChemCore
import HazChemTables

/// `hazchem score --answers FILE`: scores an answers file on its grading table and prints the score sheet.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "按诊断分级表计算得分、风险等级和可选处置",
        discussion:
            "答案文件为YAML或JSON：table（分级表编号）、answers（规则编号 → true/false 或项数）、direct_red（可选）。格式见 Checklists/README.md。"
    )

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @Option(name: .long, help: ArgumentHelp("答案文件（YAML或JSON）", valueName: "FILE"))
    var answers: String

    @Option(name: .long, help: "输出格式：text（中文评分表）或 json")
    var format: Format = .text

    @OptionGroup var tableOptions: TableOptions

    func run() throws {
        let catalog = try tableOptions.catalog()
        let url = URL(fileURLWithPath: answers)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw TableOptions.fail(TableError(file: answers, message: "答案文件不存在"))
        }
        let sheet: ScoreSheet
        do {
            sheet = try AnswersLoader.score(contentsOf: url, catalog: catalog)
        } catch {
            throw TableOptions.fail(error)
        }
        switch format {
        case .text: print(sheet.renderText())
        case .json: print(try sheet.jsonText())
        }
    }
}
