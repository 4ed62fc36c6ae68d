import ArgumentParser
import Foundation
import HazChemReports

/// `hazchem export …`: Excel ledgers and reports.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "导出 Excel 台账和报表",
        subcommands: [ExportRegister.self, ExportMonthly.self]
    )
}

/// `hazchem export register --out FILE`: the enterprise register (企业台账).
struct ExportRegister: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "导出企业台账（xlsx）"
    )

    @Option(name: .customLong("out"), help: "输出的 xlsx 文件")
    var output: String

    @Option(help: ArgumentHelp("用 N 家虚构企业代替数据库（性能测试用）", visibility: .hidden))
    var synthetic: Int?

    func validate() throws {
        if let synthetic, synthetic < 0 { throw ValidationError("--synthetic 必须是非负整数") }
        guard output.hasSuffix(".xlsx") else { throw ValidationError("输出文件须以 .xlsx 结尾：\(output)") }
    }

    func run() throws {
        guard let synthetic else {
            FileHandle.standardError.write(Data("企业台账导出尚未接入数据库；目前只支持 --synthetic N\n".utf8))
            throw ExitCode(1)
        }
        do {
            let count = try EnterpriseRegisterWriter().write(
                SyntheticRegisterRows(count: synthetic), to: URL(fileURLWithPath: output))
            print("已导出企业台账：\(count) 家企业 → \(output)")
        } catch let error as ReportError {
            FileHandle.standardError.write(Data("导出失败：\(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
