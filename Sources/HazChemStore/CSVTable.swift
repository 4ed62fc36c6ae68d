import Foundation

/// A CSV file read per RFC 4180: a header row and data records, as Excel and WPS save them.
///
/// Accepts UTF-8 with or without a byte-order mark, CRLF, LF or CR line ends, and quoted fields holding
/// commas, quotes (`""`) and line breaks. Record numbers count every record from 1 (the header), the way
/// a spreadsheet numbers rows, so a message's 第N行 is the row the user sees. Blank records are skipped
/// but still counted. A file that is not UTF-8 (Excel's default “CSV” is GBK on Chinese Windows) is refused.
package struct CSVTable: Sendable {
    /// The header fields.
    package var header: [String]
    /// The data records' fields.
    package var rows: [[String]]
    /// The 1-based record number of each entry of `rows` (the header is record 1).
    package var rowNumbers: [Int]

    /// Creates a table from parsed parts.
    package init(header: [String], rows: [[String]], rowNumbers: [Int]) {
        self.header = header
        self.rows = rows
        self.rowNumbers = rowNumbers
    }

    /// Parses CSV bytes; `file` names the file in errors.
    package static func parse(_ data: Data, file: String) throws(StoreError) -> CSVTable {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if String(validating: bytes, as: UTF8.self) == nil {
            throw StoreError(
                .invalidInput, file: file,
                message: "文件不是UTF-8编码（可能是GBK）：请在Excel或WPS中“另存为”选择“CSV UTF-8(逗号分隔)”")
        }
        var records: [[String]] = []
        var numbers: [Int] = []
        var problem: StoreError?
        bytes.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer)
            var number = 0
            while let record = reader.nextRecord() {
                number += 1
                if let error = reader.error {
                    problem = StoreError(.invalidInput, file: file, row: number, message: error)
                    return
                }
                if record.allSatisfy({ $0.allSatisfy { $0 == " " || $0 == "\t" } }) { continue }
                records.append(record)
                numbers.append(number)
            }
        }
        if let problem { throw problem }
        guard !records.isEmpty, numbers[0] == 1 else {
            throw StoreError(.invalidInput, file: file, row: 1, message: "缺少表头行（第1行应为列名）")
        }
        return CSVTable(header: records[0], rows: Array(records.dropFirst()), rowNumbers: Array(numbers.dropFirst()))
    }

    /// Reads and parses a CSV file.
    package static func read(contentsOf url: URL) throws(StoreError) -> CSVTable {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw StoreError(.invalidInput, file: url.path, message: "无法读取文件")
        }
        return try parse(data, file: url.lastPathComponent)
    }
}

/// A byte-level RFC 4180 record reader over validated UTF-8.
private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    /// Set when the record just returned is malformed.
    var error: String?

    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The next record, nil at the end of the input.
    mutating func nextRecord() -> [String]? {
        guard index < bytes.count else { return nil }
        var fields: [String] = []
        while true {
            let (field, end) = nextField()
            fields.append(field)
            if error != nil || end { return fields }
        }
    }

    /// Reads one field; `end` is true when it closed its record.
    private mutating func nextField() -> (String, end: Bool) {
        if index < bytes.count, bytes[index] == Self.quote { return quotedField() }
        let start = index
        while index < bytes.count {
            let b = bytes[index]
            if b == Self.comma {
                let field = text(start, index)
                index += 1
                return (field, false)
            }
            if b == Self.cr || b == Self.lf {
                let field = text(start, index)
                skipLineEnd()
                return (field, true)
            }
            index += 1
        }
        return (text(start, index), true)
    }

    private mutating func quotedField() -> (String, end: Bool) {
        index += 1
        var buffer: [UInt8] = []
        while index < bytes.count {
            let b = bytes[index]
            index += 1
            guard b == Self.quote else {
                buffer.append(b)
                continue
            }
            if index < bytes.count, bytes[index] == Self.quote {
                buffer.append(Self.quote)
                index += 1
                continue
            }
            let field = String(decoding: buffer, as: UTF8.self)
            guard index < bytes.count else { return (field, true) }
            switch bytes[index] {
            case Self.comma:
                index += 1
                return (field, false)
            case Self.cr, Self.lf:
                skipLineEnd()
                return (field, true)
            default:
                error = "引号字段结束后还有多余字符（字段内的英文双引号应写成两个双引号 \"\"）"
                return (field, true)
            }
        }
        error = "引号未闭合：从此行开始的引号字段直到文件末尾都没有结束的双引号"
        index = bytes.count
        return ("", true)
    }

    private mutating func skipLineEnd() {
        if bytes[index] == Self.cr { index += 1 }
        if index < bytes.count, bytes[index] == Self.lf { index += 1 }
    }

    private func text(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}
