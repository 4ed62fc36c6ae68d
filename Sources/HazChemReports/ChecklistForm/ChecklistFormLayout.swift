import HazChemCore
import HazChemXLSX

/// The fixed layout of an offline checklist form, shared by `ChecklistFormWriter` and `FilledFormReader`.
///
/// Section sheets: a title on row 1, the header on row 2, one item per row from row 3. 分级答案: a title on
/// row 1, the header on row 2, one rule per row from row 3, then the direct-red conditions. 元数据 (hidden):
/// one key per row in column A with its value in column B.
package enum ChecklistFormLayout {
    /// The instructions sheet.
    package static let instructionsSheet = "填写说明"
    /// The grading answers sheet.
    package static let gradingSheet = "分级答案"
    /// The hidden metadata sheet.
    package static let metadataSheet = "元数据"
    /// The value of the 表单类型 metadata key that marks a workbook as a HazChem checklist form.
    package static let formType = "HazChem 检查表表单"
    /// The layout version written in the metadata.
    package static let formatVersion = "2"
    /// The zero-based header row of section and grading sheets.
    package static let headerRow = 1
    /// The zero-based first item row of section and grading sheets.
    package static let firstRow = 2
    /// The spot-check sheet (应知应会抽查): header on row 2, one person per row from row 3.
    package static let spotCheckSheet = "应知应会抽查"
    /// The risk sheet: one risk field per row from row 3, label in column A, text in column B.
    package static let riskSheet = "风险分析"
    /// The conclusion sheet: the panel's overall opinion in A3.
    package static let conclusionSheet = "专家组综合意见"
    /// The blank rows offered on 应知应会抽查 after the stored spot checks.
    package static let spotCheckBlankRows = 20

    /// The columns of 应知应会抽查, in order.
    package enum SpotCheckColumn: Int, CaseIterable, Sendable {
        case person, post, result, note

        /// The header text.
        package var header: String {
            switch self {
            case .person: "被抽查人员"
            case .post: "岗位"
            case .result: "结果"
            case .note: "抽查问题及备注"
            }
        }

        /// The A1 reference of this column on a zero-based row.
        package func cell(row: Int) -> String { CellAddress(row: row, column: rawValue).description }
    }

    /// The title of the direct-red block on 分级答案 (column A).
    package static let directRedTitle = "直接判定为红色的条件"

    /// The columns of a section sheet, in order.
    package enum Column: Int, CaseIterable, Sendable {
        case id, requirement, basis, criterion, response, finding, location, major, measure, deadline, responsible,
            expert

        /// The header text.
        package var header: String {
            switch self {
            case .id: "编号"
            case .requirement: "检查内容"
            case .basis: "依据"
            case .criterion: "121号条款"
            case .response: "结论"
            case .finding: "问题描述"
            case .location: "隐患位置"
            case .major: "是否重大隐患"
            case .measure: "整改措施"
            case .deadline: "整改期限"
            case .responsible: "责任人"
            case .expert: "填写人"
            }
        }

        /// Whether users fill this column (unlocked cells).
        package var isAnswer: Bool { rawValue >= Column.response.rawValue }

        /// The A1 reference of this column on a zero-based row.
        package func cell(row: Int) -> String { CellAddress(row: row, column: rawValue).description }
    }

    /// The columns of 分级答案, in order.
    package enum GradingColumn: Int, CaseIterable, Sendable {
        case id, project, text, amount, answer, hint

        /// The header text.
        package var header: String {
            switch self {
            case .id: "编号"
            case .project: "类别 / 项目"
            case .text: "内容"
            case .amount: "分值"
            case .answer: "答案"
            case .hint: "填写要求"
            }
        }

        /// The A1 reference of this column on a zero-based row.
        package func cell(row: Int) -> String { CellAddress(row: row, column: rawValue).description }
    }

    /// The keys of 元数据, in order (column A).
    package enum MetadataKey: String, CaseIterable, Sendable {
        case formType = "表单类型"
        case formatVersion = "格式版本"
        case assessmentId = "评估编号"
        case enterpriseName = "企业名称"
        case creditCode = "统一社会信用代码"
        case checklistId = "检查表编号"
        case checklistVersion = "检查表版本"
        case gradingTableId = "分级表编号"
        case gradingTableVersion = "分级表版本"
        case checksum = "校验码"
        case generatedOn = "生成日期"

        /// The zero-based row of the key.
        package var row: Int { Self.allCases.firstIndex(of: self)! }
    }

    /// One sheet name per section, in checklist order: `A 安全管理机构与人员`, without `[ ] : * ? / \`,
    /// at most 31 characters, unique, and different from the other sheets of the form.
    package static func sectionSheetNames(_ checklist: Checklist) -> [String] {
        var taken: Set<String> = [
            instructionsSheet, gradingSheet, metadataSheet, spotCheckSheet, riskSheet, conclusionSheet,
        ]
        return checklist.sections.map { section in
            let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
            var base = String("\(section.id) \(section.title)".map { forbidden.contains($0) ? "_" : $0 })
            base = String(base.trimmingPrefix { $0 == "'" })
            while base.last == "'" { base.removeLast() }
            var name = String(base.prefix(31))
            var suffix = 2
            while taken.contains(name) || name.isEmpty {
                let tag = "~\(suffix)"
                name = String(base.prefix(31 - tag.count)) + tag
                suffix += 1
            }
            taken.insert(name)
            return name
        }
    }

    /// SHA-256 (hex) of what the form shows and its answers depend on: every item id and requirement, every
    /// rule id, text and answer shape, every direct-red id and text. An edited table changes it.
    package static func checksum(checklist: Checklist, table: GradingTable) -> String {
        var text = ""
        for item in checklist.items {
            text += "item\t\(item.id)\t\(item.requirement)\n"
        }
        for entry in table.ruleEntries {
            let rule = entry.rule
            text += "rule\t\(rule.id)\t\(rule.text)\t\(rule.per.rawValue)\t\(rule.maxCount.map(String.init) ?? "")\n"
        }
        for condition in table.directRed {
            text += "red\t\(condition.id)\t\(condition.text)\n"
        }
        return SHA256.hex(text)
    }
}
