import HazChemCore
import HazChemStore
import HazChemXLSX

/// One sheet of the report being written: the data, the formats and the self-fitting sheet.
struct AssessmentReportPage {
    let data: AssessmentReportData
    let formats: AssessmentReportFormats
    let out: AssessmentReportSheet
    let kind: AssessmentReportWriter.Sheet

    init(
        data: AssessmentReportData, formats: AssessmentReportFormats, sheet: Worksheet,
        kind: AssessmentReportWriter.Sheet
    ) {
        self.data = data
        self.formats = formats
        self.kind = kind
        // Widths keep portrait sheets within about 100 characters and landscape ones within about 160, so A4 prints
        // them at nine tenths of their size or more; longer texts wrap into taller rows.
        let wide: ClosedRange<Double> = 24...36
        let limits: [Int: ClosedRange<Double>] =
            switch kind {
            case .cover: [0: 6...6, 1: 22...22, 2: 56...56, 3: 6...6]
            case .basics: [0: 16...18, 1: 8...8, 2: 10...12, 3: 10...12, 4: 14...18, 5: 8...10, 6: 12...12, 7: 11...11]
            case .findings: [0: 6...10, 1: wide, 2: wide, 4: 20...30, 6: 8...14]
            case .score: [0: 8...12, 1: wide, 2: 10...22, 6: 16...36]
            case .hazards, .followUp: [0: 5...6, 2: wide, 4: 16...30, 6: 20...30]
            case .riskControl: [0: 16...26, 1: 20...20, 2: 50...50]
            case .disposition: [0: 14...20, 1: 16...22, 2: 40...56]
            case .majorHazards: [0: 12...24, 1: 10...24, 4: 12...22, 6: 10...24]
            }
        out = AssessmentReportSheet(sheet, limits: limits)
    }

    /// Writes the sheet's contents and its page setup.
    func write() throws {
        let landscape: Bool
        let repeatRows: ClosedRange<Int>?
        switch kind {
        case .cover:
            try writeCover()
            try out.finish()
            // The cover has neither running head nor page number.
            return try out.sheet.setPageSetup(
                PageSetup(
                    paper: .a4, fitToWidth: true, centerHorizontally: true, margins: PrintedWorkbook.margins))
        case .basics:
            try writeBasics()
            (landscape, repeatRows) = (false, nil)
        case .findings:
            try writeFindings()
            (landscape, repeatRows) = (true, 0...1)
        case .score:
            try writeScore()
            (landscape, repeatRows) = (true, 0...1)
        case .hazards:
            try writeHazards(data.hazards, title: data.followUp == nil ? "隐患清单" : "隐患清单（签署时）")
            (landscape, repeatRows) = (true, 0...1)
        case .followUp:
            try writeHazards(data.followUp?.hazards ?? [], title: "整改跟踪（截至 \(data.followUp?.asOf.description ?? "")）")
            (landscape, repeatRows) = (true, 0...1)
        case .riskControl:
            try writeRiskControl()
            (landscape, repeatRows) = (false, nil)
        case .disposition:
            try writeDisposition()
            (landscape, repeatRows) = (false, nil)
        case .majorHazards:
            try writeMajorHazards()
            (landscape, repeatRows) = (true, 0...1)
        }
        try out.finish()
        try out.sheet.setPageSetup(
            AssessmentReportSheet.pageSetup(
                enterprise: data.enterprise.name, document: "\(AssessmentReportWriter.documentName)·\(kind.rawValue)",
                landscape: landscape, repeatRows: repeatRows))
    }

    // MARK: - Shared pieces

    /// Writes a merged title over `columns` on `row`.
    func title(_ text: String, row: Int, columns: ClosedRange<Int>) throws {
        try out.sheet.setRowHeight(28, row: row)
        try out.merge(text, row: row, columns: columns, format: formats.title)
    }

    /// Writes a table header row.
    func header(_ titles: [String], row: Int) throws {
        for (column, text) in titles.enumerated() {
            try out.write(text, row: row, column: column, format: formats.table.header, wraps: true)
        }
    }

    /// Writes a label in column 0 and a wrapped value merged over `columns`.
    func field(_ label: String, _ value: String, row: Int, columns: ClosedRange<Int>, format: CellFormat? = nil)
        throws
    {
        try out.write(label, row: row, column: 0, format: formats.label, wraps: true)
        try out.merge(value, row: row, columns: columns, format: format ?? formats.table.wrapped, wraps: true)
    }

    /// `2019-07-01`, or a dash when unknown.
    static func day(_ day: LocalDate?) -> String { day?.description ?? "—" }

    /// A one-decimal score as text, e.g. `10.0`.
    static func score(_ value: Tenths) -> String {
        value.raw % 10 == 0 ? "\(value).0" : "\(value)"
    }
}
