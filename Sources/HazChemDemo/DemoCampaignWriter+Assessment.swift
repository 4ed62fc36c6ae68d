import Foundation
import GRDB
import HazChemCore
import HazChemStore

/// What the writer binds for one assessment version, prepared on a builder thread so the writing thread
/// only runs statements.
struct DemoVersionRows: Sendable {
    /// The `assessment` values after `enterprise_id`, `panel_id`, `version` and `previous_version_id`.
    var assessment: [DatabaseValue]
    /// Checklist responses: how many items are answered, the ids and JSON rows of those not 符合, the time.
    var answered: Int
    var exceptionIDs: String
    var exceptions: String?
    var entered: String
    /// Grading answers (JSON rows) and when they were last written.
    var answers: String?
    var answersStamp: String
    /// Spot checks and signatures (JSON rows).
    var spotChecks: String?
    var signatures: String?
    /// The final status with the sign-off day and time, when signed or decided.
    var signedStatus: (status: String, day: String, stamp: String)?
    /// Hazards (JSON rows).
    var hazards: String?
    /// The `disposition` values after `assessment_id`.
    var disposition: [DatabaseValue]?
}

extension DemoCampaignWriter {
    /// Where the versions of one visit belong.
    struct Context: Sendable {
        var visit: DemoVisit
        /// The tables and their checklist's items.
        var index: DemoChecklistIndex
        /// The team's people.
        var members: DemoTeamMembers
        /// Expert list index → stored id.
        var expertIDs: [Int64]
        var asOf: Int
    }

    static let assessmentSQL = """
        INSERT INTO assessment (enterprise_id, panel_id, version, previous_version_id, status, on_site_start,
            on_site_end, due_date, submitted_date, grading_table_id, grading_table_version, grading_table_hash,
            checklist_table_id, checklist_table_version, checklist_table_hash, criteria_table_id, criteria_table_version,
            criteria_table_hash, score_tenths, grade, direct_red, affected_area, risk_value, control_adequacy,
            reduction_measures, not_rectifiable, not_rectifiable_reason, answers_confirmed_at, created_at, updated_at)
        VALUES (\(Array(repeating: "?", count: 30).joined(separator: ", ")))
        """

