import Foundation
import HazChemCore

/// Loads a major-hazard criteria list (`kind: criteria`), such as the 20 criteria of 安监总管三〔2017〕121号;
/// every problem names file, line and field, and all are thrown together.
package enum CriteriaLoader {
    /// Loads a criteria file.
    package static func load(contentsOf url: URL) throws(TableError) -> MajorHazardCriteria {
        try load(YAMLDocument(contentsOf: url))
    }

    /// Loads criteria text named `file` in messages.
    package static func load(file: String, text: String) throws(TableError) -> MajorHazardCriteria {
        try load(YAMLDocument(file: file, text: text))
    }

    /// Reads a parsed criteria document, recording problems in it (for the catalog); nil when unusable.
    package static func read(_ document: YAMLDocument) -> MajorHazardCriteria? {
        document.root.flatMap(read)
    }

    private static func load(_ document: YAMLDocument) throws(TableError) -> MajorHazardCriteria {
        let criteria = document.root.flatMap(read)
        try document.finish()
        guard let criteria else { throw TableError(file: document.file, message: "无法读取判定标准") }
        return criteria
    }

    private static func read(_ root: YAMLField) -> MajorHazardCriteria? {
        root.rejectUnknownKeys(ChecklistLoader.headerKeys.union(["criteria"]))
        let header = ChecklistLoader.readHeader(root, kind: "criteria", requiresAppliesTo: false)
        var criteria: [MajorHazardCriteria.Criterion] = []
        var lines: [Int: Int?] = [:]
        let entries = ChecklistLoader.nonEmptyItems(root, "criteria", empty: "至少需要一条判定标准")
        for entry in entries {
            entry.rejectUnknownKeys(["number", "text"])
            let numberField = entry.required("number")
            var number = numberField?.integer
            if let n = number, let numberField {
                if n < 1 {
                    entry.document.report(numberField, "条款号应为正整数")
                    number = nil
                } else if let first = lines[n] {
                    entry.document.report(numberField, "条款号 \(n) 重复\(first.map { "（首次出现在第\($0)行）" } ?? "")")
                    number = nil
                } else {
                    lines[n] = numberField.line
                }
            }
            let text = entry.text("text")
            if let number, let text { criteria.append(.init(number: number, text: text)) }
        }
        if let field = root["criteria"], let highest = lines.keys.max() {
            let missing = (1...highest).filter { lines[$0] == nil }
            if !missing.isEmpty {
                let list = missing.map(String.init).joined(separator: "、")
                root.document.report(field, "条款号应从1连续编号，缺少第 \(list) 条")
            }
        }
        guard let header else { return nil }
        return MajorHazardCriteria(header: header, criteria: criteria.sorted { $0.number < $1.number })
    }
}
