import Foundation
import HazChemCore
import HazChemXLSX

extension AssessmentReportPage {
    /// The cover's columns: a margin, the labels, the values, a margin.
    static let coverColumns = 0...3

    /// 封面: report number, title, enterprise, the cover facts of the print view (enterprise, credit code,
    /// organising bureau, panel leader, on-site dates, submission, verification code), the bureau and the day.
    func writeCover() throws {
        let view = AssessmentReportPrint(data)
        let all = Self.coverColumns
        try out.merge(
            "报告编号：\(view.reportNumber)（\(view.versionText)）", row: 0, columns: all, format: formats.coverNumber)
        try out.sheet.setRowHeight(70, row: 1)
        try out.sheet.setRowHeight(110, row: 2)
        try out.merge("危险化学品企业\n安全风险评估报告", row: 2, columns: all, format: formats.coverTitle)
        try out.sheet.setRowHeight(40, row: 3)
        try out.merge(view.enterprise, row: 3, columns: all, format: formats.coverLine)
        var row = 4
        if let note = view.draftNote {
            try out.sheet.setRowHeight(36, row: row)
            try out.merge(note, row: row, columns: all, format: formats.coverDraft)
        }
        row += 1
        try out.sheet.setRowHeight(40, row: row)
        row += 1
        let facts = [
            ("被评估企业", view.enterprise), ("统一社会信用代码", view.creditCode), ("组织单位", view.bureau),
            ("专家组组长", view.leader), ("现场评估日期", view.onSite), ("报告提交日期", view.submitted),
            ("报告校验码", view.verificationCode ?? "（报告签署后生成）"),
        ]
        for (label, value) in facts {
            try out.sheet.setRowHeight(label == "报告校验码" ? 48 : 30, row: row)
            try out.write(label, row: row, column: 1, format: formats.label)
            try out.write(value, row: row, column: 2, format: formats.table.wrapped, wraps: true)
            row += 1
        }
        try out.sheet.setRowHeight(120, row: row)
        row += 1
        try out.sheet.setRowHeight(28, row: row)
        try out.merge(view.bureau, row: row, columns: all, format: formats.coverLine)
        row += 1
        try out.sheet.setRowHeight(28, row: row)
        try out.merge(view.coverDate, row: row, columns: all, format: formats.coverLine)
    }
}
