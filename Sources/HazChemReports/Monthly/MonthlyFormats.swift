import Foundation
import HazChemCore
import HazChemXLSX

/// The cell formats of the monthly workbook: the ledger formats plus titles, percentages and the total row.
struct MonthlyFormats {
    /// Header, text, integer, date, score and grade formats shared with the ledgers.
    let ledger: LedgerFormats
    /// Ledger formats on the light red fill of late counties.
    let late: LedgerFormats
    /// The sheet title: bold, 16 pt, centred, wrapped when the part is narrow.
    let title: CellFormat
    /// The line under the title: centred, wrapped.
    let subtitle: CellFormat
    /// The signature block's text: left-aligned, no border.
    let signature: CellFormat
    /// Bordered percentages with one decimal (`0.0%`).
    let percent: CellFormat
    /// The total row's label: bold, grey.
    let totalText: CellFormat
    /// The total row's counts.
    let totalInteger: CellFormat
    /// The total row's percentages.
    let totalPercent: CellFormat

    /// The Excel number format of coverage and rates.
    static let percentNumberFormat = "0.0%"
    /// The fill of the total row.
    static let totalFill = RGBColor(0xF2_F2F2)

    /// Registers the formats in `workbook`.
    init(_ workbook: Workbook) throws {
        ledger = try LedgerFormats(workbook)
        late = try LedgerFormats(workbook, fill: HazardLedgerWriter.overdueFill)
        title = try workbook.format(
            Format(bold: true, fontSize: 16, horizontal: .center, vertical: .center).with { $0.wraps = true })
        subtitle = try workbook.format(Format(horizontal: .center, vertical: .center).with { $0.wraps = true })
        signature = try workbook.format(Format(horizontal: .left, vertical: .center))
        let cell = Format(border: .thin, horizontal: .center, vertical: .center)
        percent = try workbook.format(cell.with { $0.numberFormat = Self.percentNumberFormat })
        let total = cell.with {
            $0.bold = true
            $0.fill = Self.totalFill
        }
        totalText = try workbook.format(total)
        totalInteger = try workbook.format(total.with { $0.numberFormat = "0" })
        totalPercent = try workbook.format(total.with { $0.numberFormat = Self.percentNumberFormat })
    }
}

extension Worksheet {
    /// Writes a ratio as a fraction with a `%` format, or a formatted blank when it is undefined.
    func write(_ ratio: MonthlyRatio, row: Int, column: Int, format: CellFormat) throws {
        if let fraction = ratio.fraction {
            try write(fraction, row: row, column: column, format: format)
        } else {
            try writeBlank(row: row, column: column, format: format)
        }
    }

    /// Writes a figure: a count as a number, a ratio as a percentage.
    func write(_ value: MonthlyMetric.Value, row: Int, column: Int, formats: MonthlyFormats) throws {
        switch value {
        case .count(let count): try write(count, row: row, column: column, format: formats.ledger.integer)
        case .ratio(let ratio): try write(ratio, row: row, column: column, format: formats.percent)
        }
    }
}
