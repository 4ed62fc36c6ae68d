import CXlsxWriter
import Foundation
import HazChemCore
import HazChemXLSX

/// One worksheet of a `Workbook`: typed cell writes that throw `XLSXError` naming the sheet and cell.
///
/// Rows and columns are zero-based (row 0, column 0 is `A1`). In a constant-memory workbook rows must be
/// written in increasing order; writing to an earlier row throws `rowOutOfOrder`. The worksheet keeps its
/// workbook alive; it cannot be written after the workbook is closed.
package final class Worksheet {
    /// The sheet name as shown on its tab.
    package let name: String
    /// The library worksheet, owned by the workbook.
    let handle: UnsafeMutablePointer<lxw_worksheet>
    /// The workbook the sheet belongs to.
    package let workbook: Workbook
    /// Whether rows must be written in order.
    let constantMemory: Bool
    /// The highest row touched so far in constant-memory mode (−1 before the first write).
    package internal(set) var currentRow = -1

    init(handle: UnsafeMutablePointer<lxw_worksheet>, name: String, workbook: Workbook) {
        self.handle = handle
        self.name = name
        self.workbook = workbook
        self.constantMemory = workbook.options.constantMemory
    }

    // MARK: - Cell writes

    /// Writes text (any Unicode, up to 32,767 characters). An empty string writes nothing unless formatted.
    package func write(_ text: String, row: Int, column: Int, format: CellFormat? = nil) throws {
        let (r, c) = try position(row, column)
        let result = text.withCString { worksheet_write_string(handle, r, c, $0, format?.handle) }
        if result != LXW_NO_ERROR { throw failure(result, row, column) }
    }

    /// Writes a number; NaN and infinities are refused.
    package func write(_ number: Double, row: Int, column: Int, format: CellFormat? = nil) throws {
        let (r, c) = try position(row, column)
        guard number.isFinite else { throw problem(.invalidArgument("数值必须是有限数"), row, column) }
        let result = worksheet_write_number(handle, r, c, number, format?.handle)
        if result != LXW_NO_ERROR { throw failure(result, row, column) }
    }

    /// Writes a whole number.
    package func write(_ integer: Int, row: Int, column: Int, format: CellFormat? = nil) throws {
        try write(Double(integer), row: row, column: column, format: format)
    }

    /// Writes a one-decimal score as a number (use a `0.0` number format to always show the decimal).
    package func write(_ tenths: Tenths, row: Int, column: Int, format: CellFormat? = nil) throws {
        try write(Double(tenths.raw) / 10, row: row, column: column, format: format)
    }

    /// Writes a real Excel date (its serial number); without a format it gets `yyyy-mm-dd`.
    package func write(_ day: LocalDate, row: Int, column: Int, format: CellFormat? = nil) throws {
        let dateFormat = try format ?? workbook.format(Format(numberFormat: Format.dateNumberFormat))
        try write(Double(day.excelSerial), row: row, column: column, format: dateFormat)
    }

    /// Writes an instant as an Excel date-time in a time zone; without a format it gets `yyyy-mm-dd hh:mm`.
    package func write(
        _ date: Date, timeZone: TimeZone = LocalDate.chinaTimeZone, row: Int, column: Int,
        format: CellFormat? = nil
    ) throws {
        guard let day = LocalDate(date, timeZone: timeZone) else {
            throw problem(.invalidArgument("日期 \(date) 无效（须在 1900–9999 年间）"), row, column)
        }
        let seconds = date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))
        let fraction = seconds / 86_400 - (seconds / 86_400).rounded(.down)
        let dateFormat = try format ?? workbook.format(Format(numberFormat: Format.dateTimeNumberFormat))
        try write(Double(day.excelSerial) + fraction, row: row, column: column, format: dateFormat)
    }

    /// Writes TRUE or FALSE.
    package func write(_ value: Bool, row: Int, column: Int, format: CellFormat? = nil) throws {
        let (r, c) = try position(row, column)
        let result = worksheet_write_boolean(handle, r, c, value ? 1 : 0, format?.handle)
        if result != LXW_NO_ERROR { throw failure(result, row, column) }
    }

    /// Writes a formula such as `=SUM(B2:B9)` with the numeric result Excel shows before recalculating.
    package func writeFormula(
        _ formula: String, row: Int, column: Int, cachedNumber: Double = 0, format: CellFormat? = nil
    ) throws {
        let (r, c) = try position(row, column)
        let result = formula.withCString { worksheet_write_formula_num(handle, r, c, $0, format?.handle, cachedNumber) }
        if result != LXW_NO_ERROR { throw failure(result, row, column) }
    }

    /// Writes a formula whose result is text, with that text cached for readers that do not recalculate.
    package func writeFormula(
        _ formula: String, row: Int, column: Int, cachedText: String, format: CellFormat? = nil
    ) throws {
        let (r, c) = try position(row, column)
        let result = formula.withCString { f in
            cachedText.withCString { worksheet_write_formula_str(handle, r, c, f, format?.handle, $0) }
        }
        if result != LXW_NO_ERROR { throw failure(result, row, column) }
    }

    /// Writes an empty cell that carries a format (a blank without format writes nothing).
    package func writeBlank(row: Int, column: Int, format: CellFormat?) throws {
        let (r, c) = try position(row, column)
        let result = worksheet_write_blank(handle, r, c, format?.handle)
        if result != LXW_NO_ERROR { throw failure(result, row, column) }
    }

    /// Writes a hyperlink (`https://…`, `mailto:…`, `internal:Sheet!A1`) showing `text` (the URL if nil).
    package func writeURL(
        _ url: String, row: Int, column: Int, text: String? = nil, tooltip: String? = nil,
        format: CellFormat? = nil
    ) throws {
        let (r, c) = try position(row, column)
        let result = url.withCString { u in
            withOptionalCString(text) { t in
                withOptionalCString(tooltip) { worksheet_write_url_opt(handle, r, c, u, format?.handle, t, $0) }
            }
        }
        if result != LXW_NO_ERROR { throw failure(result, row, column) }
    }

    // MARK: - Checks shared by every write

    /// Checks a cell position (grid limits, row order, open workbook) and converts it for the library.
    @inline(__always)
    func position(_ row: Int, _ column: Int) throws -> (lxw_row_t, lxw_col_t) {
        guard row >= 0, row < CellAddress.rowLimit, column >= 0, column < CellAddress.columnLimit else {
            throw problem(.cellOutOfRange, row, column)
        }
        if constantMemory {
            if row < currentRow { throw problem(.rowOutOfOrder(lastWrittenRow: currentRow), row, column) }
            currentRow = row
        }
        if workbook.handle == nil { throw problem(.workbookClosed, row, column) }
        return (lxw_row_t(row), lxw_col_t(column))
    }

    /// An error at a cell of this sheet.
    func problem(_ code: XLSXError.Code, _ row: Int, _ column: Int) -> XLSXError {
        XLSXError(code, file: workbook.path, sheet: name, cell: CellAddress(row: row, column: column).description)
    }

    /// An error for a failed library call at a cell (or a range, or the whole sheet when `cell` is nil).
    func failure(_ error: lxw_error, _ row: Int, _ column: Int) -> XLSXError {
        failure(error, cell: CellAddress(row: row, column: column).description)
    }

    /// An error for a failed library call, naming a cell or range when given.
    func failure(_ error: lxw_error, cell: String?) -> XLSXError {
        XLSXError.library(error, sheet: name, cell: cell).in(file: workbook.path)
    }

    /// Throws the library error, if any, naming the sheet and the given cell or range.
    func check(_ error: lxw_error, cell: String?) throws {
        if error != LXW_NO_ERROR { throw failure(error, cell: cell) }
    }
}

/// Calls `body` with a C string for `text`, or with nil when `text` is nil.
func withOptionalCString<R>(_ text: String?, _ body: (UnsafePointer<CChar>?) -> R) -> R {
    guard let text else { return body(nil) }
    return text.withCString { body($0) }
}
