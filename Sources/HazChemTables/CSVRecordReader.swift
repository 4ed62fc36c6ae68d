/// A byte-level RFC 4180 record reader over validated UTF-8, numbering records and lines as it goes.
///
/// Problems do not stop it: after text that follows a closing quote it skips to the next comma or line
/// end; an unclosed quote takes the rest of the input into its field.
struct CSVRecordReader {
    let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    /// The line the next record starts on.
    private var line = 1
    /// The number of records read so far.
    private var record = 0
    /// What was wrong, in reading order.
    private(set) var issues: [CSVTable.Issue] = []

    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The next record, nil at the end of the input.
    mutating func nextRecord() -> CSVTable.Row? {
        guard index < bytes.count else { return nil }
        record += 1
        var row = CSVTable.Row(line: line, record: record, fields: [])
        while true {
            let (field, end) = nextField(value: row.fields.count + 1)
            row.fields.append(field)
            if end { return row }
        }
    }

    /// Reads the `value`-th field of the record; `end` is true when it closed its record.
    private mutating func nextField(value: Int) -> (String, end: Bool) {
        if index < bytes.count, bytes[index] == Self.quote { return quotedField(value: value) }
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

    private mutating func quotedField(value: Int) -> (String, end: Bool) {
        let openedOn = line
        index += 1
        var buffer: [UInt8] = []
        while index < bytes.count {
            let b = bytes[index]
            index += 1
            guard b == Self.quote else {
                if b == Self.lf || (b == Self.cr && (index == bytes.count || bytes[index] != Self.lf)) { line += 1 }
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
                issues.append(.textAfterQuote(line: line, record: record, value: value))
                return (field, skipToFieldEnd())
            }
        }
        issues.append(.unclosedQuote(line: openedOn, record: record))
        return (String(decoding: buffer, as: UTF8.self), true)
    }

    /// Skips what follows a closing quote up to the next comma or line end; true when that ended the record.
    private mutating func skipToFieldEnd() -> Bool {
        while index < bytes.count {
            switch bytes[index] {
            case Self.comma:
                index += 1
                return false
            case Self.cr, Self.lf:
                skipLineEnd()
                return true
            default: index += 1
            }
        }
        return true
    }

    /// Steps over CRLF, LF or CR at `index` and counts the line.
    private mutating func skipLineEnd() {
        if bytes[index] == Self.cr { index += 1 }
        if index < bytes.count, bytes[index] == Self.lf { index += 1 }
        line += 1
    }

    private func text(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}
