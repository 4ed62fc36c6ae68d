import HazChemCore
import HazChemXLSX

/// The cell formats of the assessment report and the checklist form, on top of the ledger formats.
struct AssessmentReportFormats {
    /// Bordered table cells: header, text, wrapped, centred, numbers, dates, grades.
    let table: LedgerFormats
    /// The sheet title: bold 16 pt, centred.
    let title: CellFormat
    /// The cover's title: bold 26 pt, centred, on two lines.
    let coverTitle: CellFormat
    /// A centred line of the cover (enterprise, bureau, day): bold 16 pt.
    let coverLine: CellFormat
    /// The report number at the cover's top right.
    let coverNumber: CellFormat
    /// The cover's note that the report is not signed yet: red, centred, wrapped.
    let coverDraft: CellFormat
    /// A section heading inside a sheet: bold 12 pt, left.
    let section: CellFormat
    /// A field name in a two-column block: bold on grey, wrapped.
    let label: CellFormat
    /// A subtotal or total row: bold, bordered, one decimal.
    let subtotal: CellFormat
    /// A subtotal label: bold, bordered, wrapped.
    let subtotalLabel: CellFormat
    /// A plain wrapped note without border.
    let note: CellFormat
    /// A bordered, wrapped warning (red text), such as a late report or a missing required field.
    let warning: CellFormat
    /// The level cell of a 重大隐患: white on dark red.
    let major: CellFormat
    /// A row of a 重大隐患: bordered, wrapped, light red.
    let majorRow: CellFormat
    /// A signature box: bordered, tall enough to sign in.
    let signature: CellFormat
    /// An answer cell of a form: unlocked, bordered, wrapped, light yellow.
    let answer: CellFormat
    /// An answer date cell of a form: unlocked, `yyyy-mm-dd`.
    let answerDate: CellFormat

    /// The fill of cells users may edit on a form.
    static let answerFill = RGBColor(0xFF_F2CC)
    /// The fill of a 重大隐患 row.
    static let majorRowFill = RGBColor(0xFF_C7CE)

    /// Registers the formats in a workbook (each distinct look once).
    init(_ workbook: Workbook) throws {
        table = try LedgerFormats(workbook)
        title = try workbook.format(Format(bold: true, fontSize: 16, horizontal: .center, vertical: .center))
        coverTitle = try workbook.format(
            Format(bold: true, fontSize: 26, horizontal: .center, vertical: .center, wraps: true))
        coverLine = try workbook.format(
            Format(bold: true, fontSize: 16, horizontal: .center, vertical: .center, wraps: true))
        coverNumber = try workbook.format(Format(horizontal: .right, vertical: .center))
        coverDraft = try workbook.format(
            Format(bold: true, fontColor: RGBColor(0xC0_0000), horizontal: .center, vertical: .center, wraps: true))
        section = try workbook.format(Format(bold: true, fontSize: 12, vertical: .center))
        label = try workbook.format(
            Format(bold: true, fill: LedgerFormats.headerFill, border: .thin, vertical: .center, wraps: true))
        subtotal = try workbook.format(
            Format(bold: true, border: .thin, horizontal: .center, vertical: .center, numberFormat: "0.0"))
        subtotalLabel = try workbook.format(Format(bold: true, border: .thin, vertical: .center, wraps: true))
        note = try workbook.format(Format(vertical: .top, wraps: true))
        warning = try workbook.format(
            Format(bold: true, fontColor: RGBColor(0xC0_0000), border: .thin, vertical: .center, wraps: true))
        major = try workbook.format(
            Format(
                bold: true, fontColor: .white, fill: HazardLedgerWriter.majorFill, border: .thin, horizontal: .center,
                vertical: .center))
        majorRow = try workbook.format(
            Format(fill: Self.majorRowFill, border: .thin, vertical: .center, wraps: true))
        signature = try workbook.format(Format(border: .thin, vertical: .center))
        let editable = Format(fill: Self.answerFill, border: .thin, vertical: .center, wraps: true, locked: false)
        answer = try workbook.format(editable)
        answerDate = try workbook.format(
            editable.with {
                $0.numberFormat = Format.dateNumberFormat
                $0.horizontal = .center
            })
    }
}
