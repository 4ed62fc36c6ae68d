import Foundation
import HazChemCore
import HazChemTables

/// A file of many checklist responses for `assessment respond --file`: CSV (Chinese or English headers) or YAML
/// (`responses:` list). Parsing collects every problem with file, row (CSV record or YAML line) and field.
///
/// Columns / keys: 检查项 `item` (required), 答复 `response` (required: 符合、不符合、不适用、未查), 问题描述 `finding`,
/// 问题部位 `location`, 重大隐患 `major` (是/否), 专家 `expert`, 整改措施 `measure`, 整改期限 `deadline` (YYYY-MM-DD),
/// 整改责任人 `responsible`.
package struct AssessmentResponseFile: Sendable, Equatable {
    /// One row of the file.
    package struct Row: Sendable, Equatable {
        /// The CSV record number (header = 1) or YAML line.
        package var row: Int
        /// The response.
        package var input: AssessmentResponseInput
        /// The rectification plan, when any of its fields is given.
        package var details: HazardDetails?
    }

    /// The file name used in messages.
    package var file: String
    /// The well-formed rows in file order.
    package var rows: [Row]
    /// The malformed rows' problems; the store reports them with its own, so the user sees every error at once.
    package var problems: [StoreError.Problem] = []

    /// The fields: English key, Chinese headers accepted in CSV.
    static let fields: [(key: String, names: [String])] = [
        ("item", ["检查项", "检查项编号", "item"]), ("response", ["答复", "检查意见", "response"]),
        ("finding", ["问题描述", "finding"]), ("location", ["问题部位", "隐患位置", "location"]),
        ("major", ["重大隐患", "major"]), ("expert", ["专家", "录入专家", "expert"]),
        ("measure", ["整改措施", "measure"]), ("deadline", ["整改期限", "deadline"]),
        ("responsible", ["整改责任人", "responsible"]),
    ]

    static func label(_ key: String) -> String { fields.first { $0.key == key }?.names.first ?? key }

    /// Reads a `.csv`, `.yaml` or `.yml` file.
    package static func read(_ url: URL) throws(StoreError) -> AssessmentResponseFile {
        let name = url.lastPathComponent
        switch url.pathExtension.lowercased() {
        case "csv":
            return try csv(CSVTable.importing(contentsOf: url), file: name)
        case "yaml", "yml":
            let text: String
            do { text = try InputFile.text(at: url, limit: InputFile.yamlLimit) } catch { throw StoreError.wrap(error) }
            return try yaml(text, file: name)
        default:
            throw StoreError(.invalidInput, file: name, message: "文件类型应为 .csv、.yaml 或 .yml")
        }
    }

    /// Parses a CSV table.
    package static func csv(_ table: CSVTable, file: String) throws(StoreError) -> AssessmentResponseFile {
        var problems: [StoreError.Problem] = []
        var columns: [String: Int] = [:]
        for field in fields { if let index = table.column(field.names) { columns[field.key] = index } }
        for key in ["item", "response"] where columns[key] == nil {
            problems.append(.init(file: file, row: 1, column: label(key), message: "缺少必需的列“\(label(key))”"))
        }
        if !problems.isEmpty { throw StoreError(.invalidInput, problems: problems) }
        var rows: [Row] = []
        for record in table.rows {
            var values: [String: String] = [:]
            for (key, index) in columns { values[key] = table.value(record, index) }
            if values.values.allSatisfy(\.isEmpty) { continue }
            if let row = parse(values, row: record.record, file: file, problems: &problems, column: { label($0) }) {
                rows.append(row)
            }
        }
        return AssessmentResponseFile(file: file, rows: rows, problems: problems)
    }

    /// Parses YAML text: a mapping with a `responses` list of mappings.
    package static func yaml(_ text: String, file: String) throws(StoreError) -> AssessmentResponseFile {
        let document = YAMLDocument(file: file, text: text)
        var rows: [Row] = []
        var problems: [StoreError.Problem] = []
        if let root = document.root {
            root.rejectUnknownKeys(["responses"])
            for entry in root.items("responses") {
                entry.rejectUnknownKeys(Set(fields.map(\.key)))
                var values: [String: String] = [:]
                for field in fields { values[field.key] = entry[field.key]?.scalarText?.trimmed ?? "" }
                if let row = parse(values, row: entry.line ?? 0, file: file, problems: &problems, column: nil) {
                    rows.append(row)
                }
            }
        }
        do { try document.finish() } catch {
            throw StoreError(.invalidInput, problems: StoreError.wrap(error).problems + problems)
        }
        return AssessmentResponseFile(file: file, rows: rows, problems: problems)
    }

    /// Checks one row's values; nil (with problems recorded) when a value is malformed.
    private static func parse(
        _ values: [String: String], row: Int, file: String, problems: inout [StoreError.Problem],
        column: ((String) -> String)?
    ) -> Row? {
        func report(_ key: String, _ message: String) {
            problems.append(
                .init(
                    file: file, row: row, column: column?(key), field: column == nil ? key : nil, message: message))
        }
        let before = problems.count
        let item = values["item"] ?? ""
        if item.isEmpty { report("item", "缺少检查项编号（如 A01）") }
        let responseText = values["response"] ?? ""
        let response = ChecklistResponse(label: responseText)
        if response == nil { report("response", "答复“\(responseText)”无效（应为：符合、不符合、不适用、未查）") }
        var major = false
        switch values["major"] ?? "" {
        case "", "否", "no", "false": major = false
        case "是", "yes", "true": major = true
        case let other: report("major", "“\(other)”无效（应为 是 或 否）")
        }
        var deadline: LocalDate?
        if let text = values["deadline"], !text.isEmpty {
            deadline = LocalDate(parsing: text)
            if deadline == nil { report("deadline", "日期“\(text)”无效（应为YYYY-MM-DD，如2019-07-01）") }
        }
        guard problems.count == before, let response else { return nil }
        let expert = values["expert"].flatMap { $0.isEmpty ? nil : $0 }
        let input = AssessmentResponseInput(
            itemID: item, response: response, finding: values["finding"] ?? "", location: values["location"] ?? "",
            markedMajor: major, expert: expert)
        let measure = values["measure"] ?? ""
        let responsible = values["responsible"] ?? ""
        let details =
            measure.isEmpty && responsible.isEmpty && deadline == nil
            ? nil : HazardDetails(measure: measure, deadline: deadline, responsiblePerson: responsible)
        return Row(row: row, input: input, details: details)
    }
}
