import CXlsxWriter
import HazChemXLSX

extension Worksheet {
    /// Merges a range and writes `text` into it (the other cells become formatted blanks).
    package func merge(_ range: CellRange, text: String, format: CellFormat? = nil) throws {
        try checkRange(range, ordered: true)
        let result = text.withCString {
            worksheet_merge_range(
                handle, lxw_row_t(range.first.row), lxw_col_t(range.first.column), lxw_row_t(range.last.row),
                lxw_col_t(range.last.column), $0, format?.handle)
        }
        try check(result, cell: range.description)
        if constantMemory { advance(to: range.last.row) }
    }

    /// Sets the width (in characters of the default font) of a column or columns, and optionally their format.
    package func setColumnWidth(
        _ width: Double, columns: ClosedRange<Int>, format: CellFormat? = nil, hidden: Bool = false
    ) throws {
        let range = CellRange(firstRow: 0, firstColumn: columns.lowerBound, lastRow: 0, lastColumn: columns.upperBound)
        guard range.isValid, width >= 0, width <= 255 else {
            throw XLSXError(
                .invalidArgument("列宽须在 0–255 之间，列须在 A–XFD 之间"), file: workbook.path, sheet: name,
                cell: "\(CellAddress.columnName(columns.lowerBound)):\(CellAddress.columnName(columns.upperBound))")
        }
        var options = lxw_row_col_options(hidden: hidden ? 1 : 0, level: 0, collapsed: 0)
        let result = worksheet_set_column_opt(
            handle, lxw_col_t(columns.lowerBound), lxw_col_t(columns.upperBound), width, format?.handle, &options)
        try check(result, cell: CellAddress.columnName(columns.lowerBound))
    }

    /// Sets a row's height in points (default 15) and optionally its format.
    ///
    /// In constant-memory mode call it before writing the row's cells.
    package func setRowHeight(_ height: Double, row: Int, format: CellFormat? = nil) throws {
        let (r, _) = try position(row, 0)
        guard height >= 0, height <= 409 else {
            throw problem(.invalidArgument("行高须在 0–409 磅之间"), row, 0)
        }
        try check(worksheet_set_row(handle, r, height, format?.handle), cell: "\(row + 1):\(row + 1)")
    }

    /// Freezes the rows above `row` and the columns left of `column` (`freezePanes(row: 1, column: 0)` keeps
    /// the header row visible).
    package func freezePanes(row: Int, column: Int = 0) throws {
        guard CellAddress(row: row, column: column).isValid else { throw problem(.cellOutOfRange, row, column) }
        worksheet_freeze_panes(handle, lxw_row_t(row), lxw_col_t(column))
    }

    /// Adds filter buttons to the header row of a range such as `A1:T201`.
    package func autofilter(_ range: CellRange) throws {
        try checkRange(range, ordered: false)
        let result = worksheet_autofilter(
            handle, lxw_row_t(range.first.row), lxw_col_t(range.first.column), lxw_row_t(range.last.row),
            lxw_col_t(range.last.column))
        try check(result, cell: range.description)
    }

    /// Hides the sheet's tab (keep at least one sheet visible and make another one active).
    package func hide() { worksheet_hide(handle) }

    /// Makes this the sheet shown when the workbook opens.
    package func activate() { worksheet_activate(handle) }

    /// What users may still do on a protected sheet, besides editing unlocked cells.
    package struct Permissions: OptionSet, Sendable {
        /// The raw bits.
        package let rawValue: Int
        /// Creates a set from raw bits.
        package init(rawValue: Int) { self.rawValue = rawValue }
        /// Change column widths.
        package static let formatColumns = Permissions(rawValue: 1 << 0)
        /// Change row heights.
        package static let formatRows = Permissions(rawValue: 1 << 1)
        /// Sort.
        package static let sort = Permissions(rawValue: 1 << 2)
        /// Use the autofilter buttons.
        package static let autofilter = Permissions(rawValue: 1 << 3)
        /// Insert rows.
        package static let insertRows = Permissions(rawValue: 1 << 4)
    }

    /// Protects the sheet: only cells whose `Format.locked` is false can be edited.
    package func protect(password: String? = nil, allowing permissions: Permissions = []) {
        var options = lxw_protection()
        options.format_columns = permissions.contains(.formatColumns) ? 1 : 0
        options.format_rows = permissions.contains(.formatRows) ? 1 : 0
        options.sort = permissions.contains(.sort) ? 1 : 0
        options.autofilter = permissions.contains(.autofilter) ? 1 : 0
        options.insert_rows = permissions.contains(.insertRows) ? 1 : 0
        withOptionalCString(password) { worksheet_protect(handle, $0, &options) }
    }

    /// Places a chart with its top-left corner at a cell, optionally scaled (1 is 480 × 288 pixels).
    package func insert(_ chart: Chart, at cell: CellAddress, xScale: Double = 1, yScale: Double = 1) throws {
        guard cell.isValid else { throw problem(.cellOutOfRange, cell.row, cell.column) }
        guard chart.workbook === workbook else {
            throw problem(.invalidArgument("图表属于另一个工作簿"), cell.row, cell.column)
        }
        var options = lxw_chart_options()
        options.x_scale = xScale
        options.y_scale = yScale
        let result = worksheet_insert_chart_opt(
            handle, lxw_row_t(cell.row), lxw_col_t(cell.column), chart.handle, &options)
        try check(result, cell: cell.description)
    }

    // MARK: - Range checks

    /// Throws unless the range is inside the grid (and, for writes in constant-memory mode, not behind).
    func checkRange(_ range: CellRange, ordered: Bool) throws {
        guard range.isValid else {
            throw XLSXError(.cellOutOfRange, file: workbook.path, sheet: name, cell: range.description)
        }
        if workbook.handle == nil {
            throw XLSXError(.workbookClosed, file: workbook.path, sheet: name, cell: range.description)
        }
        if ordered, constantMemory, range.first.row < currentRow {
            throw XLSXError(
                .rowOutOfOrder(lastWrittenRow: currentRow), file: workbook.path, sheet: name,
                cell: range.description)
        }
    }

    /// Records that rows up to `row` have been written (constant-memory order check).
    func advance(to row: Int) { currentRow = max(currentRow, row) }
}
