import ArgumentParser
import Foundation
import HazChemCore
import HazChemReports
import HazChemStore
import HazChemTables
import HazChemWeb

/// The printed formats of the assessment documents.
enum PrintFormat: String, ExpressibleByArgument, CaseIterable {
    case xlsx
    case pdf
    case html

    /// The file name ending the output must have.
    var suffix: String { ".\(rawValue)" }
}

/// Shared by `export report|notice|recheck`: the report data of a stored assessment and printing it.
enum ExportPrint {
    /// Refuses an output path whose ending does not match `format`.
    static func checkOutput(_ path: String, format: PrintFormat) throws {
        guard path.hasSuffix(format.suffix) else {
            throw ValidationError("--format \(format.rawValue) 的输出文件须以 \(format.suffix) 结尾：\(path)")
        }
    }

    /// The report data of assessment `id` (``AssessmentReportData``, the one source of every format).
    static func data(_ id: Int64, database: DatabaseOptions, tables: TableOptions) throws -> (
        AssessmentDetail, AssessmentReportData
    ) {
        let store = try database.open(actor: StoreOptions.actor(nil))
        let detail = try AssessmentCLI.detail(id, in: store)
        let data = try store.assessmentReportData(
            detail,
            reference: {
                do {
                    return try MajorHazardReferenceLoader.load(
                        tablesDirectory: try AssessmentCLI.tablesDirectory(tables))
                } catch {
                    throw StoreError.wrap(error)
                }
            }, generatedOn: LocalDate.today(in: LocalDate.chinaTimeZone))
        return (detail, data)
    }

    /// Writes `html` (format html) or its PDF printed by Chromium (format pdf) to `output`; a missing template
    /// folder or Chromium, or a failed print, is a Chinese message and exit code 2 (1 for a failed print).
    static func write(format: PrintFormat, output: String, html: () throws(WebError) -> String) throws {
        do {
            let text = try html()
            let url = URL(fileURLWithPath: output)
            if format == .html {
                try Data(text.utf8).write(to: url)
            } else {
                try ChromiumPrinter.locate().pdf(html: text).write(to: url)
            }
        } catch let error as WebError {
            StoreCLI.printError("导出失败：\(error.description)")
            throw ExitCode(error.code == .configuration ? 2 : 1)
        } catch let error as CocoaError {
            StoreCLI.printError("导出失败：无法写入 \(output)：\(error.localizedDescription)")
            throw ExitCode(2)
        }
    }

    /// The print renderer over the templates folder (`HAZCHEM_TEMPLATES`, `./Templates` or beside the program).
    static func renderer() throws(WebError) -> PrintRenderer {
        let folder = try WebConfiguration.locateTemplates(
            explicit: nil, environment: ProcessInfo.processInfo.environment,
            currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
            executable: Bundle.main.executableURL)
        return try PrintRenderer(directory: folder)
    }
}

/// `hazchem export notice|recheck ID --format pdf|html --out FILE`: 整改通知书 or 复查意见书 of one assessment.
struct ExportNoticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notice",
        abstract: "导出隐患整改通知书（pdf 或 html）：未整改的隐患及整改期限，致被评估企业，由组织评估的应急管理局发出")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var tables: TableOptions
    @Argument(help: "评估编号") var id: Int64
    @Option(help: "格式：pdf 或 html") var format: PrintFormat = .pdf
    @Option(name: .customLong("out"), help: "输出文件") var output: String
    @Option(help: "发文日期 YYYY-MM-DD（默认今天）") var date: String?

    func validate() throws {
        if format == .xlsx { throw ValidationError("整改通知书只能导出为 pdf 或 html") }
        try ExportPrint.checkOutput(output, format: format)
    }

    func run() throws { try ExportNoticeCommand.export(.notice, id: id, database, tables, format, output, date) }

    static func export(
        _ kind: HazardNoticePrint.Kind, id: Int64, _ database: DatabaseOptions, _ tables: TableOptions,
        _ format: PrintFormat, _ output: String, _ date: String?
    ) throws {
        var issued = LocalDate.today(in: LocalDate.chinaTimeZone)
        if let date {
            guard let day = LocalDate(parsing: date) else {
                throw ValidationError("--date 须为 YYYY-MM-DD 格式的日期：\(date)")
            }
            issued = day
        }
        let today = issued
        try ExportCLI.run {
            let (detail, data) = try ExportPrint.data(id, database: database, tables: tables)
            try ExportPrint.write(format: format, output: output) { () throws(WebError) in
                try ExportPrint.renderer().notice(kind, data: data, date: today)
            }
            print("已导出\(detail.enterprise.name)\(kind.title)（\(detail.assessment.entityLabel)）→ \(output)")
        }
    }
}

/// `hazchem export recheck ID --format pdf|html --out FILE`: 复查意见书.
struct ExportRecheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recheck", abstract: "导出隐患整改复查意见书（pdf 或 html）：隐患清单各项的整改和复查结果")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var tables: TableOptions
    @Argument(help: "评估编号") var id: Int64
    @Option(help: "格式：pdf 或 html") var format: PrintFormat = .pdf
    @Option(name: .customLong("out"), help: "输出文件") var output: String
    @Option(help: "发文日期 YYYY-MM-DD（默认今天）") var date: String?

    func validate() throws {
        if format == .xlsx { throw ValidationError("复查意见书只能导出为 pdf 或 html") }
        try ExportPrint.checkOutput(output, format: format)
    }

    func run() throws { try ExportNoticeCommand.export(.recheck, id: id, database, tables, format, output, date) }
}
