import Foundation
import HazChemCore
import Yams

/// Loads an answers file (YAML, or JSON, which is YAML too) and checks it against its grading table.
///
/// Every problem names file, line and field: structure (missing `table`, values that are neither
/// true/false nor a whole number) and content (the checks of ``GradingEngine/validate(_:)``), all at once.
/// The keys `note` (free text) and `expected` (a worked example's hand-computed result) are ignored.
package enum AnswersLoader {
    /// The top-level keys an answers file may have.
    package static let keys: Set<String> = ["table", "answers", "direct_red", "note", "expected"]

    /// Loads `url` and checks it against the table it names in `catalog`.
    package static func load(
        contentsOf url: URL, catalog: TableCatalog
    ) throws(TableError) -> (table: GradingTable, answers: GradingAnswers) {
        let document = YAMLDocument(contentsOf: url)
        let result = read(document, catalog: catalog)
        if !document.problems.isEmpty {
            throw TableError(problems: TableCatalog.inLineOrder(document.problems))
        }
        guard let result else { throw TableError(file: document.file, message: "无法读取答案文件") }
        return result
    }

    /// Loads answers from text; `file` names it in messages.
    package static func load(
        file: String, text: String, catalog: TableCatalog
    ) throws(TableError) -> (table: GradingTable, answers: GradingAnswers) {
        let document = YAMLDocument(file: file, text: text)
        let result = read(document, catalog: catalog)
        if !document.problems.isEmpty {
            throw TableError(problems: TableCatalog.inLineOrder(document.problems))
        }
        guard let result else { throw TableError(file: file, message: "无法读取答案文件") }
        return result
    }

    /// Loads `url` and scores it: the one call from an answers file to a score sheet.
    package static func score(contentsOf url: URL, catalog: TableCatalog) throws(TableError) -> ScoreSheet {
        let (table, answers) = try load(contentsOf: url, catalog: catalog)
        do {
            return try GradingEngine(table: table).score(answers)
        } catch {
            throw TableError(
                problems: error.problems.map {
                    .init(file: url.lastPathComponent, line: nil, field: "", message: $0.message)
                })
        }
    }

    /// Reads and checks a parsed document, recording problems in it; nil when any problem was found.
    package static func read(_ document: YAMLDocument, catalog: TableCatalog) -> (GradingTable, GradingAnswers)? {
        guard let root = document.root else { return nil }
        guard case .mapping = root.node else {
            document.report(root, "答案文件应为YAML或JSON映射（table、answers、direct_red）")
            return nil
        }
        root.rejectUnknownKeys(keys)
        let table = root.required("table").flatMap { lookUp($0, in: catalog) }
        var answers: [String: GradingAnswer] = [:]
        var answerFields: [String: YAMLField] = [:]
        if let field = root.required("answers"), !isNull(field) {
            for (key, value) in field.entries {
                answerFields[key] = value
                if let answer = parse(value, ruleId: key) { answers[key] = answer }
            }
        }
        var redFields: [YAMLField] = []
        if let field = root["direct_red"], !isNull(field) { redFields = field.items }
        let directRed = redFields.compactMap(\.text)
        guard let table else { return nil }
        let parsed = GradingAnswers(tableId: table.id, answers: answers, directRed: directRed)
        let redLines = redFields.map { field -> (String, YAMLField) in (field.scalarText ?? "", field) }
        for problem in GradingEngine(table: table).validate(parsed) {
            var field: YAMLField? = problem.ruleId.flatMap { answerFields[$0] }
            switch problem.code {
            case .unknownDirectRed:
                field = redLines.first { $0.0 == problem.ruleId }?.1
            case .duplicateDirectRed:
                field = redLines.filter { $0.0 == problem.ruleId }.dropFirst().first?.1
            default:
                break
            }
            document.report(line: (field ?? root).line, field: field?.path ?? "answers", problem.message)
        }
        return document.problems.isEmpty ? (table, parsed) : nil
    }

    /// The grading table `field` names, reporting an unknown id or a table of another kind.
    private static func lookUp(_ field: YAMLField, in catalog: TableCatalog) -> GradingTable? {
        guard let id = field.text else { return nil }
        if let table = catalog.gradingTable(id: id) { return table }
        if let entry = catalog.entry(id: id) {
            field.document.report(field, "“\(id)”是\(entry.kind.label)（\(entry.file)），不是分级表")
        } else {
            let known = catalog.gradingTables.map(\.id).joined(separator: "、")
            field.document.report(field, "未知的分级表“\(id)”（可用：\(known.isEmpty ? "无" : known)）")
        }
        return nil
    }

    /// One answer: true/false (是/否) or a whole number; anything else is reported with the rule id.
    private static func parse(_ field: YAMLField, ruleId: String) -> GradingAnswer? {
        guard let text = field.scalarText?.trimmingCharacters(in: .whitespaces) else {
            field.document.report(field, "规则 \(ruleId) 的答案应为 true/false（是/否项）或非负整数（按项计）")
            return nil
        }
        if let answer = GradingAnswerText.answer(text, isCount: nil) { return answer }
        if let n = Int(text) { return .count(n) }  // negative or huge: the engine names the problem
        if let number = Tenths(parsing: text) {
            if number.raw % 10 == 0 { return .count(number.raw / 10) }
            field.document.report(field, "规则 \(ruleId) 的答案应为非负整数（项数或人数），实际为 \(text)")
            return nil
        }
        field.document.report(field, "规则 \(ruleId) 的答案应为 true/false（是/否项）或非负整数（按项计），实际为“\(text)”")
        return nil
    }

    /// Whether a field is YAML null (`~`, `null` or empty), which counts as "nothing given".
    private static func isNull(_ field: YAMLField) -> Bool {
        guard case .scalar(let scalar) = field.node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}
