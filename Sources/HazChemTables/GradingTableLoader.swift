import Foundation
import HazChemCore
import Yams

/// Loads a grading table (`kind: grading`) and validates it, naming file, line and field for every problem.
package enum GradingTableLoader {
    /// The top-level keys a grading table may have.
    static let topKeys = TableCatalog.headerKeys.union(["start", "categories", "direct_red", "bands"])

    /// Loads and validates the table in `url`, or throws every problem found.
    package static func load(contentsOf url: URL) throws(TableError) -> GradingTable {
        let document = YAMLDocument(contentsOf: url)
        let table = read(document)
        if !document.problems.isEmpty {
            throw TableError(problems: TableCatalog.inLineOrder(document.problems))
        }
        guard let table else { throw TableError(file: document.file, message: "无法读取分级表") }
        return table
    }

    /// Loads and validates a table from text; `file` names it in messages.
    package static func load(file: String, text: String) throws(TableError) -> GradingTable {
        let document = YAMLDocument(file: file, text: text)
        let table = read(document)
        if !document.problems.isEmpty {
            throw TableError(problems: TableCatalog.inLineOrder(document.problems))
        }
        guard let table else { throw TableError(file: file, message: "无法读取分级表") }
        return table
    }

    /// Reads and validates a parsed document, recording problems in it; nil when any problem was found.
    package static func read(_ document: YAMLDocument) -> GradingTable? {
        guard let root = document.root else { return nil }
        guard case .mapping = root.node else {
            document.report(root, "应为YAML映射（kind、id、title…）")
            return nil
        }
        root.rejectUnknownKeys(topKeys)
        if let kind = root.required("kind"), let text = kind.text, text != TableCatalog.Kind.grading.rawValue {
            document.report(kind, "应为 grading，实际为“\(text)”")
        }
        let header = TableCatalog.readHeader(root, requireAppliesTo: true)
        let start = root.required("start")?.tenths
        let categories = root.items("categories").map(readCategory)
        let directRed = (root["direct_red"]?.items ?? []).map(readDirectRed)
        let bandFields = root.items("bands")
        let bands = bandFields.compactMap(readBand)
        let structural = document.problems
        let table = GradingTable(
            header: header ?? TableHeader(id: "x", title: "", version: "", basis: "", status: .official),
            start: start ?? Tenths(100), categories: categories, directRed: directRed, bands: bands)
        func element(_ field: String) -> String { field.split(separator: ".").dropLast().joined(separator: ".") }
        let malformed = Set(structural.map { element($0.field) }).union(structural.map(\.field))
        for problem in table.validate() {
            let field = problem.field ?? ""
            // A field of an element already reported as malformed would only echo its placeholder value.
            if !element(field).isEmpty, malformed.contains(element(field)) { continue }
            // With a malformed band left out, band indices no longer match the file.
            if field.hasPrefix("bands"), bands.count != bandFields.count { continue }
            let node = locate(field, in: root)
            document.report(line: node?.line ?? root.line, field: field, problem.message)
        }
        return document.problems.isEmpty ? table : nil
    }

    /// The node at a field path such as `categories[1].projects[0].cap`, or its deepest existing ancestor.
    static func locate(_ path: String, in root: YAMLField) -> YAMLField? {
        var node = root
        for component in path.split(separator: ".") {
            var parts = component.split(separator: "[")
            let key = String(parts.removeFirst())
            guard let child = node[key] else { return node }
            node = child
            for part in parts {
                guard let index = Int(part.dropLast()), case .sequence(let sequence) = node.node,
                    sequence.indices.contains(index)
                else { return node }
                node = YAMLField(node: sequence[index], path: "\(node.path)[\(index)]", document: node.document)
            }
        }
        return node
    }
}
