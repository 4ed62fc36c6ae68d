import Foundation
import HazChemCore

/// A CSV file read into a header and text rows, for every importer (inventories, enterprise lists).
///
/// Follows RFC 4180: fields separated by commas; a field in double quotes may hold commas, line
/// breaks and doubled quotes (`""` → `"`); records end in CRLF, LF or CR. The text must be UTF-8,
/// with or without a byte-order mark (Excel's “CSV UTF-8”; Excel's default “CSV” is GBK on Chinese
/// Windows and is refused). The first non-blank record is the header; blank records are skipped but
/// still counted. Each row keeps both the 1-based line it starts on and its 1-based record number (the
/// header's record is 1), which is the row a spreadsheet shows even when a field holds a line break.
/// Every problem (an unclosed quote, text after a closing quote and, when the shape is checked, more
/// values than header columns or a repeated header) is collected with its place: ``parse(_:file:checkingShape:)``
/// throws them as ``ReadError`` for a caller to word, the initialisers as a ``TableError`` naming file and line.
package struct CSVTable: Sendable {
    /// One data record.
    package struct Row: Sendable, Equatable {
        /// The 1-based line the record starts on.
        package var line: Int
        /// The 1-based record number, counting the header and blank records.
        package var record: Int
        /// The raw field texts, as many as in the file (possibly fewer than the header).
        package var fields: [String]

        package init(line: Int, record: Int, fields: [String]) {
            self.line = line
            self.record = record
            self.fields = fields
        }
    }

    /// The file name used in messages.
    package var file: String
    /// The header texts, trimmed.
    package var header: [String]
    /// The line the header stands on.
    package var headerLine: Int
    /// The data records, without blank ones.
    package var rows: [Row]

    /// Creates a table from texts, numbering the rows from 2 (to write it out).
    package init(file: String, header: [String], rows: [[String]]) {
        self.file = file
        self.header = header
        self.headerLine = 1
        self.rows = rows.enumerated().map { Row(line: $0.offset + 2, record: $0.offset + 2, fields: $0.element) }
    }

    /// Reads a file.
    package init(contentsOf url: URL) throws(TableError) {
        let data: Data
        do {
            data = try InputFile.data(at: url, limit: InputFile.csvLimit)
        } catch {
            throw TableError(file: url.lastPathComponent, message: error.message(path: url.path))
        }
        try self.init(data: data, file: url.lastPathComponent)
    }

    /// Parses CSV text; a leading byte-order mark is dropped.
    package init(text: String, file: String) throws(TableError) {
        try self.init(data: Data(text.utf8), file: file)
    }

    /// Parses UTF-8 bytes (a leading byte-order mark is dropped), checking the shape too.
    package init(data: Data, file: String) throws(TableError) {
        do {
            self = try Self.parse(data, file: file)
        } catch {
            throw TableError(problems: error.issues.map { $0.problem(file: file) })
        }
    }

    /// Parses UTF-8 bytes (a leading byte-order mark is dropped), collecting every problem.
    ///
    /// Without `checkingShape`, a repeated header and values beyond the header are left to the caller.
    package static func parse(_ data: Data, file: String, checkingShape: Bool = true) throws(ReadError) -> CSVTable {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw ReadError(issues: [InputFile.isUTF16(bytes) ? .utf16 : .notUTF8])
        }
        var records: [Row] = []
        var issues: [Issue] = []
        bytes.withUnsafeBufferPointer { buffer in
            var reader = CSVRecordReader(bytes: buffer)
            while let record = reader.nextRecord() {
                if !record.fields.allSatisfy(Self.isBlank) { records.append(record) }
            }
            issues = reader.issues
        }
        guard let first = records.first else { throw ReadError(issues: issues + [.noHeader]) }
        var table = CSVTable(file: file, header: first.fields.map(\.trimmed), rows: [])
        table.headerLine = first.line
        table.rows = Array(records.dropFirst())
        if checkingShape { issues += table.shapeIssues() }
        if !issues.isEmpty { throw ReadError(issues: issues) }
        return table
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
        return row.fields[column].trimmed
    }

    /// Repeated headers and rows with values beyond the header.
    private func shapeIssues() -> [Issue] {
        var issues: [Issue] = []
        var seen: [String: Int] = [:]
        for (index, name) in header.enumerated() where !name.isEmpty {
            if let earlier = seen[Self.normalizedHeader(name)] {
                issues.append(.repeatedHeader(line: headerLine, name: name, first: earlier + 1, again: index + 1))
            }
            seen[Self.normalizedHeader(name)] = index
        }
        for row in rows where row.fields.count > header.count {
            if row.fields[header.count...].contains(where: { !Self.isBlank($0) }) {
                issues.append(.surplusValues(line: row.line, count: row.fields.count, columns: header.count))
            }
        }
        return issues
    }

    /// Whether a field holds nothing but spaces and tabs (any Unicode space separator, such as 全角空格).
    private static func isBlank(_ field: String) -> Bool {
        field.unicodeScalars.allSatisfy { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
    }
}
