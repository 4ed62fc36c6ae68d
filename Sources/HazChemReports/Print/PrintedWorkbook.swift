import Foundation
import HazChemXLSX

/// What every workbook meant for paper shares: a CJK body font of 11 points, A4 margins and page numbers in the
/// same words as the print views (第 X 页 共 Y 页).
enum PrintedWorkbook {
    /// The body font: 宋体 (SimSun), which office suites on Chinese desktops have, 11 points (≥ 10.5, 五号).
    static let fontName = "宋体"
    /// The body font size in points.
    static let fontSize = 11.0
    /// The footer: centred page numbers.
    static let footer = "&C第 &P 页 共 &N 页"
    /// Margins in millimetres: room for binding on the left, for the page header and footer above and below.
    static let margins = PageSetup.Margins(left: 18, right: 12, top: 20, bottom: 18)

    /// Workbook options with the body font.
    static func options(constantMemory: Bool = false, temporaryDirectory: URL? = nil) -> Workbook.Options {
        Workbook.Options(
            constantMemory: constantMemory, temporaryDirectory: temporaryDirectory, fontName: fontName,
            fontSize: fontSize)
    }

    /// A4 fitted to the page width, header rows repeated, page numbers in the footer, the shared margins.
    static func pageSetup(
        landscape: Bool, repeatRows: ClosedRange<Int>?, header: String? = nil, centerHorizontally: Bool = false
    ) -> PageSetup {
        PageSetup(
            landscape: landscape, paper: .a4, fitToWidth: true, repeatRows: repeatRows, header: header, footer: footer,
            centerHorizontally: centerHorizontally, margins: margins)
    }
}
