import Foundation
import HazChemCore
import HazChemStore
import HazChemXLSX

extension AppDatabase {
    /// Records a filled checklist form in its assessment, like an assessment file: the whole form is checked
    /// against the assessment's snapshot tables first (every problem named with its sheet and cell: a workbook
    /// that is not a form, a form of another assessment or table version, edited item text, unknown 结论 words,
    /// a non-conforming item without a finding…) and nothing is stored unless it is all valid; then it is applied
    /// in one transaction (see ``AssessmentEntry/init(form:)``). Importing the same form again changes nothing
    /// and writes no audit row.
    ///
    /// - Parameters:
    ///   - url: the xlsx file.
    ///   - assessmentID: the assessment to record it in; nil takes the one in the form's 元数据 sheet.
    ///   - actor: the user recorded in the audit log.
    /// - Throws: `StoreError` — `invalidInput` for form problems (one problem per sheet and cell), `notFound`
    ///   for an unknown assessment, `conflict` for a submitted one and `immutable` for a signed one.
    @discardableResult
    package func importFilledForm(url: URL, assessmentID: Int64? = nil, actor: String) throws(StoreError)
        -> FormImportOutcome
    {
        let fileName = url.lastPathComponent
        let id: Int64
        if let assessmentID { id = assessmentID } else { id = try Self.formAssessmentID(url) }
        guard let detail = try assessmentDetail(id: id) else {
            throw StoreError(.notFound, file: fileName, entity: "评估 #\(id)", message: "评估不存在")
        }
        let assessment = detail.assessment
        switch assessment.status {
        case .planned, .onSite:
            break
        case .submitted:
            throw StoreError(
                .conflict, file: fileName, entity: assessment.entityLabel,
                message: "评估报告已提交，不能导入检查表表单；如需修改请先退回修改（assessment reopen）")
        case .signed, .dispositionDecided:
            throw StoreError(
                .immutable, file: fileName, entity: assessment.entityLabel,
                message: "评估已签署（\(assessment.status.label)），不能导入检查表表单；如需更正，请先创建新版本（assessment correct）再导入")
        }
        let form: FilledForm
        do {
            var reader = FilledFormReader(
                checklist: detail.checklist, gradingTable: detail.gradingTable, assessmentId: id)
            reader.panelNames = detail.panel.map { $0.seats.filter(\.member.role.isExpert).map(\.expert.name) }
            form = try reader.read(url)
        } catch let error as XLSXError {
            throw error.storeError(fileName: fileName)
        } catch {
            throw StoreError(.invalidInput, file: fileName, message: "无法读取表单：\(error)")
        }
        let entry = AssessmentEntry(form: form).keepingPrefilled(detail.answers)
        let changed = try apply(entry, toAssessment: id, actor: actor)
        return FormImportOutcome(assessmentID: id, changed: changed, form: form)
    }

    /// The assessment id recorded in a form's 元数据 sheet.
    static func formAssessmentID(_ url: URL) throws(StoreError) -> Int64 {
        let fileName = url.lastPathComponent
        do {
            let workbook = try XLSXReader(url: url)
            let name = ChecklistFormLayout.metadataSheet
            guard workbook.sheetNames.contains(name) else {
                throw XLSXError(
                    .invalidContent("不是 HazChem 检查表表单：缺少隐藏的工作表「\(name)」（请使用“hazchem export form”导出的表单填写）"))
            }
            let sheet = try workbook.sheet(named: name)
            let key = ChecklistFormLayout.MetadataKey.assessmentId
            var cell = CellAddress(row: key.row, column: 1)
            for row in 0..<sheet.rowCount where FilledFormReader.text(sheet[row: row, column: 0]) == key.rawValue {
                cell = CellAddress(row: row, column: 1)
                let text = FilledFormReader.text(sheet[row: row, column: 1]) ?? ""
                if let id = Int64(text), id > 0 { return id }
                throw XLSXError(
                    .invalidContent("评估编号“\(text)”无效（应为正整数）；可用 --assessment 指定评估"), sheet: name,
                    cell: cell.description)
            }
            throw XLSXError(
                .invalidContent("不是 HazChem 检查表表单：元数据中没有“\(key.rawValue)”"), sheet: name, cell: cell.description)
        } catch let error as XLSXError {
            throw error.storeError(fileName: fileName)
        } catch {
            throw StoreError(.invalidInput, file: fileName, message: "无法读取表单：\(error)")
        }
    }
}

extension XLSXError {
    /// The error as invalid input to the store: one problem per sheet/cell problem, each naming the file
    /// (`fileName`), the sheet and the cell, such as `表单.xlsx 工作表「元数据」 单元格 B3：…`.
    package func storeError(fileName: String) -> StoreError {
        StoreError(
            .invalidInput,
            problems: allProblems.map { problem in
                var place: [String] = []
                if let sheet = problem.sheet { place.append("工作表「\(sheet)」") }
                if let cell = problem.cell { place.append("单元格 \(cell)") }
                return StoreError.Problem(
                    file: fileName, entity: place.isEmpty ? nil : place.joined(separator: " "), message: problem.problem
                )
            })
    }
}
