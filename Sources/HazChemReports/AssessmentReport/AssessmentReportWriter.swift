import Foundation
import HazChemCore
import HazChemStore
import HazChemXLSX

/// Writes the assessment report (评估报告) workbook of one assessment (DOMAIN.md section 7).
///
/// Sheets, in the order of the print view: 封面 (the print view's cover), 基本情况, 检查结果, 评分表, 重大危险源 when a
/// GB 18218 breakdown is given (next to the score sheet whose major-hazard rule it decides, rather than last),
/// 隐患清单 (as signed), 整改跟踪（截至 …） for a signed assessment (the hazards' current follow-up), 风险管控, 处置,
/// then 照片 when there are photos. Every sheet prints on A4 fitted to the page width in an 11-point CJK font,
/// with repeated table headers, the enterprise name in the page header and page numbers in the footer; columns
/// are fitted to their text, Chinese text wraps and rows are as tall as their wrapped text.
package struct AssessmentReportWriter: Sendable {
    /// The sheet names, in workbook order.
    package enum Sheet: String, CaseIterable, Sendable {
        case cover = "封面"
        case basics = "基本情况"
        case findings = "检查结果"
        case score = "评分表"
        case majorHazards = "重大危险源"
        case hazards = "隐患清单"
        /// The hazards as they stand now, for a signed assessment (named 整改跟踪（截至 YYYY-MM-DD）).
        case followUp = "整改跟踪"
        case riskControl = "风险管控"
        case disposition = "处置"
    }

    /// The document name in page headers and the workbook title.
    package static let documentName = "安全风险评估报告"

    /// Creates a writer.
    package init() {}

    /// Writes the report to a new workbook at `url`; returns the sheet names written.
    @discardableResult
    package func write(_ data: AssessmentReportData, to url: URL) throws -> [String] {
        let workbook = try Workbook(url: url, options: PrintedWorkbook.options())
        try workbook.setProperties(
            title: "\(data.enterprise.name)\(Self.documentName)", author: "HazChem",
            company: data.disposition?.bureau)
        let formats = try AssessmentReportFormats(workbook)
        let sheets = Sheet.allCases.filter {
            ($0 != .majorHazards || data.majorHazards != nil) && ($0 != .followUp || data.followUp != nil)
        }
        for kind in sheets {
            let sheet = try workbook.addWorksheet(named: name(of: kind, data))
            let page = AssessmentReportPage(data: data, formats: formats, sheet: sheet, kind: kind)
            try page.write()
        }
        let photoSheet = try writePhotos(data, to: workbook)
        try workbook.close()
        return sheets.map { name(of: $0, data) } + (photoSheet.map { [$0] } ?? [])
    }

    /// The worksheet name: the follow-up sheet carries its day.
    private func name(of kind: Sheet, _ data: AssessmentReportData) -> String {
        guard kind == .followUp, let day = data.followUp?.asOf else { return kind.rawValue }
        return "\(kind.rawValue)（截至 \(day)）"
    }
}
