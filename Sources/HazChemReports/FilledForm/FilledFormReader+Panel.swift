import Foundation
import HazChemCore
import HazChemXLSX

extension FilledFormReader {
    /// Reads 应知应会抽查: every row with any cell filled needs a person, a known post and 合格/不合格.
    func readSpotChecks(_ sheet: XLSXSheet, problems: inout FormProblems) -> [FormSpotCheck] {
        typealias Column = ChecklistFormLayout.SpotCheckColumn
        var checks: [FormSpotCheck] = []
        for row in ChecklistFormLayout.firstRow..<max(sheet.rowCount, ChecklistFormLayout.firstRow) {
            func text(_ column: Column) -> String? { Self.text(sheet[row: row, column: column.rawValue]) }
            guard Column.allCases.contains(where: { text($0) != nil }) else { continue }
            func report(_ message: String, _ column: Column) {
                problems.add("第 \(row + 1) 行：\(message)", sheet: sheet.name, cell: column.cell(row: row))
            }
            let person = text(.person)
            if person == nil { report("未填写被抽查人员姓名", .person) }
            let role = text(.post).flatMap(SpotCheckRole.init(label:))
            if role == nil {
                let allowed = SpotCheckRole.allCases.map(\.label).joined(separator: "、")
                report("岗位“\(text(.post) ?? "")”无法识别，应为 \(allowed) 之一", .post)
            }
            let result = text(.result).flatMap(SpotCheckResult.init(label:))
            if result == nil { report("结果“\(text(.result) ?? "")”无法识别，应为 合格 或 不合格", .result) }
            if let person, let role, let result {
                checks.append(FormSpotCheck(person: person, role: role, result: result, note: text(.note) ?? ""))
            }
        }
        return checks
    }

    /// Reads 风险分析: the text of each risk field by its label in column A; nil when all are empty.
    func readRisk(_ sheet: XLSXSheet, problems: inout FormProblems) -> RiskDescription? {
        var risk = RiskDescription()
        for row in ChecklistFormLayout.firstRow..<max(sheet.rowCount, ChecklistFormLayout.firstRow) {
            guard let label = Self.text(sheet[row: row, column: 0]) else { continue }
            guard let field = RiskDescription.Field.allCases.first(where: { $0.label == label }) else {
                let allowed = RiskDescription.Field.allCases.map(\.label).joined(separator: "、")
                problems.add(
                    "第 \(row + 1) 行：项目“\(label)”无法识别，应为 \(allowed) 之一（请勿修改 A 列）", sheet: sheet.name,
                    cell: CellAddress(row: row, column: 0).description)
                continue
            }
            risk[field] = Self.text(sheet[row: row, column: 1])
        }
        return RiskDescription.Field.allCases.allSatisfy({ risk[$0] == nil }) ? nil : risk
    }
}
