import Foundation
import HazChemCore
import HazChemStore

/// The panel's grading answers as a form: one field per rule of the table (是/否 or a count) and per direct-red
/// condition, showing whether each stored answer is pre-filled from the checklist or confirmed by the panel.
struct GradingAnswersView {
    struct Row {
        var id: String
        var field: String
        var text: String
        var amount: String
        var isCount: Bool
        var value: String
        var yes: Bool
        var maximum: String?
        var source: String
        var prefilled: Bool
    }

    struct Project {
        var id: String
        var name: String
        var rows: [Row]
    }

    /// The form field of rule or direct-red `id`.
    static func field(_ id: String) -> String { "r." + id }
    /// The form's name (see ``FormEcho``).
    static let form = "answers"

    var editable: Bool
    var projects: [Project]
    var directRed: [Row]
    var unconfirmed: Int?
    var confirmedAt: String?
    var errors: [String]
    var hasErrors: Bool

    init(_ detail: AssessmentDetail, editable: Bool, echo: FormEcho?) {
        self.editable = editable
        let echoed = echo?.form == Self.form ? echo : nil
        let stored = Dictionary(uniqueKeysWithValues: detail.answers.map { ($0.ruleID, $0) })
        func row(_ id: String, text: String, amount: String, rule: GradingRule?) -> Row {
            let answer = stored[id]
            let isCount = rule?.per == .item
            let storedText =
                answer.map { isCount ? String($0.value) : ($0.value != 0 ? "是" : "否") } ?? (isCount ? "0" : "否")
            let value = echoed.map { $0.values[Self.field(id)] ?? storedText } ?? storedText
            let source = answer.map { $0.value == 0 && $0.source == .confirmed ? "已确认" : $0.source.label } ?? ""
            return Row(
                id: id, field: Self.field(id), text: text, amount: amount, isCount: isCount, value: value,
                yes: value == "是", maximum: rule?.maxCount.map(String.init), source: source,
                prefilled: answer?.source == .prefilled && answer?.value != 0)
        }
        projects = detail.gradingTable.projects.map { project in
            Project(
                id: project.id, name: project.name + (project.cap.map { "（封顶\($0)分）" } ?? ""),
                rows: project.rules.map { row($0.id, text: $0.text, amount: $0.amountLabel, rule: $0) })
        }
        directRed = detail.gradingTable.directRed.map { row($0.id, text: $0.text, amount: "直接判定红色", rule: nil) }
        let pending = detail.answers.filter { $0.source == .prefilled && $0.value != 0 }.count
        unconfirmed = pending > 0 ? pending : nil
        confirmedAt = detail.assessment.answersConfirmedAt.map { _ in "专家组已确认评分答案" }
        errors = echoed?.messages ?? []
        hasErrors = !errors.isEmpty
    }
}
