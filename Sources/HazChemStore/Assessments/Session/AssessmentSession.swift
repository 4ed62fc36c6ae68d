import Foundation
import GRDB
import HazChemCore

/// One write transaction of the assessment store: the connection, the clock reading and the actor.
///
/// Every assessment, hazard and disposition change goes through a session, so the public API and the
/// assessment-file import share the same rules and write the same audit rows in the caller's transaction.
struct AssessmentSession {
    /// The connection, inside a write transaction.
    let db: Database
    /// The moment stamped on rows and audit entries.
    let now: Date
    /// Who is recorded in the audit log.
    let actor: String

    /// Today by the session's clock.
    var today: LocalDate { LocalDate.today(now) }
    /// The server's time to the minute, kept beside dates a user states (补录).
    var recorded: RecordedTime { RecordedTime(now) }

    /// Appends one audit row.
    func audit(
        _ action: String, _ entity: String, _ entityID: String?, before: String? = nil, after: String? = nil
    ) throws {
        try AuditEntry.append(
            db, at: now, user: actor, action: action, entity: entity, entityID: entityID, before: before, after: after)
    }

    /// Appends one audit row with records encoded as JSON.
    func auditRecords(
        _ action: String, _ entity: String, _ entityID: String?, before: (any Encodable)?, after: (any Encodable)?
    ) throws {
        var texts: [String?] = []
        for record in [before, after] { texts.append(try record.map { try AuditJSON.encode($0) }) }
        try audit(action, entity, entityID, before: texts[0], after: texts[1])
    }

    // MARK: Loading

    /// The assessment with `id`, or a not-found error.
    func assessment(_ id: Int64) throws -> Assessment {
        guard let assessment = try Assessment.fetchOne(db, key: id) else {
            throw StoreError(.notFound, entity: "评估 #\(id)", message: "评估不存在")
        }
        return assessment
    }

    /// The tables an assessment stored.
    func tables(of assessment: Assessment) throws -> AssessmentTables {
        try AssessmentTables.fromSnapshots(
            db, grading: assessment.gradingTableHash, checklist: assessment.checklistTableHash,
            criteria: assessment.criteriaTableHash)
    }

    /// Everything stored for an assessment.
    func state(_ assessment: Assessment) throws -> AssessmentState {
        let id = assessment.id!
        let enterprise = try Enterprise.fetchOne(db, key: assessment.enterpriseID)!
        var panel: Panel?
        var members: [PanelMember] = []
        var experts: [Int64: Expert] = [:]
        if let panelID = assessment.panelID {
            panel = try Panel.fetchOne(db, key: panelID)
            members = try AppDatabase.presentMembers(db, panelID: panelID, assessmentID: id)
        }
        let responses = try AssessmentResponse.filter(Column("assessment_id") == id).fetchAll(db)
        let signatures = try Signature.filter(Column("assessment_id") == id).fetchAll(db)
        let ids = Set(members.map(\.expertID)).union(responses.compactMap(\.expertID)).union(signatures.map(\.expertID))
        for expert in try Expert.fetchAll(db, keys: Array(ids)) { experts[expert.id!] = expert }
        return AssessmentState(
            assessment: assessment, enterprise: enterprise, tables: try tables(of: assessment), panel: panel,
            members: members, experts: experts, responses: responses,
            answers: try AssessmentAnswer.filter(Column("assessment_id") == id).fetchAll(db),
            spotChecks: try SpotCheck.filter(Column("assessment_id") == id).order(Column("id")).fetchAll(db),
            signatures: signatures)
    }

    // MARK: Guards

    /// Refuses changes to an assessment that is submitted (take it back first) or signed (correct it instead).
    func requireEditable(_ assessment: Assessment) throws {
        switch assessment.status {
        case .planned, .onSite:
            return
        case .submitted:
            throw StoreError(
                .conflict, entity: assessment.entityLabel,
                message: "评估报告已提交，不能修改；如需修改请先退回修改（assessment reopen）")
        case .signed, .dispositionDecided:
            throw StoreError(
                .immutable, entity: assessment.entityLabel,
                message:
                    "\(Schema.immutableMessagePrefix)：评估为“\(assessment.status.label)”状态；如需更正，请创建新版本（assessment correct）"
            )
        }
    }

    /// Writes the assessment row after a change, stamping `updated_at`, with an audit row.
    func save(_ assessment: inout Assessment, action: String, before: Assessment) throws {
        assessment.updatedAt = now
        try assessment.update(db)
        try auditRecords(action, "assessment", String(assessment.id!), before: before, after: assessment)
    }
}

extension AppDatabase {
    /// Runs `body` in one write transaction with an assessment session for `actor`.
    func session<T>(actor: String, _ body: (AssessmentSession) throws -> T) throws(StoreError) -> T {
        try Self.checkActor(actor)
        return try write { db in try body(AssessmentSession(db: db, now: now(), actor: actor)) }
    }
}
