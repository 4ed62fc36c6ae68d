import ArgumentParser
import Foundation
import HazChemReports
import HazChemStore
import HazChemXLSX

/// Shared behaviour of the export commands: store errors as in ``StoreCLI``, workbook errors as 导出失败.
enum ExportCLI {
    /// Runs `body`: a store error is printed and exits 2 (bad input) or 1; a workbook error prints 导出失败 and
    /// exits 2 for refused content, 1 for a library failure; other errors (validation, exit codes) pass through.
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as StoreError {
            try StoreCLI.run { () throws(StoreError) in throw error }
        } catch let error as XLSXError {
            StoreCLI.printError("导出失败：\(error)")
            throw ExitCode(exitCode(of: error))
        }
    }

    /// 2 when the stored or given content is refused (answers that do not score, a bad workbook), 1 when
    /// writing the workbook failed inside the library.
    static func exitCode(of error: XLSXError) -> Int32 {
        switch error.code {
        case .invalidContent, .problems, .unreadableArchive, .missingPart, .malformedXML, .unknownSheet: 2
        case .library, .cellOutOfRange, .rowOutOfOrder, .invalidArgument, .workbookClosed: 1
        }
    }

    /// Refuses an output path that is not an .xlsx file.
    static func checkOutput(_ path: String) throws {
        guard path.hasSuffix(".xlsx") else { throw ValidationError("输出文件须以 .xlsx 结尾：\(path)") }
    }
}
