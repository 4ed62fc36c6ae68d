import Foundation
import GRDB
import HazChemCore

/// One version of the safety risk assessment of an enterprise (DOMAIN.md section 1 steps 2–5).
///
/// Created for an enterprise and its panel with the tables chosen by the enterprise's kind; moves through
/// ``AssessmentStatus`` by ``AssessmentTransition``. Score, grade and direct red are stored at submission and
/// sign-off; before that they are computed on demand. A signed assessment never changes: a correction is a
/// new row with `version` + 1 and `previousVersionID`.
package struct Assessment: Sendable, Equatable, Codable {
    /// The row id.
    package var id: Int64?
    /// The enterprise assessed.
    package var enterpriseID: Int64
    /// The expert panel.
    package var panelID: Int64?
    /// 1 for the first version, +1 per correction.
    package var version: Int
    /// The version this one corrects.
    package var previousVersionID: Int64?
    /// Where the assessment stands.
    package var status: AssessmentStatus
    /// The first on-site day (from the panel).
    package var onSiteStart: LocalDate?
    /// The last on-site day (from the panel).
    package var onSiteEnd: LocalDate?
    /// The report's due date: on-site end + ``ReportDeadline/days``.
    package var dueDate: LocalDate?
    /// When the report was submitted.
    package var submittedDate: LocalDate?
    /// When the report was signed off.
    package var signedDate: LocalDate?
    /// The grading table's id, version and snapshot hash.
    package var gradingTableID: String
    /// The grading table's version.
    package var gradingTableVersion: String
    /// SHA-256 of the grading table text in `table_snapshot`.
    package var gradingTableHash: String
    /// The checklist's id.
    package var checklistTableID: String
    /// The checklist's version.
    package var checklistTableVersion: String
    /// SHA-256 of the checklist text in `table_snapshot`.
    package var checklistTableHash: String
    /// The criteria list's id, when the checklist links one.
    package var criteriaTableID: String?
    /// The criteria list's version.
    package var criteriaTableVersion: String?
    /// SHA-256 of the criteria list text.
    package var criteriaTableHash: String?
    /// The total, stored at submission and sign-off.
    package var score: Tenths?
    /// The grade, stored with the score.
    package var grade: Grade?
    /// The direct-red ids found, stored with the score.
    package var directRed: [String]
    /// The red/orange risk texts.
    package var risk: RiskDescription
    /// The panel's finding that the enterprise cannot be brought up to standard, with its reason.
    package var notRectifiableReason: String?
    /// When the panel last confirmed the grading answers.
    package var answersConfirmedAt: Date?
    /// 专家组综合意见: the panel's overall opinion, required before submission.
    package var conclusion: String? = nil
    /// When the row was created.
    package var createdAt: Date?
    /// When the row last changed.
    package var updatedAt: Date?
    /// The server's time the submission was entered; `submittedDate` is the day stated (earlier when 补录).
    /// Lateness is judged on its day; nil for rows from before it was kept.
    package var submittedRecordedAt: RecordedTime? = nil

    /// `评估 #12（第2版）`, for messages.
    package var entityLabel: String {
        "评估 #\(id.map(String.init) ?? "新")" + (version > 1 ? "（第\(version)版）" : "")
    }

    /// The submission day as stated, with the recorded day beside it when they differ; nil when not submitted.
    package var submittedLabel: String? {
        submittedDate.map { LocalDate.statedLabel($0, recorded: submittedRecordedAt) }
    }

    /// Whether the report is late as of `asOf` (see ``ReportDeadline``); false without a due date.
    package func isLate(asOf: LocalDate) -> Bool {
        guard let dueDate else { return false }
        return ReportDeadline.isLate(due: dueDate, submitted: submittedRecordedAt?.day ?? submittedDate, asOf: asOf)
    }
}

// MARK: - Database

