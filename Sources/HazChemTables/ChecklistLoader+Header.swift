import Foundation
import HazChemCore
import Yams

extension ChecklistLoader {
    /// The header keys every checklist and criteria file may carry.
    static var headerKeys: Set<String> { TableCatalog.headerKeys }

    /// Reads the common header; reports every problem and returns nil when a required part is unusable.
    /// - Parameters:
    ///   - kind: the `kind:` value this loader reads.
    ///   - requiresAppliesTo: whether `applies_to` must be present (tables) or may be omitted (reference data).
    static func readHeader(_ root: YAMLField, kind: String, requiresAppliesTo: Bool) -> TableHeader? {
        if let found = root.text("kind"), found != kind, let field = root["kind"] {
            root.document.report(field, "应为 \(kind)，此文件由\(kind == "criteria" ? "判定标准" : "检查表")加载器读取（实际为 \(found)）")
        }
        return TableCatalog.readHeader(root, requireAppliesTo: requiresAppliesTo)
    }

    /// The items of the list at `key`; reports a missing key, a non-list, and an empty list.
    static func nonEmptyItems(_ parent: YAMLField, _ key: String, empty message: String) -> [YAMLField] {
        guard let field = parent.required(key) else { return [] }
        let items = field.items
        if items.isEmpty, field.node.sequence != nil { parent.document.report(field, message) }
        return items
    }
}
