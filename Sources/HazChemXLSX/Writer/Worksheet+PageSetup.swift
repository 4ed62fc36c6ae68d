import CXlsxWriter
import HazChemXLSX

/// How a worksheet prints.
package struct PageSetup: Sendable {
    /// Paper sizes used by bureaus.
    package enum Paper: UInt8, Sendable {
        /// Printer default.
        case printerDefault = 0
        /// A3, 297 × 420 mm.
        case a3 = 8
        /// A4, 210 × 297 mm.
        case a4 = 9
    }

    /// Page margins in millimetres.
    package struct Margins: Sendable, Equatable {
        package var left: Double
        package var right: Double
        package var top: Double
        package var bottom: Double

        /// Creates margins (millimetres).
        package init(left: Double, right: Double, top: Double, bottom: Double) {
            self.left = left
            self.right = right
            self.top = top
            self.bottom = bottom
        }
    }

    /// Landscape rather than portrait.
    package var landscape: Bool
    /// The paper size.
    package var paper: Paper
    /// Shrink the print so every column fits the page width (any number of pages tall).
    package var fitToWidth: Bool
    /// Rows (zero-based) printed at the top of every page, such as the header row `0...0`.
    package var repeatRows: ClosedRange<Int>?
    /// Page header in Excel's codes (`&C&"宋体,加粗"企业台账`, `&P`, `&N`); at most 255 characters.
    package var header: String?
    /// Page footer, e.g. `&C第 &P 页，共 &N 页`; at most 255 characters.
    package var footer: String?
    /// The part of the sheet that prints.
    package var printArea: CellRange?
    /// Centre the print horizontally on the page.
    package var centerHorizontally: Bool
    /// Page margins; nil keeps Excel's defaults (0.7″ left and right, 0.75″ top and bottom).
    package var margins: Margins?

    /// Creates a page setup; the default is portrait A4 with nothing else set.
    package init(
        landscape: Bool = false, paper: Paper = .a4, fitToWidth: Bool = false, repeatRows: ClosedRange<Int>? = nil,
        header: String? = nil, footer: String? = nil, printArea: CellRange? = nil, centerHorizontally: Bool = false,
        margins: Margins? = nil
    ) {
        self.margins = margins
        self.landscape = landscape
        self.paper = paper
        self.fitToWidth = fitToWidth
        self.repeatRows = repeatRows
        self.header = header
        self.footer = footer
        self.printArea = printArea
        self.centerHorizontally = centerHorizontally
    }
}

extension Worksheet {
    /// Applies a page setup for printing.
    package func setPageSetup(_ setup: PageSetup) throws {
        if setup.landscape { worksheet_set_landscape(handle) } else { worksheet_set_portrait(handle) }
        worksheet_set_paper(handle, setup.paper.rawValue)
        if setup.fitToWidth { worksheet_fit_to_pages(handle, 1, 0) }
        if setup.centerHorizontally { worksheet_center_horizontally(handle) }
        if let m = setup.margins {
            let inch = 25.4
            worksheet_set_margins(handle, m.left / inch, m.right / inch, m.top / inch, m.bottom / inch)
        }
        if let rows = setup.repeatRows {
            guard rows.lowerBound >= 0, rows.upperBound < CellAddress.rowLimit else {
                throw problem(.cellOutOfRange, rows.upperBound, 0)
            }
            try check(
                worksheet_repeat_rows(handle, lxw_row_t(rows.lowerBound), lxw_row_t(rows.upperBound)),
                cell: "\(rows.lowerBound + 1):\(rows.upperBound + 1)")
        }
        if let header = setup.header {
            try check(header.withCString { worksheet_set_header(handle, $0) }, cell: nil)
        }
        if let footer = setup.footer {
            try check(footer.withCString { worksheet_set_footer(handle, $0) }, cell: nil)
        }
        if let area = setup.printArea {
            try checkRange(area, ordered: false)
            let result = worksheet_print_area(
                handle, lxw_row_t(area.first.row), lxw_col_t(area.first.column), lxw_row_t(area.last.row),
                lxw_col_t(area.last.column))
            try check(result, cell: area.description)
        }
    }
}
