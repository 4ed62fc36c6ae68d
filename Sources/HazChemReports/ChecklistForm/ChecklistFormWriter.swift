import Foundation
import HazChemCore
import HazChemXLSX

/// Writes the offline checklist form (检查表表单) of one assessment, for experts to fill in Excel or WPS.
///
/// Sheets: 填写说明; one sheet per checklist section (items locked, answer cells unlocked with dropdowns and
/// date validation, the sheet protected without a password); 分级答案 (every grading rule and direct-red
/// condition with a validated answer cell); and the hidden 元数据 (assessment id, table ids and versions,
/// and the checksum `FilledFormReader` checks on import). See `ChecklistFormLayout` for the cell layout.
package struct ChecklistFormWriter: Sendable {
    /// The assessment the form belongs to.
    package var assessmentId: Int64
    /// 企业名称.
    package var enterpriseName: String
    /// 统一社会信用代码.
    package var creditCode: String
    /// The checklist to fill in.
    package var checklist: Checklist
    /// The grading table its answers go to.
    package var gradingTable: GradingTable
    /// Answers already entered, item id → entry, written into the answer cells.
    package var existing: [String: ChecklistFormEntry]
    /// Grading answers already entered (prefilled or confirmed), written into 分级答案.
    package var existingAnswers: GradingAnswers?
    /// The generation day recorded in the metadata.
    package var generatedOn: LocalDate
    /// The names of the panel members present, offered by the 填写人 dropdown.
    package var panelNames: [String] = []
    /// The stored spot checks, pre-filled on 应知应会抽查.
    package var spotChecks: [FormSpotCheck] = []
    /// The stored risk texts, pre-filled on 风险分析.
    package var risk = RiskDescription()
    /// The stored 专家组综合意见, pre-filled on its sheet.
    package var conclusion: String?

    /// The dropdown of 结论.
    package static let responseChoices: [ChecklistResponse] = [.conforming, .nonConforming, .notApplicable]
    /// The dropdown of yes/no cells.
    package static let yesNo = ["是", "否"]
    /// The dates 整改期限 accepts.
    package static let deadlineRange = (
        LocalDate(year: 2000, month: 1, day: 1)!, LocalDate(year: 2099, month: 12, day: 31)!
    )

    /// Creates a writer for one assessment's form.
    package init(
        assessmentId: Int64, enterpriseName: String, creditCode: String, checklist: Checklist,
        gradingTable: GradingTable, existing: [String: ChecklistFormEntry] = [:],
        existingAnswers: GradingAnswers? = nil,
        generatedOn: LocalDate = LocalDate.today(in: LocalDate.chinaTimeZone)
    ) {
        self.assessmentId = assessmentId
        self.enterpriseName = enterpriseName
        self.creditCode = creditCode
        self.checklist = checklist
        self.gradingTable = gradingTable
        self.existing = existing
        self.existingAnswers = existingAnswers
        self.generatedOn = generatedOn
    }

    /// Writes the form to a new workbook at `url`; returns the sheet names in order.
    @discardableResult
    package func write(to url: URL) throws -> [String] {
        let workbook = try Workbook(url: url)
        try workbook.setProperties(title: "\(enterpriseName) \(checklist.header.title)", author: "HazChem")
        let formats = try AssessmentReportFormats(workbook)
        try writeInstructions(workbook.addWorksheet(named: ChecklistFormLayout.instructionsSheet), formats: formats)
        let names = ChecklistFormLayout.sectionSheetNames(checklist)
        for (section, name) in zip(checklist.sections, names) {
            try writeSection(section, into: workbook.addWorksheet(named: name), formats: formats)
        }
        try writeGrading(workbook.addWorksheet(named: ChecklistFormLayout.gradingSheet), formats: formats)
        try writeSpotChecks(workbook.addWorksheet(named: ChecklistFormLayout.spotCheckSheet), formats: formats)
        try writeRisk(workbook.addWorksheet(named: ChecklistFormLayout.riskSheet), formats: formats)
        try writeConclusion(workbook.addWorksheet(named: ChecklistFormLayout.conclusionSheet), formats: formats)
        try writeMetadata(workbook.addWorksheet(named: ChecklistFormLayout.metadataSheet), formats: formats)
        try workbook.close()
        return workbook.sheetNames
    }

    /// The metadata values, by key.
    package var metadata: [ChecklistFormLayout.MetadataKey: String] {
        [
            .formType: ChecklistFormLayout.formType, .formatVersion: ChecklistFormLayout.formatVersion,
            .assessmentId: String(assessmentId), .enterpriseName: enterpriseName, .creditCode: creditCode,
            .checklistId: checklist.header.id, .checklistVersion: checklist.header.version,
            .gradingTableId: gradingTable.id, .gradingTableVersion: gradingTable.header.version,
            .checksum: ChecklistFormLayout.checksum(checklist: checklist, table: gradingTable),
            .generatedOn: generatedOn.description,
        ]
    }

    /// 元数据: key and value per row, hidden and protected.
    private func writeMetadata(_ sheet: Worksheet, formats: AssessmentReportFormats) throws {
        let values = metadata
        for key in ChecklistFormLayout.MetadataKey.allCases {
            try sheet.write(key.rawValue, row: key.row, column: 0, format: formats.label)
            try sheet.write(values[key] ?? "", row: key.row, column: 1, format: formats.table.text)
        }
        try sheet.setColumnWidth(18, columns: 0...0)
        try sheet.setColumnWidth(70, columns: 1...1)
        sheet.hide()
        sheet.protect()
    }

    /// 填写说明: how to fill the form, in Chinese.
    private func writeInstructions(_ sheet: Worksheet, formats: AssessmentReportFormats) throws {
        let out = AssessmentReportSheet(sheet, limits: [0: 100...100])
        try sheet.setRowHeight(28, row: 0)
        try out.write("\(checklist.header.title)——离线填写表单", row: 0, column: 0, format: formats.title)
        for (index, line) in instructions.enumerated() {
            try out.write(line, row: index + 2, column: 0, format: formats.note, wraps: true)
        }
        try out.finish()
        sheet.activate()
        try sheet.setPageSetup(
            AssessmentReportSheet.pageSetup(
                enterprise: enterpriseName, document: "检查表填写说明", landscape: false, repeatRows: nil))
    }

    /// The lines of 填写说明.
    var instructions: [String] {
        let c = checklist.header
        let t = gradingTable.header
        return [
            "本表单用于评估编号 \(assessmentId)（\(enterpriseName)，统一社会信用代码 \(creditCode)）的现场检查离线填写，"
                + "由 HazChem 生成。填写完成后保存为 .xlsx 文件，用“hazchem assessment import-form 文件”导入。",
            "1. 每个检查章节一个工作表。只能填写浅黄色单元格；编号、检查内容、依据、121号条款不得修改"
                + "（工作表已保护，未设密码，请勿撤销保护后修改检查项）。",
            "2. 结论：从下拉列表选择“符合”“不符合”或“不适用”。未检查的项留空，导入后视为“未查”，签字确认前必须补查。",
            "3. 判为“不符合”的项必须填写问题描述；隐患位置、整改措施、整改期限（日期，如 2019-10-01）和责任人尽量填写。",
            "4. 是否重大隐患：“121号条款”列注明条款号的检查项，判为不符合即为重大隐患"
                + "（安监总管三〔2017〕121号）；其他不符合项经专家组认定为重大隐患的选“是”。只有不符合项可以选“是”。",
            "5. 分级答案：是/否项选择“是”或“否”；按项计的规则填写项数（非负整数，不超过规定的最多项数）；"
                + "未填写的规则按“否”或 0 计。存在直接判定为红色的情形时，在该条件后选择“是”。",
            "6. 填写人：每个作答的检查项从下拉列表选择作答的专家组成员。组长可填写任何章节；组员填写本专业章节，"
                + "或在该专业无人到场时代填。已作答的项预先填入记录的专家。",
            "7. 应知应会抽查：每行一名被抽查人员，岗位和结果（合格/不合格）从下拉列表选择；已记录的抽查已预先列出，"
                + "导入时只新增表中新的行。风险分析：红色、橙色企业填写各项风险说明。专家组综合意见：在 A3 单元格填写。",
            "8. 不要增删或重命名工作表，不要插入或删除行、列。隐藏的“元数据”工作表记录评估编号、表格版本和校验码，"
                + "导入时据此核对表单是否属于本次评估、检查表是否被修改，请勿改动。",
            "9. 检查表：\(c.title)（\(c.id)，\(c.version)版，\(c.status.label)）。",
            "10. 分级表：\(t.title)（\(t.id)，\(t.version)版，\(t.status.label)）。",
        ]
    }
}
