import Foundation
import HazChemCore
import Yams

extension TableCatalog {
    /// The header fields every table kind shares.
    package static let headerKeys: Set<String> = [
        "kind", "id", "title", "version", "basis", "status", "applies_to", "note",
    ]

    /// Reads the common header of a table file, recording every problem in the document.
    ///
    /// Returns nil when a required header field is missing or invalid. `applies_to` is required when
    /// `requireAppliesTo` (grading tables and checklists), optional otherwise (reference data).
    package static func readHeader(_ root: YAMLField, requireAppliesTo: Bool) -> TableHeader? {
        let document = root.document
        let problemsBefore = document.problems.count
        let id = root.text("id")
        if let id, !TableHeader.isValidID(id), let field = root["id"] {
            document.report(field, "表编号“\(id)”无效：只能使用小写字母、数字和连字符")
        }
        let title = root.text("title")
        let version = root.text("version")
        let basis = root.text("basis")
        var status: TableHeader.Status?
        if let field = root.required("status"), let text = field.text {
            status = TableHeader.Status(rawValue: text)
            if status == nil { document.report(field, "应为 official 或 local-default，实际为“\(text)”") }
        }
        var kinds: [EnterpriseKind] = []
        if let field = requireAppliesTo ? root.required("applies_to") : root["applies_to"] {
            let items = field.items
            if items.isEmpty, case .sequence = field.node { document.report(field, "至少应列出一种企业类型") }
            for item in items {
                guard let text = item.text else { continue }
                if let kind = EnterpriseKind(label: text) {
                    if kinds.contains(kind) { document.report(item, "企业类型“\(text)”重复") }
                    kinds.append(kind)
                } else {
                    let names = EnterpriseKind.allCases.map(\.rawValue).joined(separator: "、")
                    document.report(item, "未知企业类型“\(text)”（可用：\(names)）")
                }
            }
        }
        let note = root.optionalText("note")
        guard let id, let title, let version, let basis, let status, document.problems.count == problemsBefore
        else { return nil }
        return TableHeader(
            id: id, title: title, version: version, basis: basis, status: status, appliesTo: kinds, note: note)
    }
}
