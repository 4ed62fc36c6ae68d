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
            let v = scalar.value
            let wide =
                (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || v >= 0x2_0000
            width += wide ? 2 : 1
        }
        return width
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
        return PageSetup(
            landscape: landscape, paper: .a4, fitToWidth: true, repeatRows: repeatRows,
            header: "&L\(escaped(enterprise))&R\(escaped(document))", footer: "&C第 &P 页，共 &N 页",
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
            let available = max(cell.columns.reduce(0) { $0 + width(of: $1) } - 1, 1)
            let count = cell.text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) {
                $0 + max(1, Int((Self.displayWidth($1) / available).rounded(.up)))
            }
            lines[cell.row] = max(lines[cell.row] ?? 1, count)
        }
        for (row, count) in lines.sorted(by: { $0.key < $1.key }) where count > 1 {
            try sheet.setRowHeight(min(Double(count) * Self.lineHeight + 3, 409), row: row)
        }
    }
}
