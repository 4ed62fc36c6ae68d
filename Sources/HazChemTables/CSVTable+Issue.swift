extension CSVTable {
    /// Something wrong with a CSV file, with where it is.
    package enum Issue: Sendable, Equatable {
        /// The bytes are not UTF-8 (most likely GBK).
        case notUTF8
        /// The bytes are UTF-16 (a byte-order mark or every other byte zero).
        case utf16
        /// There is no non-blank record to serve as the header.
        case noHeader
        /// A quoted field opened on `line` (in record `record`) never closes.
        case unclosedQuote(line: Int, record: Int)
        /// Text follows the closing quote of the `value`-th value (1-based) of a record.
        case textAfterQuote(line: Int, record: Int, value: Int)
        /// Header columns `first` and `again` (1-based) have the same name.
        case repeatedHeader(line: Int, name: String, first: Int, again: Int)
        /// A row has `count` values, more than the header's `columns`.
        case surplusValues(line: Int, count: Int, columns: Int)

        /// The problem as a table loader words it.
        package func problem(file: String) -> TableError.Problem {
            switch self {
            case .notUTF8:
                .init(file: file, line: nil, field: "", message: InputFile.Problem.notUTF8.message(path: file))
            case .utf16:
                .init(file: file, line: nil, field: "", message: InputFile.Problem.utf16.message(path: file))
            case .noHeader: .init(file: file, line: nil, field: "", message: "文件没有表头行")
            case .unclosedQuote(let line, _):
                .init(file: file, line: line, field: "", message: "引号没有闭合（从本行开始的带引号的值缺少右引号）")
            case .textAfterQuote(let line, _, let value):
                .init(file: file, line: line, field: "", message: "第\(value)个值的右引号后应紧跟逗号或换行")
            case .repeatedHeader(let line, let name, let first, let again):
                .init(file: file, line: line, field: name, message: "表头第\(first)列与第\(again)列重复")
            case .surplusValues(let line, let count, let columns):
                .init(
                    file: file, line: line, field: "", message: "本行有\(count)个值，多于表头的\(columns)列（含逗号的值应加英文双引号）")
            }
        }
    }

    /// The problems that kept a CSV file from being read, in file order.
    package struct ReadError: Error, Sendable, Equatable {
        package var issues: [Issue]
    }
}
