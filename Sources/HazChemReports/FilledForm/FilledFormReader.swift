import Foundation
import HazChemCore
import HazChemXLSX

/// Reads a checklist form filled in Excel, WPS or any program that saves xlsx, and checks it against the
/// checklist, grading table and assessment it must belong to.
///
/// Every problem is collected and thrown together as one `XLSXError` with code `problems`, each naming its
/// sheet and cell in Chinese: a workbook that is not a form, a form of another assessment or of other table
/// versions (ids, versions, checksum), edited item text, unknown 结论 words, non-conforming items without a
/// finding, 是/否 cells with other text, counts that are not whole numbers or exceed their maximum, and bad
/// dates. An empty 结论 means not checked and is allowed (sign-off checks it later).
package struct FilledFormReader: Sendable {
    /// The checklist the form must show.
    package var checklist: Checklist
    /// The grading table its answers go to.
    package var gradingTable: GradingTable
    /// The assessment the form must belong to.
    package var assessmentId: Int64
    /// The names a 填写人 cell may hold (the panel members present); nil accepts any name (the store checks).
    package var panelNames: [String]? = nil

    /// Creates a reader expecting a form of `assessmentId` with these tables.
    package init(checklist: Checklist, gradingTable: GradingTable, assessmentId: Int64) {
        self.checklist = checklist
        self.gradingTable = gradingTable
        self.assessmentId = assessmentId
    }

    /// Reads and checks the form at `url`.
    package func read(_ url: URL) throws -> FilledForm {
        let workbook = try XLSXReader(url: url)
        guard workbook.sheetNames.contains(ChecklistFormLayout.metadataSheet) else {
            throw XLSXError(
                .invalidContent(
                    "不是 HazChem 检查表表单：缺少隐藏的工作表「\(ChecklistFormLayout.metadataSheet)」"
                        + "（请使用“hazchem export form”导出的表单填写）"), file: workbook.file)
        }
        var problems = FormProblems()
        let metadata = try readMetadata(
            workbook.sheet(named: ChecklistFormLayout.metadataSheet), file: workbook.file, problems: &problems)
        var entries: [String: ChecklistFormEntry] = [:]
        for (section, name) in zip(checklist.sections, ChecklistFormLayout.sectionSheetNames(checklist)) {
            guard workbook.sheetNames.contains(name) else {
                problems.add("缺少检查章节 \(section.id)（\(section.title)）的工作表", sheet: name)
                continue
            }
            let sheet = try workbook.sheet(named: name)
            entries.merge(readSection(section, sheet: sheet, problems: &problems)) { first, _ in first }
        }
        var answers = GradingAnswers(tableId: gradingTable.id)
        if workbook.sheetNames.contains(ChecklistFormLayout.gradingSheet) {
            answers = readGrading(try workbook.sheet(named: ChecklistFormLayout.gradingSheet), problems: &problems)
        } else {
            problems.add("缺少分级答案工作表", sheet: ChecklistFormLayout.gradingSheet)
        }
        var extras = FilledForm.Extras()
        if workbook.sheetNames.contains(ChecklistFormLayout.spotCheckSheet) {
            let checks = readSpotChecks(
                try workbook.sheet(named: ChecklistFormLayout.spotCheckSheet), problems: &problems)
            extras.spotChecks = checks.isEmpty ? nil : checks
        }
        if workbook.sheetNames.contains(ChecklistFormLayout.riskSheet) {
            extras.risk = readRisk(try workbook.sheet(named: ChecklistFormLayout.riskSheet), problems: &problems)
        }
        if workbook.sheetNames.contains(ChecklistFormLayout.conclusionSheet) {
            let sheet = try workbook.sheet(named: ChecklistFormLayout.conclusionSheet)
            extras.conclusion = Self.text(sheet[row: ChecklistFormLayout.firstRow, column: 0])
        }
        if !problems.list.isEmpty { throw XLSXError(.problems(problems.list), file: workbook.file) }
        var form = FilledForm(
            assessmentId: assessmentId, checklistId: metadata[.checklistId] ?? checklist.header.id,
            checklistVersion: metadata[.checklistVersion] ?? checklist.header.version,
            gradingTableId: metadata[.gradingTableId] ?? gradingTable.id,
            gradingTableVersion: metadata[.gradingTableVersion] ?? gradingTable.header.version, entries: entries,
            gradingAnswers: answers)
        (form.spotChecks, form.risk, form.conclusion) = (extras.spotChecks, extras.risk, extras.conclusion)
        return form
    }

    /// Reads 元数据 and checks the form type, assessment id, table ids, versions and checksum.
    private func readMetadata(
        _ sheet: XLSXSheet, file: String, problems: inout FormProblems
    ) throws -> [ChecklistFormLayout.MetadataKey: String] {
        typealias Key = ChecklistFormLayout.MetadataKey
        var values: [Key: String] = [:]
        var cells: [Key: String] = [:]
        for row in 0..<sheet.rowCount {
            guard let label = Self.text(sheet[row: row, column: 0]), let key = Key(rawValue: label) else { continue }
            values[key] = Self.text(sheet[row: row, column: 1]) ?? ""
            cells[key] = CellAddress(row: row, column: 1).description
        }
        let name = sheet.name
        guard values[.formType] == ChecklistFormLayout.formType else {
            throw XLSXError(
                .invalidContent("不是 HazChem 检查表表单：元数据中没有表单类型“\(ChecklistFormLayout.formType)”"),
                file: file, sheet: name, cell: cells[.formType] ?? "B1")
        }
        let checksum = ChecklistFormLayout.checksum(checklist: checklist, table: gradingTable)
        let c = checklist.header
        let t = gradingTable.header
        let expected: [(Key, String, (String) -> String)] = [
            (.assessmentId, String(assessmentId), { "表单属于评估 \($0)，不是本次评估 \(assessmentId)" }),
            (.checklistId, c.id, { "表单使用检查表 \($0)，本次评估使用检查表 \(c.id)" }),
            (.checklistVersion, c.version, { "表单的检查表版本为 \($0)，本次评估使用 \(c.version) 版" }),
            (.gradingTableId, t.id, { "表单使用分级表 \($0)，本次评估使用分级表 \(t.id)" }),
            (.gradingTableVersion, t.version, { "表单的分级表版本为 \($0)，本次评估使用 \(t.version) 版" }),
            (.checksum, checksum, { "校验码不符（表单为 \($0)）：表单中的检查项或评分规则与本次评估使用的表格不同，请重新导出表单" }),
        ]
        for (key, value, message) in expected where values[key] != value {
            let cell = cells[key] ?? CellAddress(row: key.row, column: 1).description
            let found = values[key].map { $0.isEmpty ? "（空）" : $0 } ?? "（缺少“\(key.rawValue)”）"
            problems.add(message(found), sheet: name, cell: cell)
        }
        return values
    }
}

/// The problems found so far in one form, in the order found.
struct FormProblems {
    private(set) var list: [XLSXError] = []

    /// Records a problem at a sheet and, when known, a cell.
    mutating func add(_ message: String, sheet: String, cell: String? = nil) {
        list.append(XLSXError(.invalidContent(message), sheet: sheet, cell: cell))
    }
}
