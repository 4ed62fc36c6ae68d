import Foundation
import HazChemCore
import HazChemXLSX

extension MonthlyWorkbookWriter {
    /// Writes one county's sheet: enterprises in scope by kind, then every figure with 本月 and 累计 columns.
    func writeCounty(_ county: MonthlyCountyRow, report: MonthlyReport, into sheet: Worksheet, formats: MonthlyFormats)
        throws
    {
        let header = formats.ledger.header
        // Wide enough for the 16-point title (`科尔沁右翼前旗危险化学品企业安全评估情况（2019年9月）`) on one line.
        try sheet.setColumnWidth(18, columns: 0...0)
        try sheet.setColumnWidth(36, columns: 1...1)
        try sheet.setColumnWidth(14, columns: 2...3)
        try writeTitle(
            "\(county.name)危险化学品企业安全评估情况（\(report.period.label)）", detail: Self.periodLine(report),
            columns: 3, sheet, formats, titleLines: 2, detailLines: 3)
        for (column, title) in ["类别", "项目", "本月", "累计"].enumerated() {
            try sheet.write(title, row: 2, column: column, format: header)
        }
        var row = 3
        let scopes = MonthlySummaryLayout.scopeColumns
        try sheet.merge(
            CellRange(firstRow: row, firstColumn: 0, lastRow: row + scopes.count - 1, lastColumn: 0), text: "在评企业数",
            format: formats.ledger.centered)
        for scope in scopes {
            // In scope is judged at the end of the month: one number across both columns.
            try sheet.merge(
                CellRange(firstRow: row, firstColumn: 2, lastRow: row, lastColumn: 3), text: "",
                format: formats.ledger.integer)
            try sheet.write(scope.label, row: row, column: 1, format: formats.ledger.text)
            try sheet.write(county.scope[keyPath: scope.value], row: row, column: 2, format: formats.ledger.integer)
            row += 1
        }
        let metrics = MonthlyMetric.allCases
        var groupStart = row
        for (index, metric) in metrics.enumerated() {
            try sheet.write(metric.label, row: row, column: 1, format: formats.ledger.text)
            try sheet.write(metric.value(in: county.month), row: row, column: 2, formats: formats)
            try sheet.write(metric.value(in: county.cumulative), row: row, column: 3, formats: formats)
            if index == metrics.count - 1 || metrics[index + 1].group != metric.group {
                let range = CellRange(firstRow: groupStart, firstColumn: 0, lastRow: row, lastColumn: 0)
                if groupStart == row {
                    try sheet.write(metric.group, row: row, column: 0, format: formats.ledger.centered)
                } else {
                    try sheet.merge(range, text: metric.group, format: formats.ledger.centered)
                }
                groupStart = row + 1
            }
            row += 1
        }
        try writeSignatureBlock(report, at: row + 1, lastColumn: 3, into: sheet, formats: formats)
        try sheet.freezePanes(row: 3, column: 0)
        try sheet.setPageSetup(Self.pageSetup(headerRows: 2...2, landscape: false))
    }

    /// Writes 报送情况: each county's due date, submission day (as stated; 备注 gives the server's time of a 补录)
    /// and status judged on the as-of day by the recorded day, late rows filled, then the list of late counties.
    func writeSubmissions(_ report: MonthlyReport, into sheet: Worksheet, formats: MonthlyFormats) throws {
        let columns: [(String, Double)] = [
            ("旗县市", 14), ("区划代码", 10), ("报送截止日期", 14), ("报送日期", 14), ("报送状态", 14), ("是否逾期", 10),
            ("备注", 30),
        ]
        for (index, column) in columns.enumerated() {
            try sheet.setColumnWidth(column.1, columns: index...index)
        }
        let last = columns.count - 1
        try writeTitle(
            "\(report.period.label)月报报送情况（截至 \(report.asOf)）",
            detail: "各旗县市应于次月1日（\(report.period.dueDate)）前报送，按系统记录的报送时间判断；逾期报送或逾期未报送的标红", columns: last, sheet,
            formats)
        for (index, column) in columns.enumerated() {
            try sheet.write(column.0, row: 2, column: index, format: formats.ledger.header)
        }
        var row = 3
        for submission in report.submissions {
            let f = submission.status.isLate ? formats.late : formats.ledger
            try sheet.write(submission.countyName, row: row, column: 0, format: f.text)
            try sheet.write(submission.countyCode, row: row, column: 1, format: f.centered)
            try sheet.write(submission.dueDate, row: row, column: 2, formats: f)
            try sheet.write(submission.submittedOn, row: row, column: 3, formats: f)
            try sheet.write(submission.status.label, row: row, column: 4, format: f.centered)
            try sheet.write(submission.status.isLate ? "是" : "否", row: row, column: 5, format: f.centered)
            try sheet.write(submission.recordedNote ?? "", row: row, column: 6, format: f.text)
            row += 1
        }
        let late = report.lateCounties.map { "\($0.countyName)（\($0.status.label)）" }
        try sheet.write(
            late.isEmpty ? "无逾期旗县市" : "逾期旗县市：" + late.joined(separator: "、"), row: row + 1, column: 0,
            format: formats.signature)
        try writeSignatureBlock(report, at: row + 3, lastColumn: last, into: sheet, formats: formats)
        try sheet.freezePanes(row: 3, column: 0)
        try sheet.setPageSetup(Self.pageSetup(headerRows: 2...2, landscape: false))
    }
}