    /// The 符合 responses: every answered item of the checklist (temporary table) not listed in `?9`, answered
    /// by the expert of its section's specialty (`?4`–`?8`).
    static let conformingSQL = """
        INSERT INTO checklist_response (assessment_id, item_id, response, expert_id, entered_at)
        SELECT ?1, i.item_id, 'conforming',
            CASE i.specialty WHEN 'safetyManagement' THEN ?4 WHEN 'chemicalDesign' THEN ?5 WHEN 'equipment' THEN ?6
                WHEN 'electricalInstrumentation' THEN ?7 ELSE ?8 END, ?10
        FROM temp.demo_item i
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

    /// The values and JSON rows of version `v` (pure: runs on builder threads).
    static func rows(_ v: DemoAssessmentVersion, _ context: Context) -> DemoVersionRows {
        typealias Day = DemoCampaignCalendar
        let visit = context.visit
        let index = context.index
        let tables = index.tables
        let sheet = v.submitted != nil ? v.sheet : nil
        let initial: AssessmentStatus = v.status.isFrozen ? .submitted : v.status
        let assessment: [(any DatabaseValueConvertible)?] = [
            initial.rawValue, Day.text(visit.start), Day.text(visit.end), Day.text(visit.end + ReportDeadline.days),
            v.submitted.map(Day.text), tables.grading.id, tables.grading.header.version, tables.gradingSource.hash,
            tables.checklist.header.id, tables.checklist.header.version, tables.checklistSource.hash,
            tables.criteria?.header.id, tables.criteria?.header.version, tables.criteriaSource?.hash,
            sheet?.total.raw, sheet?.grade.rawValue, JSONText.encode(sheet?.directRed.map(\.id) ?? []),
            v.risk.affectedArea, v.risk.riskValue, v.risk.controlAdequacy, v.risk.reductionMeasures,
            v.notRectifiable != nil, v.notRectifiable, v.answersConfirmed.map { Day.stamp($0, minutes: 17 * 60) },
            Day.stamp(v.created, minutes: 9 * 60), Day.stamp(v.updated, minutes: 17 * 60 + 30),
        ]
        let ids = v.exceptions.keys.filter { index.positions[$0]! < v.answered }.sorted()
        let exceptions = ids.map { id -> [String] in
            let e = v.exceptions[id]!
            let expert = context.members.answeredBy[index.entries[index.positions[id]!].specialty]!
            return [
                id, e.response.rawValue, e.finding, e.location, e.markedMajor ? "1" : "0", e.measure,
                e.deadline.map(Day.text) ?? "", e.responsible, String(expert),
            ]
        }
        var rows = DemoVersionRows(
            assessment: assessment.map { $0?.databaseValue ?? .null }, answered: v.answered,
            exceptionIDs: JSONText.encode(ids), exceptions: exceptions.isEmpty ? nil : json(exceptions),
            entered: Day.stamp(min(visit.end, context.asOf), minutes: 16 * 60),
            answers: v.answers.isEmpty ? nil : json(v.answers.map { [$0.id, String($0.value), $0.source.rawValue] }),
            answersStamp: Day.stamp(
                v.answersConfirmed ?? max(v.created, min(visit.end, context.asOf)), minutes: 17 * 60))
        if !v.spotChecks.isEmpty {
            rows.spotChecks = json(v.spotChecks.map { [$0.person, $0.role.rawValue, $0.result.rawValue, $0.note] })
        }
        if !v.signatures.isEmpty {
            rows.signatures = json(v.signatures.map { [String(context.expertIDs[$0.expert]), Day.text($0.day)] })
        }
        guard v.status.isFrozen, let signed = v.signed else { return rows }
        let decided = v.disposition.map { Day.stamp(Day.day($0.decisionDate), minutes: 10 * 60) }
        rows.signedStatus = (v.status.rawValue, Day.text(signed), decided ?? Day.stamp(signed, minutes: 18 * 60))
        if !v.hazards.isEmpty { rows.hazards = json(v.hazards.map(row)) }
        if let decision = v.disposition {
            let values: [(any DatabaseValueConvertible)?] = [
                decision.dispositionClass.rawValue, decision.action?.rawValue, decision.reason, decision.decisionDate,
                decision.bureau, Day.stamp(Day.day(decision.decisionDate), minutes: 10 * 60),
            ]
            rows.disposition = values.map { $0?.databaseValue ?? .null }
        }
        return rows
    }

    /// Stores one assessment version: the row (submitted at most), its child rows, then the final status;
    /// returns its id.
    func insert(
        _ rows: DemoVersionRows, enterpriseID: Int64, panelID: Int64, version: Int, previous: Int64?, checklist: String,
        answeredBy: [Specialty: Int64]
    ) throws -> Int64 {
        try assessment.execute(
            arguments: StatementArguments(
                [enterpriseID.databaseValue, panelID.databaseValue, version.databaseValue, previous.databaseValue]
                    + rows.assessment))
        let id = db.lastInsertedRowID
        if rows.answered > 0 {
            let by = answeredBy
            try conforming.execute(arguments: [
                id, checklist, rows.answered, by[.safetyManagement], by[.chemicalDesign], by[.equipment],
                by[.electricalInstrumentation], by[.emergencyRescue], rows.exceptionIDs, rows.entered,
            ])
            if let json = rows.exceptions { try exceptions.execute(arguments: [id, json, rows.entered]) }
        }
        if let json = rows.answers { try answers.execute(arguments: [id, json, rows.answersStamp]) }
        if let json = rows.spotChecks { try spotChecks.execute(arguments: [id, json]) }
        if let json = rows.signatures { try signatures.execute(arguments: [id, json]) }
        guard let signed = rows.signedStatus else { return id }
        // The child rows are in; a decided assessment was signed first (the triggers allow the direct step).
        try status.execute(arguments: [signed.status, signed.day, signed.stamp, id])
        if let json = rows.hazards { try hazards.execute(arguments: [id, enterpriseID, json]) }
        if let values = rows.disposition {
            try disposition.execute(arguments: StatementArguments([id.databaseValue] + values))
        }
        return id
    }

    /// A hazard as a row of texts in the order of ``hazardsSQL``.
    private static func row(_ h: DemoHazard) -> [String] {
        typealias Day = DemoCampaignCalendar
        return [
            h.draft.itemId, h.draft.description, h.draft.location ?? "", h.draft.basis, h.draft.level.rawValue,
            h.draft.majorCriterion.map(String.init) ?? "", h.measure, Day.text(h.deadline), h.responsible,
            h.status.rawValue, h.verifiedBy ?? "", h.verified.map(Day.text) ?? "", h.rectified.map(Day.text) ?? "",
            Day.stamp(h.created, minutes: 18 * 60), Day.stamp(h.updated, minutes: 18 * 60),
        ]
    }
}
