/// A cell value as stored in an xlsx file.
package enum CellValue: Equatable, Sendable {
    /// Text from the shared-string table, an inline string or a formula's text result.
    case text(String)
    /// A number; dates are numbers (Excel serials) with a date number format.
    case number(Double)
    /// TRUE or FALSE.
    case boolean(Bool)
    /// An error value such as `#DIV/0!`.
    case error(String)

    /// The text, when this is text.
    package var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    /// The number, when this is a number.
    package var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }
}

/// One cell read from a worksheet.
package struct XLSXCell: Equatable, Sendable {
    /// The stored (cached) value; nil for a formatted blank or a formula without a cached result.
    package var value: CellValue?
    /// The formula text without `=`, when the cell has one (empty for followers of a shared formula).
    package var formula: String?
    /// The index into the workbook's cell formats (`s` attribute), when present.
    package var styleIndex: Int?
}

/// A data validation found on a sheet.
package struct XLSXDataValidation: Equatable, Sendable {
    /// `list`, `whole`, `decimal`, `date`, … (empty when the attribute is absent).
    package var type: String
    /// The cells it covers, e.g. `K2:K201`.
    package var ranges: String
    /// The first formula, e.g. `"未整改,整改中,已整改,已验收"` for a list.
    package var formula1: String?

    /// Creates a description of a validation.
    package init(type: String, ranges: String, formula1: String? = nil) {
        self.type = type
        self.ranges = ranges
        self.formula1 = formula1
    }
}

/// The contents of one worksheet read by `XLSXReader`.
package struct XLSXSheet: Sendable {
    /// The sheet name.
    package var name: String
    /// Cells by A1 reference (`B3`); blank cells without a style are absent.
    package var cells: [String: XLSXCell] = [:]
    /// Data validations in file order.
    package var dataValidations: [XLSXDataValidation] = []
    /// The autofilter range, e.g. `A1:T201`.
    package var autofilter: String?
    /// The top-left cell of the scrolling pane when panes are frozen (`A2` for a frozen header row).
    package var frozenTopLeft: String?
    /// Merged ranges such as `A1:F1`.
    package var mergedRanges: [String] = []
    /// Whether the sheet is protected.
    package var isProtected = false

    /// The value of a cell by A1 reference; nil when the cell is absent or empty.
    package subscript(_ reference: String) -> CellValue? { cells[reference]?.value }

    /// The value at a zero-based row and column.
    package subscript(row row: Int, column column: Int) -> CellValue? {
        cells[CellAddress(row: row, column: column).description]?.value
    }

    /// The number of rows that have at least one cell (the highest row index + 1).
    package var rowCount: Int {
        cells.keys.compactMap { CellAddress($0)?.row }.max().map { $0 + 1 } ?? 0
    }
}
