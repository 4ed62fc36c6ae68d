import Foundation
import HazChemCore

/// Loads inspection checklists (`kind: checklist`) and checks their links to a grading table and a
/// criteria list; every problem names file, line and field, and all are thrown together.
package enum ChecklistLoader {
    /// What a checklist's links must point at: the grading table's rule and direct-red ids and the criteria list.
    package struct LinkTargets: Sendable {
        /// The grading table id the checklist must name in `grading_table`; nil skips that check.
        package var gradingTableId: String?
        /// Every rule id of the grading table.
        package var ruleIds: Set<String>
        /// Every direct-red id of the grading table.
        package var directRedIds: Set<String>
        /// The criteria list `major_criterion` numbers refer to; nil skips that check.
        package var criteria: MajorHazardCriteria?

        /// Creates link targets.
        package init(
            gradingTableId: String? = nil, ruleIds: Set<String>, directRedIds: Set<String>,
            criteria: MajorHazardCriteria? = nil
        ) {
            self.gradingTableId = gradingTableId
            self.ruleIds = ruleIds
            self.directRedIds = directRedIds
            self.criteria = criteria
        }
    }

    /// Loads a checklist file; with `links`, also checks every cross-link.
    package static func load(contentsOf url: URL, links: LinkTargets? = nil) throws(TableError) -> Checklist {
        try load(YAMLDocument(contentsOf: url), links: links)
    }

    /// Loads checklist text named `file` in messages; with `links`, also checks every cross-link.
    package static func load(file: String, text: String, links: LinkTargets? = nil) throws(TableError) -> Checklist {
        try load(YAMLDocument(file: file, text: text), links: links)
    }

    /// Checks a checklist file and its cross-links: grading rule ids, direct-red ids and 121号 criterion
    /// numbers must exist in `links`; throws every problem with its line.
    package static func validateLinks(contentsOf url: URL, links: LinkTargets) throws(TableError) {
        _ = try load(contentsOf: url, links: links)
    }

    /// Checks checklist text and its cross-links, as ``validateLinks(contentsOf:links:)``.
    package static func validateLinks(file: String, text: String, links: LinkTargets) throws(TableError) {
        _ = try load(file: file, text: text, links: links)
    }

    private static let rootKeys = headerKeys.union(["grading_table", "criteria", "sections"])
    private static let sectionKeys: Set<String> = ["id", "title", "specialty", "items"]
    private static let itemKeys: Set<String> = [
        "id", "requirement", "basis", "major_criterion", "grading", "direct_red",
    ]

    /// Reads a parsed checklist document, recording problems in it (for the catalog); nil when unusable.
    package static func read(_ document: YAMLDocument, links: LinkTargets?) -> Checklist? {
        document.root.flatMap { read($0, links: links) }
    }

    private static func load(_ document: YAMLDocument, links: LinkTargets?) throws(TableError) -> Checklist {
        let checklist = document.root.flatMap { read($0, links: links) }
        try document.finish()
        guard let checklist else {
            throw TableError(file: document.file, message: "无法读取检查表")
        }
        return checklist
    }

    private static func read(_ root: YAMLField, links: LinkTargets?) -> Checklist? {
        root.rejectUnknownKeys(rootKeys)
        let header = readHeader(root, kind: "checklist", requiresAppliesTo: true)
        let gradingTableId = root.text("grading_table")
        if let gradingTableId, let expected = links?.gradingTableId, gradingTableId != expected,
            let field = root["grading_table"]
        {
            root.document.report(field, "检查表关联评分表 \(gradingTableId)，但校验所用评分表为 \(expected)")
        }
        let criteriaId = root.optionalText("criteria")
        if let criteriaId, let criteria = links?.criteria, criteriaId != criteria.header.id,
            let field = root["criteria"]
        {
            root.document.report(field, "检查表关联判定标准 \(criteriaId)，但校验所用判定标准为 \(criteria.header.id)")
        }
        var reader = ItemReader(links: links, hasCriteria: criteriaId != nil)
        let sections = nonEmptyItems(root, "sections", empty: "检查表至少需要一个分区").compactMap {
            reader.section($0)
        }
        guard let header, let gradingTableId else { return nil }
        return Checklist(header: header, gradingTableId: gradingTableId, criteriaId: criteriaId, sections: sections)
    }

    /// Reads sections and items, remembering ids to report duplicates.
    private struct ItemReader {
        let links: LinkTargets?
        let hasCriteria: Bool
        var sectionLines: [String: Int?] = [:]
        var itemLines: [String: Int?] = [:]

        mutating func section(_ field: YAMLField) -> ChecklistSection? {
            field.rejectUnknownKeys(ChecklistLoader.sectionKeys)
            let id = field.text("id")
            if let id, let idField = field["id"] {
                if let first = sectionLines[id] {
                    field.document.report(idField, "分区编号 \(id) 重复\(Self.firstSeen(first))")
                } else {
                    sectionLines[id] = idField.line
                }
            }
            let title = field.text("title")
            var specialty: Specialty?
            if let specialtyField = field.required("specialty"), let text = specialtyField.text {
                specialty = Specialty(label: text)
                if specialty == nil {
                    let allowed = Specialty.allCases.map(\.rawValue).joined(separator: "、")
                    field.document.report(specialtyField, "未知专业 \(text)（应为 \(allowed)）")
                }
            }
            let what = id.map { "分区 \($0) 没有检查项" } ?? "分区没有检查项"
            let items = ChecklistLoader.nonEmptyItems(field, "items", empty: what).compactMap { item($0) }
            guard let id, let title, let specialty else { return nil }
            return ChecklistSection(id: id, title: title, specialty: specialty, items: items)
        }

        mutating func item(_ field: YAMLField) -> ChecklistItem? {
            field.rejectUnknownKeys(ChecklistLoader.itemKeys)
            let id = field.text("id")
            if let id, let idField = field["id"] {
                if let first = itemLines[id] {
                    field.document.report(idField, "检查项编号 \(id) 重复\(Self.firstSeen(first))")
                } else {
                    itemLines[id] = idField.line
                }
            }
            let requirement = field.text("requirement")
            let basis = field.text("basis")
            let criterion = field["major_criterion"].flatMap(majorCriterion)
            let ruleIds = field["grading"].map(gradingRuleIds) ?? []
            var directRedId: String?
            if let redField = field["direct_red"], let text = redField.text {
                directRedId = text
                if let links, !links.directRedIds.contains(text) {
                    field.document.report(redField, "直接判定红色条件 \(text) 不在评分表中\(Self.known(links.directRedIds))")
                }
            }
            guard let id, let requirement, let basis else { return nil }
            return ChecklistItem(
                id: id, requirement: requirement, basis: basis, majorCriterion: criterion, gradingRuleIds: ruleIds,
                directRedId: directRedId)
        }

        private func majorCriterion(_ field: YAMLField) -> Int? {
            guard let number = field.integer else { return nil }
            if !hasCriteria {
                field.document.report(field, "使用 major_criterion 时检查表须用 criteria 字段声明判定标准")
            }
            if let criteria = links?.criteria {
                if criteria.criterion(number) == nil {
                    let range = criteria.numbers.isEmpty ? "" : "（应为 1–\(criteria.numbers.max()!)）"
                    field.document.report(field, "判定标准 \(criteria.header.id) 中没有第 \(number) 条\(range)")
                    return nil
                }
            } else if number < 1 {
                field.document.report(field, "判定标准条款号应为正整数")
                return nil
            }
            return number
        }

        private func gradingRuleIds(_ field: YAMLField) -> [String] {
            var ids: [String] = []
            for entry in field.items {
                guard let id = entry.text else { continue }
                if ids.contains(id) {
                    field.document.report(entry, "评分规则 \(id) 重复关联")
                    continue
                }
                if let links, !links.ruleIds.contains(id) {
                    field.document.report(entry, "评分规则 \(id) 不在评分表中")
                    continue
                }
                ids.append(id)
            }
            return ids
        }

        private static func firstSeen(_ line: Int?) -> String {
            line.map { "（首次出现在第\($0)行）" } ?? ""
        }

        private static func known(_ ids: Set<String>) -> String {
            ids.isEmpty ? "" : "（应为 \(ids.sorted().joined(separator: "、"))）"
        }
    }
}
