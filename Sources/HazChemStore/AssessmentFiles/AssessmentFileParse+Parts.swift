import Foundation
import HazChemCore
import HazChemTables

extension AssessmentFileParse {
    /// Text that may be absent or empty.
    func optional(_ field: YAMLField?) -> String {
        guard let field else { return "" }
        guard let text = field.scalarText else {
            document.report(field, "应为文本")
            return ""
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A `YYYY-MM-DD` date.
    func date(_ field: YAMLField?) -> LocalDate? {
        guard let field, let text = field.text else { return nil }
        guard let day = LocalDate(parsing: text) else {
            document.report(field, "日期“\(text)”无效（应为YYYY-MM-DD，如2019-07-01）")
            return nil
        }
        return day
    }

    /// `{id: …, version: "…"}`.
    func tableRef(_ field: YAMLField?) -> AssessmentFile.TableRef? {
        guard let field else { return nil }
        field.rejectUnknownKeys(["id", "version"])
        guard let id = field.text("id"), let version = field.text("version") else { return nil }
        return .init(id: id, version: version)
    }

    /// `A01: 符合` or `A01: {response: 不符合, finding: …, location: …, major: true, expert: …}`.
    func response(_ itemID: String, _ value: YAMLField) -> AssessmentResponseInput? {
        func parse(_ field: YAMLField) -> ChecklistResponse? {
            guard let text = field.text else { return nil }
            guard let response = ChecklistResponse(label: text) else {
                document.report(field, "检查项 \(itemID) 的答复“\(text)”无效（应为：符合、不符合、不适用、未查）")
                return nil
            }
            return response
        }
        if value.scalarText != nil {
            return parse(value).map { AssessmentResponseInput(itemID: itemID, response: $0) }
        }
        value.rejectUnknownKeys(["response", "finding", "location", "major", "expert"])
        for key in ["response", "finding", "location", "major", "expert"] { mark(value[key]) }
        guard let field = value.required("response"), let response = parse(field) else { return nil }
        let major = value["major"].flatMap(\.boolean) ?? false
        return AssessmentResponseInput(
            itemID: itemID, response: response, finding: optional(value["finding"]),
            location: optional(value["location"]),
            markedMajor: major, expert: value["expert"].flatMap(\.text))
    }

    /// `{"1.1.2": true, "1.2.3": 7}`: yes/no (true/false/是/否) or whole counts.
    func answers(_ field: YAMLField?) -> [(id: String, answer: GradingAnswer)] {
        guard let field, !(field.scalarText.map { ["", "~", "null"].contains($0) } ?? false) else { return [] }
        var result: [(id: String, answer: GradingAnswer)] = []
        mark(field)
        for (id, value) in field.entries {
            mark(value)
            let text = (value.scalarText ?? "").trimmingCharacters(in: .whitespaces)
            switch text.lowercased() {
            case "true", "yes", "是": result.append((id, .flag(true)))
            case "false", "no", "否": result.append((id, .flag(false)))
            default:
                if let count = Int(text) {
                    result.append((id, .count(count)))
                } else {
                    document.report(value, "规则 \(id) 的答案应为 true/false（是/否项）或非负整数（按项计），实际为“\(text)”")
                }
            }
        }
        return result
    }

    /// `{class: 整改提升, action: …, reason: …, date: …, bureau: …}`.
    func disposition(_ field: YAMLField) -> AssessmentFile.DispositionLine? {
        field.rejectUnknownKeys(["class", "action", "reason", "date", "bureau"])
        let chosen = field.required("class").flatMap { value in
            value.text.flatMap { text in
                DispositionClass(label: text)
                    ?? {
                        document.report(value, "未知的处置类别“\(text)”（应为：停产整改或关闭淘汰、整改提升、巩固强化）")
                        return nil
                    }()
            }
        }
        var action: ClosureAction?
        if let value = field["action"], let text = value.text {
            action = ClosureAction(label: text)
            if action == nil { document.report(value, "未知的处置措施“\(text)”（应为：停产整改、关闭淘汰）") }
        }
        let day = date(field.required("date"))
        guard let chosen, let day else { return nil }
        return .init(
            dispositionClass: chosen, action: action, reason: optional(field["reason"]), date: day,
            bureau: optional(field["bureau"]))
    }
}
