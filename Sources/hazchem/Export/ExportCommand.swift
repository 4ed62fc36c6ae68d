import ArgumentParser
import Foundation
import HazChemReports
import HazChemStore

/// `hazchem export …`: Excel ledgers and reports.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "导出 Excel 台账和报表",
        subcommands: [
            ExportRegister.self, ExportHazardsCommand.self, ExportReportCommand.self, ExportNoticeCommand.self,
            ExportRecheckCommand.self, ExportFormCommand.self,
            ExportMonthly.self,
        ]
    )
}

/// `hazchem export register --out FILE [--county CODE]`: the enterprise register (企业台账) from the database.
struct ExportRegister: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "导出企业台账（xlsx）：每家企业一行，含最近一次已签署评估的得分、风险等级、处置类别和未整改重大隐患数",
        discussion: "逐行从数据库读出并写入（常量内存），全省十万家企业也不会占用更多内存。"
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .customLong("out"), help: "输出的 xlsx 文件")
    var output: String

    @Option(help: "只导出此旗县市（名称或代码）")
    var county: String?

    @Option(help: ArgumentHelp("用 N 家虚构企业代替数据库（性能测试用）", visibility: .hidden))
    var synthetic: Int?

    func validate() throws {
        if let synthetic, synthetic < 0 { throw ValidationError("--synthetic 必须是非负整数") }
        try ExportCLI.checkOutput(output)
    }

    func run() throws {
        let url = URL(fileURLWithPath: output)
        try ExportCLI.run {
            if let synthetic {
                let count = try EnterpriseRegisterWriter().write(SyntheticRegisterRows(count: synthetic), to: url)
                print("已导出企业台账：\(count) 家企业 → \(output)")
                return
            }
            let store = try database.open(actor: StoreOptions.actor(nil))
            let code = try AssessmentCLI.county(county, in: store)
            let terminal = StoreCLI.stderrIsTerminal
            let count = try EnterpriseRegisterWriter().write(from: store, countyCode: code, to: url) { done in
                if terminal { FileHandle.standardError.write(Data("\r已写入 \(done) 家企业…".utf8)) }
            }
            if terminal && count >= 1000 { FileHandle.standardError.write(Data("\n".utf8)) }
            print("已导出企业台账：\(count) 家企业 → \(output)")
        }
    }
}
