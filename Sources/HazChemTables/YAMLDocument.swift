import Foundation
import HazChemCore
import Yams

/// A parsed YAML file that collects problems with their line numbers while a loader walks it.
///
/// Loaders read fields through ``YAMLField`` and never stop at the first problem: each missing or
/// malformed field is recorded, and ``finish()`` throws them all as one ``TableError``.
package final class YAMLDocument {
    /// The file name used in messages.
    package let file: String
    /// The problems found so far.
    package private(set) var problems: [TableError.Problem] = []
    /// The top-level node, nil when the text is not valid YAML (a problem is then recorded).
    package private(set) var root: YAMLField?

    /// Parses `text`; a syntax error becomes a problem with its line.
    package init(file: String, text: String) {
        self.file = file
        guard text.utf8.count <= InputFile.yamlLimit else {
            report(
                line: nil, field: "",
                InputFile.Problem.tooLarge(size: text.utf8.count, limit: InputFile.yamlLimit).message(path: file))
            return
        }
        do {
            if let node = try Yams.compose(yaml: text) {
                if let problem = YAMLShape.problem(of: node) {
                    report(line: nil, field: "", problem)
                } else {
                    root = YAMLField(node: node, path: "", document: self)
                }
            } else {
                report(line: 1, field: "", "文件为空，应为YAML映射")
            }
        } catch let error as YamlError {
            DebugLog.write("YAML \(file)", "\(error)")
            let (line, message) = Self.describe(error)
            report(line: line, field: "", "YAML格式错误：\(message)")
        } catch {
            DebugLog.write("YAML \(file)", "\(error)")
            report(line: nil, field: "", "YAML格式错误：无法解析")
        }
    }

    /// Reads and parses a file; an unreadable file becomes a problem.
    package convenience init(contentsOf url: URL) {
        let text: String
        do {
            text = try InputFile.text(at: url, limit: InputFile.yamlLimit)
        } catch {
            self.init(file: url.lastPathComponent, text: "")
            problems = error.problems
            return
        }
        self.init(file: url.lastPathComponent, text: text)
    }

    /// Records a problem.
    package func report(line: Int?, field: String, _ message: String) {
        problems.append(.init(file: file, line: line, field: field, message: message))
    }

    /// Records a problem at a field.
    package func report(_ field: YAMLField, _ message: String) {
        report(line: field.line, field: field.path, message)
    }

    /// Throws every recorded problem, if any.
    package func finish() throws(TableError) {
        if !problems.isEmpty { throw TableError(problems: problems) }
    }

    private static func describe(_ error: YamlError) -> (Int?, String) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return (mark.line, YAMLShape.chinese(problem))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (context.mark.line, "重复的键 \(duplicates.joined(separator: "、"))")
        default:
            return (nil, "无法解析（请检查缩进、冒号和引号）")
        }
    }
}

/// One node of a ``YAMLDocument`` with its field path, for reading values and reporting problems.
package struct YAMLField {
    /// The Yams node.
    package let node: Node
    /// The dotted path from the document root, such as `sections[1].items[3].id`.
    package let path: String
    /// The document problems are reported to.
    package unowned let document: YAMLDocument

    /// The 1-based line of the node, when known.
    package var line: Int? { node.mark?.line }

    /// The child at `key` of a mapping, or nil.
    package subscript(key: String) -> YAMLField? {
        guard case .mapping(let mapping) = node, let child = mapping[key] else { return nil }
        return YAMLField(node: child, path: path.isEmpty ? key : "\(path).\(key)", document: document)
    }

    /// The child at `key`; reports "缺少字段" when absent.
    package func required(_ key: String) -> YAMLField? {
        guard let child = self[key] else {
            document.report(line: line, field: path.isEmpty ? key : "\(path).\(key)", "缺少必填字段")
            return nil
        }
        return child
    }

    /// The scalar text, or nil for a mapping or sequence (no problem reported).
    package var scalarText: String? {
        guard case .scalar(let scalar) = node else { return nil }
        return scalar.string
    }

    /// The value as non-empty text; reports a problem otherwise.
    package var text: String? {
        guard let s = scalarText?.trimmingCharacters(in: .whitespacesAndNewlines), !s.isEmpty else {
            document.report(self, "应为非空文本")
            return nil
        }
        return s
    }

    /// A required non-empty text field.
    package func text(_ key: String) -> String? { required(key)?.text }

    /// An optional text field: nil when absent; a problem when present but not text.
    package func optionalText(_ key: String) -> String? { self[key]?.text }

    /// The value as an integer; reports a problem otherwise.
    package var integer: Int? {
        guard let s = scalarText, let value = Int(s.trimmingCharacters(in: .whitespaces)) else {
            document.report(self, "应为整数")
            return nil
        }
        return value
    }

    /// The value as an exact number with at most one decimal place; reports a problem otherwise.
    package var tenths: Tenths? {
        guard let s = scalarText, let value = Tenths(parsing: s) else {
            document.report(self, "应为数字（最多一位小数）")
            return nil
        }
        return value
    }

    /// The value as a boolean (true/false); reports a problem otherwise.
    package var boolean: Bool? {
        guard let s = scalarText else {
            document.report(self, "应为 true 或 false")
            return nil
        }
        switch s.lowercased() {
        case "true", "yes", "是": return true
        case "false", "no", "否": return false
        default:
            document.report(self, "应为 true 或 false")
            return nil
        }
    }

    /// The items of a sequence; reports a problem when the node is not a sequence.
    package var items: [YAMLField] {
        guard case .sequence(let sequence) = node else {
            document.report(self, "应为列表")
            return []
        }
        return sequence.enumerated().map { index, child in
            YAMLField(node: child, path: "\(path)[\(index)]", document: document)
        }
    }

    /// A required list field.
    package func items(_ key: String) -> [YAMLField] { required(key)?.items ?? [] }

    /// A list of texts, such as `kinds: [production, storage]`.
    package var texts: [String] { items.compactMap(\.text) }

    /// The key/value pairs of a mapping, in file order; reports a problem when not a mapping.
    package var entries: [(key: String, value: YAMLField)] {
        guard case .mapping(let mapping) = node else {
            document.report(self, "应为映射（键: 值）")
            return []
        }
        return mapping.compactMap { key, value in
            guard let name = key.string else { return nil }
            return (name, YAMLField(node: value, path: path.isEmpty ? name : "\(path).\(name)", document: document))
        }
    }

    /// Reports keys that are not in `allowed`, which catches misspelt field names.
    package func rejectUnknownKeys(_ allowed: Set<String>) {
        guard case .mapping(let mapping) = node else {
            document.report(self, "应为映射（键: 值）")
            return
        }
        for (key, value) in mapping {
            guard let name = key.string, !allowed.contains(name) else { continue }
            let field = YAMLField(node: value, path: path.isEmpty ? name : "\(path).\(name)", document: document)
            document.report(
                line: key.mark?.line ?? field.line, field: field.path,
                "未知字段（允许的字段：\(allowed.sorted().joined(separator: "、"))）")
        }
    }
}
