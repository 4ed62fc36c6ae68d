import Foundation

/// A CSV file read into a header and text rows, for every importer (inventories, enterprise lists).
///
/// Follows RFC 4180: fields separated by commas; a field in double quotes may hold commas, line
/// breaks and doubled quotes (`""` → `"`); records end in CRLF, LF or CR. The text must be UTF-8,
/// with or without a byte-order mark (Excel's “CSV UTF-8”). The first non-blank record is the
/// header; blank records are skipped. Each row keeps the 1-based line it starts on, which is the
/// row number a spreadsheet shows when no field holds a line break. Every problem (an unclosed
/// quote, text after a closing quote, more values than header columns, a repeated header) is
/// collected and thrown together as a ``TableError`` naming the file, line and column.
package struct CSVTable: Sendable {
    /// One data record.
    package struct Row: Sendable, Equatable {
        /// The 1-based line the record starts on.
        package var line: Int
        /// The raw field texts, as many as in the file (possibly fewer than the header).
        package var fields: [String]
    }

    /// The file name used in messages.
    package var file: String
    /// The header texts, trimmed.
    package var header: [String]
    /// The data records, without blank ones.
    package var rows: [Row]

    /// Reads a file.
    package init(contentsOf url: URL) throws(TableError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw TableError(file: url.lastPathComponent, message: "无法读取文件 \(url.path)")
        }
        try self.init(data: data, file: url.lastPathComponent)
    }

    /// Decodes UTF-8 bytes (a leading byte-order mark is dropped) and parses them.
    package init(data: Data, file: String) throws(TableError) {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF]),
            let text = String(data: bytes, encoding: .utf8)
        else {
            throw TableError(
                file: file, message: "文件不是UTF-8编码：请在Excel中另存为“CSV UTF-8（逗号分隔）”，或用文本编辑器转为UTF-8")
        }
        try self.init(text: text, file: file)
    }

    /// Parses CSV text; a leading byte-order mark is dropped.
    package init(text: String, file: String) throws(TableError) {
        self.file = file
        var problems: [TableError.Problem] = []
        var records = Self.records(
            in: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, file: file, problems: &problems)
        records.removeAll { $0.fields.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
        guard let first = records.first else {
            problems.append(.init(file: file, line: nil, field: "", message: "文件没有表头行"))
            throw TableError(problems: problems)
        }
        header = first.fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        rows = Array(records.dropFirst())
        var seen: [String: Int] = [:]
        for (index, name) in header.enumerated() where !name.isEmpty {
            if let earlier = seen[Self.normalizedHeader(name)] {
                problems.append(
                    .init(file: file, line: first.line, field: name, message: "表头第\(earlier + 1)列与第\(index + 1)列重复"))
            }
            seen[Self.normalizedHeader(name)] = index
        }
        for row in rows where row.fields.count > header.count {
            let extra = row.fields[header.count...].filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            if !extra.isEmpty {
                problems.append(
                    .init(
                        file: file, line: row.line, field: "",
                        message: "本行有\(row.fields.count)个值，多于表头的\(header.count)列（含逗号的值应加英文双引号）"))
            }
        }
        if !problems.isEmpty { throw TableError(problems: problems) }
    }

    /// The header in comparable form: compatibility-normalised (full-width brackets become ASCII,
    /// ³ becomes 3), without whitespace, lower-cased.
    package static func normalizedHeader(_ name: String) -> String {
        String(name.precomposedStringWithCompatibilityMapping.lowercased().filter { !$0.isWhitespace })
    }

    /// The index of the first column whose header matches one of `names` after normalisation.
    package func column(_ names: String...) -> Int? { column(names) }

    /// The index of the first column whose header matches one of `names` after normalisation.
    package func column(_ names: [String]) -> Int? {
        let wanted = Set(names.map(Self.normalizedHeader))
        return header.firstIndex { wanted.contains(Self.normalizedHeader($0)) }
    }

    /// The trimmed value of a column in a row; "" when the column is nil or the row is short.
    package func value(_ row: Row, _ column: Int?) -> String {
        guard let column, column < row.fields.count else { return "" }
        return row.fields[column].trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func records(in text: String, file: String, problems: inout [TableError.Problem]) -> [Row] {
        var records: [Row] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var quoted = false  // inside a quoted field
        var afterQuote = false  // a quoted field just closed
        var reportedAfterQuote = false
        var quoteLine = 1
        var iterator = text.makeIterator()
        var pending: Character? = nil
        func endRecord() {
            fields.append(field)
            records.append(Row(line: recordLine, fields: fields))
            fields = []
            field = ""
            afterQuote = false
            reportedAfterQuote = false
        }
        while let c = pending ?? iterator.next() {
            pending = nil
            let isBreak = c == "\n" || c == "\r" || c == "\r\n"
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" {
                            field.append("\"")
                        } else {
                            quoted = false
                            afterQuote = true
                            pending = next
                        }
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    if isBreak { line += 1 }
                    field.append(c)
                }
                continue
            }
            if c == "," {
                fields.append(field)
                field = ""
                afterQuote = false
                reportedAfterQuote = false
            } else if isBreak {
                endRecord()
                line += 1
                recordLine = line
            } else if afterQuote {
                if !reportedAfterQuote {
                    problems.append(
                        .init(file: file, line: line, field: "", message: "第\(fields.count + 1)个值的右引号后应紧跟逗号或换行"))
                    reportedAfterQuote = true
                }
            } else if c == "\"", field.isEmpty {
                quoted = true
                quoteLine = line
            } else {
                field.append(c)
            }
        }
        if quoted {
            problems.append(.init(file: file, line: quoteLine, field: "", message: "引号没有闭合（从本行开始的带引号的值缺少右引号）"))
        }
        if !field.isEmpty || !fields.isEmpty || afterQuote { endRecord() }
        return records
    }
}
