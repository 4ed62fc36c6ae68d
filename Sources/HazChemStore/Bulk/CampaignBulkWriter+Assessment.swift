import Foundation
import GRDB
import HazChemCore

extension CampaignBulkWriter {
    static let assessmentSQL = """
        INSERT INTO assessment (enterprise_id, panel_id, version, previous_version_id, status, on_site_start,
            on_site_end, due_date, submitted_date, grading_table_id, grading_table_version, grading_table_hash,
            checklist_table_id, checklist_table_version, checklist_table_hash, criteria_table_id, criteria_table_version,
            criteria_table_hash, score_tenths, grade, direct_red, affected_area, risk_value, control_adequacy,
            reduction_measures, not_rectifiable, not_rectifiable_reason, answers_confirmed_at, created_at, updated_at,
            conclusion, submitted_recorded_at)
        VALUES (\(Array(repeating: "?", count: 32).joined(separator: ", ")))
        """

    /// The 符合 responses: every answered item of the checklist (temporary table) not listed in `?9`, answered
    /// by the expert of its section's specialty (`?4`–`?8`).
    static let conformingSQL = """
        INSERT INTO checklist_response (assessment_id, item_id, response, expert_id, entered_at)
        SELECT ?1, i.item_id, 'conforming',
            CASE i.specialty WHEN 'safetyManagement' THEN ?4 WHEN 'chemicalDesign' THEN ?5 WHEN 'equipment' THEN ?6
                WHEN 'electricalInstrumentation' THEN ?7 ELSE ?8 END, ?10
        FROM temp.bulk_item i
        WHERE i.checklist = ?2 AND i.ord < ?3 AND i.item_id NOT IN (SELECT value FROM json_each(?9))
        """

    /// The other responses, one JSON row each.
    static let exceptionsSQL = """
        INSERT INTO checklist_response (assessment_id, item_id, response, finding, location, marked_major, measure,
            deadline, responsible_person, expert_id, entered_at)
        SELECT ?1, value ->> 0, value ->> 1, value ->> 2, value ->> 3, CAST(value ->> 4 AS INTEGER), value ->> 5,
            nullif(value ->> 6, ''), value ->> 7, CAST(value ->> 8 AS INTEGER), ?3
        FROM json_each(?2)
        """

    static let hazardsSQL = """
        INSERT INTO hazard (assessment_id, enterprise_id, item_id, description, location, basis, level,
            criterion_number, measure, deadline, responsible_person, status, verified_by, verified_at, rectified_at,
            created_at, updated_at)
        SELECT ?1, ?2, value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4,
            CAST(nullif(value ->> 5, '') AS INTEGER), value ->> 6, value ->> 7, value ->> 8, value ->> 9,
            nullif(value ->> 10, ''), nullif(value ->> 11, ''), nullif(value ->> 12, ''), value ->> 13, value ->> 14
        FROM json_each(?3) ORDER BY key
        """

    /// Stores one assessment version: the row (已提交 at most), its child rows, then the final status, hazards and
    /// disposition; returns its id. `version` and `previous` link a correction to the version it corrects.
    @discardableResult
    package func insertAssessment(
        _ v: PreparedAssessmentVersion, enterpriseID: Int64, panelID: Int64?, version: Int = 1, previous: Int64? = nil
    ) throws -> Int64 {
        try assessment.execute(
            arguments: StatementArguments(
                [enterpriseID.databaseValue, panelID.databaseValue, version.databaseValue, previous.databaseValue]
                    + v.assessment))
        let id = db.lastInsertedRowID
        if previous == nil, let panelID { try linkVisit.execute(arguments: [id, panelID, enterpriseID]) }
        if v.answered > 0 {
            try conforming.execute(
                arguments: StatementArguments(
                    [id.databaseValue, v.checklistHash.databaseValue, v.answered.databaseValue] + v.answeredBy
                        + [v.exceptionIDs.databaseValue, v.entered.databaseValue]))
            if let json = v.exceptions { try exceptions.execute(arguments: [id, json, v.entered]) }
        }
        if let json = v.answers { try answers.execute(arguments: [id, json, v.answersStamp]) }
        if let json = v.spotChecks { try spotChecks.execute(arguments: [id, json]) }
        if let json = v.signatures { try signatures.execute(arguments: [id, json]) }
        guard let final = v.finalStatus else { return id }
        // The child rows are in; a decided assessment was signed first (the triggers allow the direct step).
        try status.execute(arguments: [final.status, final.day, final.stamp, id])
        if let json = v.hazards { try hazards.execute(arguments: [id, enterpriseID, json]) }
        if let values = v.disposition {
            try disposition.execute(arguments: StatementArguments([id.databaseValue] + values))
        }
        // Signed as the lifecycle signs: sealed with its hazards listed as they stand at signing (open).
        let moment = Date.fromDatabaseValue(final.stamp) ?? Date(timeIntervalSince1970: 0)
        try AssessmentSeal.sealIfNeeded(db, assessmentID: id, at: moment, backfill: true)
        return id
    }

    /// ``insertAssessment(_:enterpriseID:panelID:version:previous:)`` of a version prepared here.
    @discardableResult
    package func insertAssessment(
        _ v: BulkAssessmentVersion, enterpriseID: Int64, panelID: Int64?, version: Int = 1, previous: Int64? = nil
    ) throws -> Int64 {
        try insertAssessment(
            v.prepared(), enterpriseID: enterpriseID, panelID: panelID, version: version, previous: previous)
    }

    /// Adds hazards to an assessment (its enterprise's), whatever its status: for test builders that follow
    /// hazards up after signing.
    package func insertHazards(_ list: [BulkHazard], assessmentID: Int64) throws {
        guard
            let enterpriseID = try Int64.fetchOne(
                db, sql: "SELECT enterprise_id FROM assessment WHERE id = ?", arguments: [assessmentID])
        else { throw StoreError(.notFound, message: "评估 \(assessmentID) 不存在") }
        let json = BulkRows.json(list.map(BulkAssessmentVersion.row))
        try hazards.execute(arguments: [assessmentID, enterpriseID, json])
    }
}
