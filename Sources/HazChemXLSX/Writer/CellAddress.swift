/// A cell position, zero-based like libxlsxwriter: row 0, column 0 is `A1`.
package struct CellAddress: Hashable, Sendable {
    /// Excel's row count: rows are 0..<1_048_576.
    package static let rowLimit = 1_048_576
    /// Excel's column count: columns are 0..<16_384 (A…XFD).
    package static let columnLimit = 16_384

    /// Zero-based row.
    package var row: Int
    /// Zero-based column.
    package var column: Int

    /// Creates an address from zero-based row and column.
    package init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses `B3`, `$B$3` or `xfd1048576` (case-insensitive); nil for anything else.
    package init?(_ text: some StringProtocol) {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for byte in text.utf8 where byte != UInt8(ascii: "$") {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int((byte | 0x20) - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
        }
        guard letters > 0, digits > 0, row > 0 else { return nil }
        self.init(row: row - 1, column: column - 1)
    }

    /// Whether the address is inside Excel's grid.
    package var isValid: Bool {
        (0..<Self.rowLimit).contains(row) && (0..<Self.columnLimit).contains(column)
    }

    /// `A`, `Z`, `AA`, `XFD` for columns 0, 25, 26, 16383; `?` for a negative column.
    package static func columnName(_ column: Int) -> String {
        guard column >= 0 else { return "?" }
        var n = column + 1
        var scalars: [Unicode.Scalar] = []
        while n > 0 {
            let r = (n - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(ascii: "A") + UInt8(r)))
            n = (n - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }
}

extension CellAddress: CustomStringConvertible {
    /// A1 notation such as `B3`; out-of-range rows still print their number (`A1048577`).
    package var description: String { "\(Self.columnName(column))\(row >= 0 ? String(row + 1) : "?")" }
}

/// A rectangle of cells, both corners included, such as `A1:T1`.
package struct CellRange: Hashable, Sendable {
    /// The top-left cell.
    package var first: CellAddress
    /// The bottom-right cell.
    package var last: CellAddress

    /// Creates a range from zero-based corners.
    package init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        first = CellAddress(row: firstRow, column: firstColumn)
        last = CellAddress(row: lastRow, column: lastColumn)
    }

    /// A range of one cell.
    package init(_ cell: CellAddress) {
        first = cell
        last = cell
    }

    /// Parses `A1:T1` or a single cell `B3`; nil for anything else.
    package init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2, let a = CellAddress(parts[0]),
            let b = parts.count == 2 ? CellAddress(parts[1]) : a
        else { return nil }
        first = a
        last = b
    }

    /// Whether both corners are inside Excel's grid and in order.
    package var isValid: Bool {
        first.isValid && last.isValid && first.row <= last.row && first.column <= last.column
    }
}

extension CellRange: CustomStringConvertible {
    /// `A1:T1`, or `B3` for a single cell.
    package var description: String { first == last ? first.description : "\(first):\(last)" }
}
