import Foundation
import HazChemXLSX

/// A worksheet of a printable report or form that fits itself: every text written through it is measured,
/// and `finish()` sets each column to its widest text (within limits) and heightens rows whose wrapped text
/// needs several lines, so Chinese text prints whole without manual resizing.
final class AssessmentReportSheet {
    /// The sheet written.
    let sheet: Worksheet
    /// Width limits (in characters of the default font) per column; others use `defaultLimits`.
    private let limits: [Int: ClosedRange<Double>]
    private let defaultLimits: ClosedRange<Double>
    /// The widest single line measured per column.
    private var widest: [Int: Double] = [:]
    /// Cells whose text wraps: row, the columns it spans and the text.
    private var wrapping: [(row: Int, columns: ClosedRange<Int>, text: String)] = []

    /// The height of one line of 11-point text, in points.
    static let lineHeight = 15.0

    /// Wraps a worksheet; `limits` bound the fitted width of some columns.
    init(_ sheet: Worksheet, limits: [Int: ClosedRange<Double>] = [:], defaultLimits: ClosedRange<Double> = 6...40) {
        self.sheet = sheet
        self.limits = limits
        self.defaultLimits = defaultLimits
    }

    /// The printed width of text in character units: CJK and full-width characters count two.
    static func displayWidth(_ text: some StringProtocol) -> Double {
        var width = 0.0
        for scalar in text.unicodeScalars {
            width += isWide(scalar.value) ? 2 : 1
        }
        return width
    }

    /// The height of a row whose wrapped cells hold these texts in columns this wide (characters), or nil when
    /// every text fits on one line. Ledgers and registers call it before writing a row (constant-memory mode).
    static func wrappedRowHeight(_ cells: KeyValuePairs<String, Double>) -> Double? {
        var lines = 1
        for (text, width) in cells {
            lines = max(lines, lineCount(text, width: width))
        }
        return rowHeight(lines: lines)
    }

    /// The height of a row of `lines` lines of wrapped text, or nil for one line (the default height).
    static func rowHeight(lines: Int) -> Double? {
        lines > 1 ? min(Double(lines) * lineHeight + 3, 409) : nil
    }

    /// How many printed lines `text` needs in a wrapped column `width` characters wide (one character of
    /// margin): each line of the text takes its display width (``displayWidth(_:)``) divided by the room, rounded
    /// up. One pass over the UTF-8 bytes, as registers call it for every row of 100,000.
    static func lineCount(_ text: String, width: Double) -> Int {
        let available = max(width - 1, 1)
        var text = text
        return text.withUTF8 { bytes in
            // No character is wider than its UTF-8 bytes: short texts without a line break need no scan.
            if Double(bytes.count) <= available,
                bytes.isEmpty || memchr(bytes.baseAddress!, 0x0A, bytes.count) == nil
            {
                return 1
            }
            var lines = 0
            var line = 0.0
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    if lead == 0x0A {
                        lines += max(1, Int((line / available).rounded(.up)))
                        line = 0
                    } else {
                        line += 1
                    }
                    index += 1
                } else if lead < 0xE0 {  // two bytes (or a stray continuation byte): never wide
                    line += 1
                    index += lead < 0xC0 ? 1 : 2
                } else if lead < 0xF0, index + 2 < bytes.count {
                    let value =
                        UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
                        | UInt32(bytes[index + 2] & 0x3F)
                    line += isWide(value) ? 2 : 1
                    index += 3
                } else {  // four bytes: supplementary planes, wide from U+20000
                    let value =
                        index + 1 < bytes.count ? UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 : 0
                    line += value >= 0x2_0000 ? 2 : 1
                    index += 4
                }
            }
            return lines + max(1, Int((line / available).rounded(.up)))
        }
    }

    /// Whether a scalar prints two columns wide (CJK, Hangul, full-width forms).
    @inline(__always)
    static func isWide(_ v: UInt32) -> Bool {
        // Plain comparisons rather than ranges' `contains`: this runs per character of every register row.
        (v >= 0x2E80 && v <= 0xA4CF) || (v >= 0xFF00 && v <= 0xFF60) || (v >= 0x1100 && v <= 0x115F)
            || (v >= 0xAC00 && v <= 0xD7A3) || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0xFE30 && v <= 0xFE4F)
            || (v >= 0xFFE0 && v <= 0xFFE6) || v >= 0x2_0000
    }

    /// Writes text and measures it; wrapped text may need more lines than one.
    func write(_ text: String, row: Int, column: Int, format: CellFormat?, wraps: Bool = false) throws {
        try sheet.write(text, row: row, column: column, format: format)
        measure(text, column: column)
        if wraps { wrapping.append((row, column...column, text)) }
    }

    /// Merges one row's columns, writes text into them; wrapped text is fitted to the merged width.
    func merge(_ text: String, row: Int, columns: ClosedRange<Int>, format: CellFormat?, wraps: Bool = false) throws {
        let range = CellRange(
            firstRow: row, firstColumn: columns.lowerBound, lastRow: row, lastColumn: columns.upperBound)
        if columns.count == 1 {
            try write(text, row: row, column: columns.lowerBound, format: format, wraps: wraps)
            return
        }
        try sheet.merge(range, text: text, format: format)
        if wraps { wrapping.append((row, columns, text)) }
    }

    /// Records that a column shows text this wide (numbers and dates written directly to `sheet`).
    func measure(_ text: String, column: Int) {
        let width =
            text.split(separator: "\n", omittingEmptySubsequences: false).map { Self.displayWidth($0) }.max() ?? 0
        widest[column] = max(widest[column] ?? 0, width)
    }

    /// The fitted width of a column.
    func width(of column: Int) -> Double {
        let bounds = limits[column] ?? defaultLimits
        return min(max((widest[column] ?? 0) + 2, bounds.lowerBound), bounds.upperBound)
    }

    /// A4 fitted to the page width, the enterprise and document names in the page header, page numbers below.
    static func pageSetup(
        enterprise: String, document: String, landscape: Bool, repeatRows: ClosedRange<Int>?
    ) -> PageSetup {
        // `&` starts a header code: a literal ampersand is `&&`. Names are cut to stay under 255 characters.
        func escaped(_ text: String) -> String { String(text.prefix(60)).replacingOccurrences(of: "&", with: "&&") }
        return PrintedWorkbook.pageSetup(
            landscape: landscape, repeatRows: repeatRows, header: "&L\(escaped(enterprise))&R\(escaped(document))",
            centerHorizontally: true)
    }

    /// Sets the fitted column widths and the heights of rows with wrapped text.
    func finish() throws {
        let columns = Set(widest.keys).union(limits.keys).union(wrapping.flatMap { Array($0.columns) })
        for column in columns.sorted() {
            try sheet.setColumnWidth(width(of: column), columns: column...column)
        }
        var lines: [Int: Int] = [:]
        for cell in wrapping {
            let count = Self.lineCount(cell.text, width: cell.columns.reduce(0) { $0 + width(of: $1) })
            lines[cell.row] = max(lines[cell.row] ?? 1, count)
        }
        for (row, count) in lines.sorted(by: { $0.key < $1.key }) where count > 1 {
            try sheet.setRowHeight(min(Double(count) * Self.lineHeight + 3, 409), row: row)
        }
    }
}
