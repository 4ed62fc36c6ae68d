import Foundation
import HazChemCore

extension GradingTableLoader {
    /// Reads one category; missing fields become placeholders (the problem is already recorded).
    static func readCategory(_ field: YAMLField) -> GradingCategory {
        field.rejectUnknownKeys(["id", "name", "projects"])
        return GradingCategory(
            id: field.text("id") ?? placeholder(field), name: field.text("name") ?? "",
            projects: field.items("projects").map(readProject))
    }

    /// Reads one project.
    static func readProject(_ field: YAMLField) -> GradingProject {
        field.rejectUnknownKeys(["id", "name", "cap", "rules"])
        return GradingProject(
            id: field.text("id") ?? placeholder(field), name: field.text("name") ?? "", cap: field["cap"]?.tenths,
            rules: field.items("rules").map(readRule))
    }

    /// Reads one rule.
    static func readRule(_ field: YAMLField) -> GradingRule {
        field.rejectUnknownKeys([
            "id", "text", "effect", "value", "per", "max_count", "tier", "exclusive", "conflicts_with", "basis",
        ])
        let effect: GradingRule.Effect? = choice(field, "effect")
        let per: GradingRule.Per? = choice(field, "per")
        return GradingRule(
            id: field.text("id") ?? placeholder(field), text: field.text("text") ?? "", effect: effect ?? .deduction,
            value: field.required("value")?.tenths ?? Tenths(1), per: per ?? .fixed,
            maxCount: field["max_count"]?.integer, tier: field.optionalText("tier"),
            exclusive: field.optionalText("exclusive"), conflictsWith: field["conflicts_with"]?.texts ?? [],
            basis: field.optionalText("basis"))
    }

    /// Reads one direct-red condition.
    static func readDirectRed(_ field: YAMLField) -> DirectRedCondition {
        field.rejectUnknownKeys(["id", "text", "basis"])
        return DirectRedCondition(
            id: field.text("id") ?? placeholder(field), text: field.text("text") ?? "",
            basis: field.optionalText("basis"))
    }

    /// Reads one band `{ grade: blue, min: 90 }`; nil when malformed.
    static func readBand(_ field: YAMLField) -> GradeBand? {
        field.rejectUnknownKeys(["grade", "min"])
        var grade: Grade?
        if let gradeField = field.required("grade"), let text = gradeField.text {
            grade = Grade(label: text)
            if grade == nil { field.document.report(gradeField, "应为 red、orange、yellow 或 blue，实际为“\(text)”") }
        }
        let min = field.required("min")?.tenths
        guard let grade, let min else { return nil }
        return GradeBand(grade: grade, min: min)
    }

    /// A required enumeration field; reports the allowed values when it is something else.
    private static func choice<Value: RawRepresentable & CaseIterable>(_ field: YAMLField, _ key: String) -> Value?
    where Value.RawValue == String {
        guard let child = field.required(key), let text = child.text else { return nil }
        guard let value = Value(rawValue: text) else {
            let allowed = Value.allCases.map(\.rawValue).joined(separator: " 或 ")
            field.document.report(child, "应为 \(allowed)，实际为“\(text)”")
            return nil
        }
        return value
    }

    /// A unique stand-in id for an element whose id is missing, so it raises no duplicate-id problem.
    private static func placeholder(_ field: YAMLField) -> String { "?\(field.path)" }
}