extension Assessment: FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "assessment"

    package enum CodingKeys: String, CodingKey {
        case id
        case enterpriseID = "enterprise_id"
        case panelID = "panel_id"
        case version
        case previousVersionID = "previous_version_id"
        case status
        case onSiteStart = "on_site_start"
        case onSiteEnd = "on_site_end"
        case dueDate = "due_date"
        case submittedDate = "submitted_date"
        case signedDate = "signed_date"
        case gradingTableID = "grading_table_id"
        case gradingTableVersion = "grading_table_version"
        case gradingTableHash = "grading_table_hash"
        case checklistTableID = "checklist_table_id"
        case checklistTableVersion = "checklist_table_version"
        case checklistTableHash = "checklist_table_hash"
        case criteriaTableID = "criteria_table_id"
        case criteriaTableVersion = "criteria_table_version"
        case criteriaTableHash = "criteria_table_hash"
        case score = "score_tenths"
        case grade
        case directRed = "direct_red"
        case risk
        case notRectifiableReason = "not_rectifiable_reason"
        case answersConfirmedAt = "answers_confirmed_at"
        case conclusion
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case submittedRecordedAt = "submitted_recorded_at"
    }

    package func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["enterprise_id"] = enterpriseID
        container["panel_id"] = panelID
        container["version"] = version
        container["previous_version_id"] = previousVersionID
        container["status"] = status.rawValue
        container["on_site_start"] = onSiteStart
        container["on_site_end"] = onSiteEnd
        container["due_date"] = dueDate
        container["submitted_date"] = submittedDate
        container["signed_date"] = signedDate
        container["grading_table_id"] = gradingTableID
        container["grading_table_version"] = gradingTableVersion
        container["grading_table_hash"] = gradingTableHash
        container["checklist_table_id"] = checklistTableID
        container["checklist_table_version"] = checklistTableVersion
        container["checklist_table_hash"] = checklistTableHash
        container["criteria_table_id"] = criteriaTableID
        container["criteria_table_version"] = criteriaTableVersion
        container["criteria_table_hash"] = criteriaTableHash
        container["score_tenths"] = score?.raw
        container["grade"] = grade?.rawValue
        container["direct_red"] = JSONText.encode(directRed)
        container["affected_area"] = risk.affectedArea
        container["risk_value"] = risk.riskValue
        container["control_adequacy"] = risk.controlAdequacy
        container["reduction_measures"] = risk.reductionMeasures
        container["not_rectifiable"] = notRectifiableReason != nil
        container["not_rectifiable_reason"] = notRectifiableReason
        container["answers_confirmed_at"] = answersConfirmedAt
        container["conclusion"] = conclusion
        container["created_at"] = createdAt
        container["updated_at"] = updatedAt
        container["submitted_recorded_at"] = submittedRecordedAt
    }

    package init(row: Row) throws {
        let id: Int64 = row["id"]
        func bad(_ column: String) -> StoreError {
            StoreError(.database, field: column, entity: "评估 #\(id)", message: "数据库中的值无效")
        }
        guard let status = AssessmentStatus(rawValue: row["status"]) else { throw bad("status") }
        guard let directRed = JSONText.strings(row["direct_red"]) else { throw bad("direct_red") }
        var grade: Grade?
        if let text: String = row["grade"] {
            guard let value = Grade(rawValue: text) else { throw bad("grade") }
            grade = value
        }
        let notRectifiable: Bool = row["not_rectifiable"]
        self.init(
            id: id, enterpriseID: row["enterprise_id"], panelID: row["panel_id"], version: row["version"],
            previousVersionID: row["previous_version_id"], status: status, onSiteStart: row["on_site_start"],
            onSiteEnd: row["on_site_end"], dueDate: row["due_date"], submittedDate: row["submitted_date"],
            signedDate: row["signed_date"], gradingTableID: row["grading_table_id"] ?? "",
            gradingTableVersion: row["grading_table_version"] ?? "", gradingTableHash: row["grading_table_hash"] ?? "",
            checklistTableID: row["checklist_table_id"] ?? "",
            checklistTableVersion: row["checklist_table_version"] ?? "",
            checklistTableHash: row["checklist_table_hash"] ?? "", criteriaTableID: row["criteria_table_id"],
            criteriaTableVersion: row["criteria_table_version"], criteriaTableHash: row["criteria_table_hash"],
            score: (row["score_tenths"] as Int?).map(Tenths.init(raw:)), grade: grade, directRed: directRed,
            risk: RiskDescription(
                affectedArea: row["affected_area"], riskValue: row["risk_value"],
                controlAdequacy: row["control_adequacy"], reductionMeasures: row["reduction_measures"]),
            notRectifiableReason: notRectifiable ? row["not_rectifiable_reason"] : nil,
            answersConfirmedAt: row["answers_confirmed_at"], conclusion: row["conclusion"],
            createdAt: row["created_at"], updatedAt: row["updated_at"],
            submittedRecordedAt: row["submitted_recorded_at"])
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
