import HazChemCore
import HazChemXLSX

/// The cell formats the ledgers use, registered once per workbook (optionally all on one row fill).
struct LedgerFormats {
    /// Bold, grey, centred, wrapped header cells.
    let header: CellFormat
    /// Bordered text.
    let text: CellFormat
    /// Bordered text that wraps (long descriptions).
    let wrapped: CellFormat
    /// Bordered centred text (short labels).
    let centered: CellFormat
    /// Bordered whole numbers.
    let integer: CellFormat
    /// Bordered scores with one decimal.
    let score: CellFormat
    /// Bordered `yyyy-mm-dd` dates.
    let date: CellFormat
    /// Grade cells filled with each grade's colour.
    private let red: CellFormat, orange: CellFormat, yellow: CellFormat, blue: CellFormat

    /// The header fill, a light grey.
    static let headerFill = RGBColor(0xD9_D9D9)

    /// Registers the formats; `fill` paints every non-grade cell (for highlighted rows).
    init(_ workbook: Workbook, fill: RGBColor? = nil) throws {
        let base = Format(fill: fill, border: .thin, vertical: .center)
        header = try workbook.format(
            Format(
                bold: true, fill: Self.headerFill, border: .thin, horizontal: .center, vertical: .center, wraps: true))
        text = try workbook.format(base)
        wrapped = try workbook.format(base.with { $0.wraps = true })
        centered = try workbook.format(base.with { $0.horizontal = .center })
        integer = try workbook.format(
            base.with {
                $0.numberFormat = "0"; $0.horizontal = .center
            })
        score = try workbook.format(
            base.with {
                $0.numberFormat = "0.0"; $0.horizontal = .center
            })
        date = try workbook.format(
            base.with {
                $0.numberFormat = Format.dateNumberFormat; $0.horizontal = .center
            })
        func gradeFormat(_ grade: Grade) throws -> CellFormat {
            let dark = grade == .red || grade == .blue
            return try workbook.format(
                Format(
                    bold: true, fontColor: dark ? .white : .black, fill: RGBColor(hex: grade.rgbHex), border: .thin,
                    horizontal: .center, vertical: .center))
        }
        red = try gradeFormat(.red)
        orange = try gradeFormat(.orange)
        yellow = try gradeFormat(.yellow)
        blue = try gradeFormat(.blue)
    }

    /// The format of a grade cell.
    func grade(_ grade: Grade) -> CellFormat {
        switch grade {
        case .red: red
        case .orange: orange
        case .yellow: yellow
        case .blue: blue
        }
    }
}

extension Worksheet {
    /// Writes a date, or a formatted blank when there is none.
    func write(_ day: LocalDate?, row: Int, column: Int, formats: LedgerFormats) throws {
        if let day {
            try write(day, row: row, column: column, format: formats.date)
        } else {
            try writeBlank(row: row, column: column, format: formats.date)
        }
    }
}
