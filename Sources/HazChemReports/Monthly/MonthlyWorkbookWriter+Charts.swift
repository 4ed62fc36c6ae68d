import Foundation
import HazChemCore
import HazChemXLSX

extension MonthlyWorkbookWriter {
    /// The disposition categories of the pie, with their cumulative totals.
    static func dispositionSlices(_ figures: MonthlyFigures) -> [(label: String, count: Int, color: RGBColor)] {
        [
            (ClosureAction.suspendAndRectify.label, figures.suspendAndRectify, RGBColor(0xC0_0000)),
            (ClosureAction.close.label, figures.close, RGBColor(0x7F_7F7F)),
            (DispositionClass.rectify.label, figures.rectify, RGBColor(0xFF_C000)),
            (DispositionClass.consolidate.label, figures.consolidate, RGBColor(0x00_70C0)),
        ]
    }

    /// Writes 图表: the cumulative dispositions table, a stacked bar of grades per county (reading the county
    /// rows of the grades summary `grades`) and a pie of dispositions (reading the table).
    func writeCharts(_ report: MonthlyReport, grades summary: Worksheet, into sheet: Worksheet, formats: MonthlyFormats)
        throws
    {
        let f = formats.ledger
        try sheet.setColumnWidth(20, columns: 0...0)
        try sheet.setColumnWidth(12, columns: 1...1)
        try sheet.write("处置类别（累计）", row: 0, column: 0, format: f.header)
        try sheet.write("企业数", row: 0, column: 1, format: f.header)
        let slices = Self.dispositionSlices(report.total.cumulative)
        for (index, slice) in slices.enumerated() {
            try sheet.write(slice.label, row: index + 1, column: 0, format: f.text)
            try sheet.write(slice.count, row: index + 1, column: 1, format: f.integer)
        }
        try sheet.freezePanes(row: 1, column: 0)
        try sheet.setPageSetup(Self.pageSetup(headerRows: 0...0))
        // Below the two charts (rows 0–37), across the width they take.
        try writeSignatureBlock(report, at: 40, lastColumn: 11, into: sheet, formats: formats)
        guard !report.counties.isEmpty else { return }

        typealias L = MonthlySummaryLayout
        let part = L.part(of: .red)
        let firstRow = L.firstDataRow
        let lastRow = L.firstDataRow + report.counties.count - 1
        let grades = try sheet.workbook.addChart(.stackedBar)
        grades.setTitle("各旗县市风险分级（累计）")
        grades.setValueAxisName("企业数（家）")
        grades.setValueAxisWholeNumbers(
            majorUnit: Self.majorUnit(
                forCounts: report.counties.map {
                    $0.cumulative.red + $0.cumulative.orange + $0.cumulative.yellow + $0.cumulative.blue
                }))
        grades.setLegend(.bottom)
        let names = CellRange(firstRow: firstRow, firstColumn: 0, lastRow: lastRow, lastColumn: 0)
        for (grade, metric) in [(Grade.red, MonthlyMetric.red), (.orange, .orange), (.yellow, .yellow), (.blue, .blue)]
        {
            let column = part.column(metric, cumulative: true)
            try grades.addSeries(
                name: grade.label, categories: names,
                values: CellRange(firstRow: firstRow, firstColumn: column, lastRow: lastRow, lastColumn: column),
                in: summary, fill: RGBColor(hex: grade.rgbHex))
        }
        try sheet.insert(grades, at: CellAddress(row: 0, column: 3), xScale: 1.5, yScale: 1.2)

        let dispositions = try sheet.workbook.addChart(.pie)
        dispositions.setTitle("分类处置（累计）")
        dispositions.setLegend(.right)
        try dispositions.addSeries(
            name: "企业数", categories: CellRange(firstRow: 1, firstColumn: 0, lastRow: slices.count, lastColumn: 0),
            values: CellRange(firstRow: 1, firstColumn: 1, lastRow: slices.count, lastColumn: 1), in: sheet,
            pointFills: slices.map(\.color))
        try sheet.insert(dispositions, at: CellAddress(row: 20, column: 3), xScale: 1.2, yScale: 1.2)
    }

    /// A whole tick step giving at most about ten ticks up to the largest count: 1, 2, 5, 10, 20, 50 …
    package static func majorUnit(forCounts counts: [Int]) -> Int {
        let largest = counts.max() ?? 0
        var scale = 1
        while true {
            for step in [1, 2, 5] where largest <= step * scale * 10 { return step * scale }
            scale *= 10
        }
    }
}
