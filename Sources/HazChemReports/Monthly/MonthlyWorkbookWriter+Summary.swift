import Foundation
import HazChemCore
import HazChemXLSX

extension MonthlyWorkbookWriter {
    /// Writes one part of the summary: title, heading with the period, three header rows, one row per county,
    /// 合计 by formulas, then the signature block.
    func writeSummary(
        _ part: MonthlySummaryLayout, report: MonthlyReport, into sheet: Worksheet, formats: MonthlyFormats
    ) throws {
        typealias L = MonthlySummaryLayout
        let last = part.columnCount - 1
        let header = formats.ledger.header
        try sheet.setColumnWidth(12, columns: 0...0)
        // Figure columns up to 数据状态 (the last column, when present): column ranges must not overlap, or office
        // suites keep the first width given.
        try sheet.setColumnWidth(7.5, columns: 1...(part.statusColumn.map { $0 - 1 } ?? last))
        try writeTitle(
            report.title, detail: part.heading + "　" + Self.periodLine(report), columns: last, sheet, formats)
        try sheet.merge(CellRange(firstRow: 2, firstColumn: 0, lastRow: 4, lastColumn: 0), text: "旗县市", format: header)
        if part.showsScope {
            try sheet.merge(
                CellRange(firstRow: 2, firstColumn: 1, lastRow: 2, lastColumn: L.scopeTotalColumn), text: "在评企业数",
                format: header)
            for (index, scope) in L.scopeColumns.enumerated() {
                try sheet.merge(
                    CellRange(firstRow: 3, firstColumn: index + 1, lastRow: 4, lastColumn: index + 1),
                    text: scope.label, format: header)
            }
        }
        var groupStart = part.firstMetricColumn
        let metrics = part.metrics
        for (index, metric) in metrics.enumerated() {
            let column = part.column(metric, cumulative: false)
            try sheet.merge(
                CellRange(firstRow: 3, firstColumn: column, lastRow: 3, lastColumn: column + 1), text: metric.label,
                format: header)
            try sheet.write("本月", row: 4, column: column, format: header)
            try sheet.write("累计", row: 4, column: column + 1, format: header)
            if index == metrics.count - 1 || metrics[index + 1].group != metric.group {
                try sheet.merge(
                    CellRange(firstRow: 2, firstColumn: groupStart, lastRow: 2, lastColumn: column + 1),
                    text: metric.group, format: header)
                groupStart = column + 2
            }
        }
        if let status = part.statusColumn {  // whether a county's figures are locked or live
            // `已报送（锁定数据）` is nine full-width characters.
            try sheet.setColumnWidth(Self.statusWidth, columns: status...status)
            try sheet.merge(
                CellRange(firstRow: 2, firstColumn: status, lastRow: 4, lastColumn: status), text: "数据状态",
                format: header)
        }
        try sheet.setRowHeight(32, row: 3)
        for (index, county) in report.counties.enumerated() {
            try writeSummaryRow(county, part: part, at: L.firstDataRow + index, into: sheet, formats: formats)
        }
        try writeTotalRow(report, part: part, into: sheet, formats: formats)
        try writeSignatureBlock(
            report, at: L.firstDataRow + report.counties.count + 2, lastColumn: last, into: sheet, formats: formats)
        try sheet.freezePanes(row: L.firstDataRow, column: 1)
        try sheet.setPageSetup(Self.pageSetup(headerRows: L.headerRows))
    }

    /// The width of the 数据状态 column: its longest label, `已报送（锁定数据）`, whole on paper.
    static let statusWidth = 21.0

    /// `统计期：2019-07-01 至 2019-07-31（累计截至 2019-07-31）；报送情况截至 2019-08-05`.
    static func periodLine(_ report: MonthlyReport) -> String {
        let period = report.period
        return "统计期：\(period.firstDay) 至 \(period.lastDay)（累计截至 \(period.lastDay)）；"
            + "月报报送截止 \(period.dueDate)；报送情况截至 \(report.asOf)"
    }

    /// One county's values.
    private func writeSummaryRow(
        _ county: MonthlyCountyRow, part: MonthlySummaryLayout, at row: Int, into sheet: Worksheet,
        formats: MonthlyFormats
    )
        throws
    {
        try sheet.write(county.name, row: row, column: 0, format: formats.ledger.centered)
        if part.showsScope {
            for (index, scope) in MonthlySummaryLayout.scopeColumns.enumerated() {
                try sheet.write(
                    county.scope[keyPath: scope.value], row: row, column: index + 1, format: formats.ledger.integer)
            }
        }
        for metric in part.metrics {
            for cumulative in [false, true] {
                try sheet.write(
                    metric.value(in: cumulative ? county.cumulative : county.month), row: row,
                    column: part.column(metric, cumulative: cumulative), formats: formats)
            }
        }
        if let status = part.statusColumn {
            try sheet.write(county.figuresLabel, row: row, column: status, format: formats.ledger.centered)
        }
    }

    /// 合计: SUM over the county rows for counts, the ratio of the summed parts for percentages; the cached
    /// values are the report's own totals.
    private func writeTotalRow(
        _ report: MonthlyReport, part: MonthlySummaryLayout, into sheet: Worksheet, formats: MonthlyFormats
    ) throws {
        typealias L = MonthlySummaryLayout
        let row = L.firstDataRow + report.counties.count
        let total = report.total
        func sum(_ column: Int) -> String {
            guard !report.counties.isEmpty else { return "=0" }
            let name = CellAddress.columnName(column)
            return "=SUM(\(name)\(L.firstDataRow + 1):\(name)\(row))"
        }
        func cell(_ column: Int) -> String { CellAddress(row: row, column: column).description }
        try sheet.write(total.name, row: row, column: 0, format: formats.totalText)
        if let status = part.statusColumn {
            try sheet.write(total.figuresLabel, row: row, column: status, format: formats.totalText)
        }
        for (index, scope) in L.scopeColumns.enumerated() where part.showsScope {
            try sheet.writeFormula(
                sum(index + 1), row: row, column: index + 1, cachedNumber: Double(total.scope[keyPath: scope.value]),
                format: formats.totalInteger)
        }
        for metric in part.metrics {
            for cumulative in [false, true] {
                let column = part.column(metric, cumulative: cumulative)
                let figures = cumulative ? total.cumulative : total.month
                switch metric.value(in: figures) {
                case .count(let count):
                    try sheet.writeFormula(
                        sum(column), row: row, column: column, cachedNumber: Double(count), format: formats.totalInteger
                    )
                case .ratio(let ratio):
                    let (numerator, denominator) =
                        metric == .coverage
                        ? (cell(part.column(.assessed, cumulative: cumulative)), cell(L.scopeTotalColumn))
                        : (
                            cell(part.column(.rectifiedHazards, cumulative: cumulative)),
                            "(\(cell(part.column(.generalHazards, cumulative: cumulative)))+\(cell(part.column(.majorHazards, cumulative: cumulative))))"
                        )
                    let formula = "=IF(\(denominator)=0,\"\",\(numerator)/\(denominator))"
                    if let fraction = ratio.fraction {
                        try sheet.writeFormula(
                            formula, row: row, column: column, cachedNumber: fraction, format: formats.totalPercent)
                    } else {
                        try sheet.writeFormula(
                            formula, row: row, column: column, cachedText: "", format: formats.totalPercent)
                    }
                }
            }
        }
    }
}
