import Foundation
import HazChemTables

extension CSVTable {
    /// Reads an import file; its rows are numbered by record (``CSVTable/Row/record``), as a spreadsheet numbers them.
    package static func importing(contentsOf url: URL) throws(StoreError) -> CSVTable {
        let data: Data
        do {
            data = try InputFile.data(at: url, limit: InputFile.csvLimit)
        } catch {
            throw StoreError(.invalidInput, file: url.lastPathComponent, message: error.message(path: url.path))
        }
        return try importing(data, file: url.lastPathComponent)
    }

    /// Parses an import file's bytes; `file` names it in errors. The header and row widths are left to the importer.
    package static func importing(_ data: Data, file: String) throws(StoreError) -> CSVTable {
        do {
            return try parse(data, file: file, checkingShape: false)
        } catch {
            throw StoreError(.invalidInput, problems: error.issues.map { $0.storeProblem(file: file) })
        }
    }

    /// Writes ``rendered()`` to `url`, replacing the file.
    package func write(to url: URL) throws(StoreError) {
        do {
            try rendered().write(to: url, options: .atomic)
        } catch {
            throw StoreError(.invalidInput, message: InputFile.writeFailure(path: url.path, error: error))
        }
    }
}

extension CSVTable.Issue {
    /// The problem as the enterprise import words it, on the record's row.
    fileprivate func storeProblem(file: String) -> StoreError.Problem {
        switch self {
        case .notUTF8:
            .init(file: file, message: "文件不是UTF-8编码（可能是GBK）：请在Excel或WPS中“另存为”选择“CSV UTF-8(逗号分隔)”")
        case .utf16:
            .init(file: file, message: "文件为UTF-16编码：请在Excel或WPS中“另存为”选择“CSV UTF-8(逗号分隔)”")
        case .noHeader: .init(file: file, row: 1, message: "缺少表头行（第1行应为列名）")
        case .unclosedQuote(_, let record):
            .init(file: file, row: record, message: "引号未闭合：从此行开始的引号字段直到文件末尾都没有结束的双引号")
        case .textAfterQuote(_, let record, _):
            .init(file: file, row: record, message: "引号字段结束后还有多余字符（字段内的英文双引号应写成两个双引号 \"\"）")
        case .repeatedHeader, .surplusValues:
            // Only the shape check finds these; the importer leaves it off and checks header and widths itself.
            StoreError.wrap(TableError(problems: [problem(file: file)])).problems[0]
        }
    }
}
