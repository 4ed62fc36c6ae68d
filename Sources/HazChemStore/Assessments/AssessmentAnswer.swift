import Foundation
import GRDB
import HazChemCore

/// One stored grading answer: a rule's value, or a direct-red condition (value 1 found, 0 not found).
///
/// Values are whole numbers: 0/1 for yes/no rules, the count for per-item rules. `prefilled` answers come
/// from the enterprise profile and the non-conforming checklist items and are replaced whenever those
/// change; `confirmed` answers are the panel's and are never overwritten by pre-filling.
package struct AssessmentAnswer: Sendable, Equatable, Codable {
    /// Where an answer comes from.
    package enum Source: String, Sendable, Codable {
        /// Computed from the enterprise profile and checklist findings, not yet confirmed.
        case prefilled
        /// Entered or confirmed by the panel.
        case confirmed

        /// 预填, 已确认.
        package var label: String { self == .prefilled ? "预填" : "已确认" }
    }

    /// The assessment.
    package var assessmentID: Int64
    /// The grading rule id, or a direct-red id.
    package var ruleID: String
    /// 0/1 for yes/no rules and direct red, the count for per-item rules.
    package var value: Int
    /// Pre-filled or confirmed.
    package var source: Source
    /// When the answer last changed.
    package var updatedAt: Date

    /// Creates an answer.
    package init(assessmentID: Int64, ruleID: String, value: Int, source: Source, updatedAt: Date) {
        self.assessmentID = assessmentID
        self.ruleID = ruleID
        self.value = value
        self.source = source
        self.updatedAt = updatedAt
    }
}

// MARK: - Database

extension AssessmentAnswer: FetchableRecord, PersistableRecord {
    package static let databaseTableName = "grading_answer"

    package enum CodingKeys: String, CodingKey {
        case assessmentID = "assessment_id"
        case ruleID = "rule_id"
        case value, source
        case updatedAt = "updated_at"
    }
}

extension GradingAnswers {
    /// The answers of stored rows for `table`: rule rows become flags or counts by the rule's kind, direct-red
    /// rows with value 1 become direct-red ids (table order); ids the table lacks are kept so scoring reports them.
    package init(table: GradingTable, rows: [AssessmentAnswer]) {
        var answers: [String: GradingAnswer] = [:]
        var red: Set<String> = []
        for row in rows {
            if let rule = table.rule(id: row.ruleID) {
                answers[row.ruleID] = rule.per == .fixed ? .flag(row.value != 0) : .count(row.value)
            } else if table.directRedCondition(id: row.ruleID) != nil {
                if row.value != 0 { red.insert(row.ruleID) }
            } else {
                answers[row.ruleID] = .count(row.value)
            }
        }
        self.init(tableId: table.id, answers: answers, directRed: table.directRed.map(\.id).filter(red.contains))
    }
}
