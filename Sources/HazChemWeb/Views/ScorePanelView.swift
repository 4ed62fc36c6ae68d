import Foundation
import HazChemCore
import HazChemStore

/// The grading sheet beside the checklist: the server's score of the stored answers (pre-filled ones included),
/// project by project with caps and bonuses, the total and its grade colour, and any direct-red condition.
struct ScorePanelView {
    struct Line {
        var ruleID: String
        var text: String
        var answer: String
        var amount: String
        var bonus: Bool
        var supersededBy: String?
        var prefilled: Bool
    }

    struct Project {
        var id: String
        var name: String
        var cap: String
        var beforeCap: String
        var deducted: String
        var bonus: String
        var capReached: Bool
        var lines: [Line]
    }

    var scored: Bool
    var total: String
    var grade: GradeBadge
    var scoreGrade: String
    var start: String
    var deducted: String
    var bonus: String
    var directRed: [String]
    var hasDirectRed: Bool
    var projects: [Project]
    var hasProjects: Bool
    var problems: [String]
    var unconfirmed: Int?
    var stored: String?

    init(_ detail: AssessmentScore) {
        let sources = Dictionary(uniqueKeysWithValues: detail.answers.map { ($0.ruleID, $0.source) })
        let pending = detail.answers.filter { $0.source == .prefilled && $0.value != 0 }.count
        unconfirmed = pending > 0 ? pending : nil
        problems = detail.gradingProblems
        stored = detail.assessment.score.map { "报告中记录的得分 \($0)（\(detail.assessment.grade?.label ?? "")）" }
        guard let sheet = detail.scoreSheet else {
            (scored, total, grade, scoreGrade, start, deducted, bonus) = (false, "—", GradeBadge(nil), "", "", "", "")
            (directRed, hasDirectRed, projects, hasProjects) = ([], false, [], false)
            return
        }
        scored = true
        total = sheet.total.description
        grade = GradeBadge(sheet.grade)
        scoreGrade = sheet.scoreGrade.label
        start = sheet.start.description
        deducted = sheet.totalDeducted.description
        bonus = sheet.totalBonus.description
        directRed = sheet.directRed.map { "\($0.id) \($0.text)" }
        hasDirectRed = !directRed.isEmpty
        projects = sheet.projects.filter { !$0.lines.isEmpty }.map { project in
            Project(
                id: project.id, name: project.name, cap: project.cap.map { "\($0)" } ?? "不封顶",
                beforeCap: project.deductionBeforeCap.description, deducted: project.deducted.description,
                bonus: project.bonus.description, capReached: project.capReached,
                lines: project.lines.map { line in
                    Line(
                        ruleID: line.rule.id, text: line.rule.text, answer: line.answer.description,
                        amount: (line.rule.effect == .bonus ? "+" : "−") + line.amount.description,
                        bonus: line.rule.effect == .bonus, supersededBy: line.supersededBy.map { "由 \($0) 取代" },
                        prefilled: sources[line.rule.id] == .prefilled)
                })
        }
        hasProjects = !projects.isEmpty
    }
}
