import Foundation
import HazChemCore

/// Turns what users write for a grading answer into the stored whole number, checked against the table.
///
/// The words are ``HazChemCore/GradingAnswerText``'s (stored 1/0 for yes/no); per-item rules take a whole count
/// from 0 up to the rule's count limit (max_count, else the plausible maximum).
enum AssessmentAnswerValue {
    /// The stored value of `text` for rule or direct-red `id` of `table`.
    static func parse(_ text: String, id: String, table: GradingTable) throws(StoreError) -> Int {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let rule = table.rule(id: id), rule.per == .item {
            guard let count = GradingAnswerText.count(t) else {
                throw problem(id, "规则 \(id) 按项计（\(rule.amountLabel)），答案应为非负整数，实际为“\(t)”")
            }
            return try value(.count(count), id: id, table: table)
        }
        if let flag = GradingAnswerText.flag(t) { return try value(.flag(flag), id: id, table: table) }
        throw problem(id, "\(try kindLabel(id, table: table)) \(id) 为是/否项，答案应为“是”或“否”，实际为“\(t)”")
    }

    /// The stored value of a typed answer for rule or direct-red `id` of `table`.
    static func value(_ answer: GradingAnswer, id: String, table: GradingTable) throws(StoreError) -> Int {
        let label = try kindLabel(id, table: table)
        let rule = table.rule(id: id)
        switch (rule?.per ?? .fixed, answer) {
        case (.fixed, .flag(let yes)):
            return yes ? 1 : 0
        case (.fixed, .count(let n)):
            throw problem(id, "\(label) \(id) 为是/否项，答案应为“是”或“否”，实际为数字 \(n)")
        case (.item, .flag(let yes)):
            throw problem(id, "规则 \(id) 按项计（\(rule!.amountLabel)），答案应为非负整数，实际为“\(yes ? "是" : "否")”")
        case (.item, .count(let n)):
            if let message = rule!.countProblem(n) { throw problem(id, message) }
            return n
        }
    }

    /// The stored value as users read it: 是/否 for yes/no rules and direct red, the count otherwise.
    static func text(_ value: Int, id: String, table: GradingTable) -> String {
        if let rule = table.rule(id: id), rule.per == .item { return String(value) }
        return value != 0 ? "是" : "否"
    }

    /// The typed answer of a stored value (direct-red ids and yes/no rules are flags).
    static func answer(_ value: Int, id: String, table: GradingTable) -> GradingAnswer {
        if let rule = table.rule(id: id), rule.per == .item { return .count(value) }
        return .flag(value != 0)
    }

    /// 规则 or 直接判定红色条件, or an error naming the unknown id and the table.
    private static func kindLabel(_ id: String, table: GradingTable) throws(StoreError) -> String {
        if table.rule(id: id) != nil { return "规则" }
        if table.directRedCondition(id: id) != nil { return "直接判定红色条件" }
        throw problem(id, "未知的规则编号“\(id)”：分级表 \(table.id) 中没有此规则或直接判定红色条件")
    }

    private static func problem(_ id: String, _ message: String) -> StoreError {
        StoreError(.invalidInput, field: id, message: message)
    }
}
