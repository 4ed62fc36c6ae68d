import Foundation
import HazChemCore
import Yams

extension ChecklistLoader {
    /// The header keys every checklist and criteria file may carry.
    static let headerKeys: Set<String> = ["kind", "id", "title", "version", "basis", "status", "applies_to", "note"]

    /// Reads the common header; reports every problem and returns nil when a required part is unusable.
    /// - Parameters:
    ///   - kind: the `kind:` value this loader reads.
    ///   - requiresAppliesTo: whether `applies_to` must be present (tables) or may be omitted (reference data).
    static func readHeader(_ root: YAMLField, kind: String, requiresAppliesTo: Bool) -> ChecklistHeader? {
        if let found = root.text("kind"), found != kind, let field = root["kind"] {
            root.document.report(field, "应为 \(kind)，此文件由\(kind == "criteria" ? "判定标准" : "检查表")加载器读取（实际为 \(found)）")
        }
        let id = root.text("id")
        if let id, let field = root["id"], !isValidId(id) {
            root.document.report(field, "编号 \(id) 只能由小写字母、数字和连字符组成")
        }
        let title = root.text("title")
        let version = root.text("version")
        let basis = root.text("basis")
        var status: ChecklistHeader.Status?
        if let field = root.required("status"), let text = field.text {
            status = ChecklistHeader.Status(rawValue: text)
            if status == nil { root.document.report(field, "未知状态 \(text)（应为 official 或 local-default）") }
        }
        var kinds: [EnterpriseKind] = []
        if let field = requiresAppliesTo ? root.required("applies_to") : root["applies_to"] {
            let entries = field.items
            if entries.isEmpty, field.node.sequence != nil {
                root.document.report(field, "至少需要一种企业类型")
            }
            for entry in entries {
                guard let text = entry.text else { continue }
                if let kind = EnterpriseKind(label: text) {
                    kinds.append(kind)
                } else {
                    let allowed = EnterpriseKind.allCases.map(\.rawValue).joined(separator: "、")
                    root.document.report(entry, "未知企业类型 \(text)（应为 \(allowed)）")
                }
            }
        }
        let note = root.optionalText("note")
        guard let id, let title, let version, let basis, let status else { return nil }
        return ChecklistHeader(
            id: id, title: title, version: version, basis: basis, status: status, appliesTo: kinds, note: note)
    }

    /// Whether `id` is a stable table id: `[a-z0-9-]+`.
    static func isValidId(_ id: String) -> Bool {
        !id.isEmpty
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// The items of the list at `key`; reports a missing key, a non-list, and an empty list.
    static func nonEmptyItems(_ parent: YAMLField, _ key: String, empty message: String) -> [YAMLField] {
        guard let field = parent.required(key) else { return [] }
        let items = field.items
        if items.isEmpty, field.node.sequence != nil { parent.document.report(field, message) }
        return items
    }
}
