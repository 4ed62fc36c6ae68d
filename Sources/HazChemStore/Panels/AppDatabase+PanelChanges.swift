import Foundation
import GRDB
import HazChemCore

extension AppDatabase {
    /// Replaces member `expertID` of a panel by `replacementID` (替换), who takes the same role and covers their own
    /// specialty, from `date`; the team rules and, for every visit not yet signed that ends on or after `date`, the
    /// new member's conflicts of interest and dates are checked. Recorded with the reason and audited; signed
    /// assessments keep the people they were signed by (their seals).
    @discardableResult
    package func replacePanelMember(
        panelID: Int64, expertID: Int64, replacementID: Int64, reason: String, date: LocalDate, actor: String
    ) throws(StoreError) -> PanelMemberChange {
        try Self.checkActor(actor)
        return try write { db in
            let (panel, members) = try Self.panelForChange(db, panelID: panelID, expertID: expertID, reason: reason)
            let entity = panel.entityLabel
            guard let incoming = try Expert.fetchOne(db, key: replacementID) else {
                throw StoreError(.invalidInput, field: "替换为", entity: entity, message: "专家编号\(replacementID)不存在")
            }
            if members.contains(where: { $0.expertID == replacementID }) {
                throw StoreError(.invalidInput, field: "替换为", entity: entity, message: "\(incoming.entityLabel)已在本专家组中")
            }
            let outgoing = members.first { $0.expertID == expertID }!
            let seat = PanelMember(
                panelID: panelID, expertID: replacementID, role: outgoing.role,
                specialty: outgoing.role.isExpert ? incoming.specialty : outgoing.specialty)
            let after = members.map { $0.expertID == expertID ? seat : $0 }
            let assignments = after.map {
                Panel.Assignment(expertID: $0.expertID, role: $0.role, specialty: $0.specialty)
            }
            let experts = try Self.experts(db, after.map(\.expertID))
            var problems = PanelRules.teamProblems(name: panel.name, assignments: assignments, experts: experts).map {
                StoreError.Problem(field: "替换为", entity: entity, message: "替换后\($0)")
            }
            let visits = try PanelVisit.filter(Column("panel_id") == panelID && Column("on_site_end") >= date)
                .order(Column("on_site_start")).fetchAll(db)
            for visit in visits where try !Self.visitIsSigned(db, visit) {
                let enterprise = try Enterprise.fetchOne(db, key: visit.enterpriseID)
                problems += PanelRules.visitProblems(
                    visit: visit, assignments: [Panel.Assignment(expertID: replacementID, role: seat.role)],
                    experts: [replacementID: incoming], enterprise: enterprise,
                    overlapping: try Self.overlaps(db, visit: visit, expertIDs: [replacementID])
                ).map { StoreError.Problem(field: "替换为", entity: entity, message: $0.message) }
            }
            if !problems.isEmpty { throw StoreError(.invalidInput, problems: problems) }
            try outgoing.delete(db)
            try seat.insert(db)
            var change = PanelMemberChange(
                panelID: panelID, kind: .replace, expertID: expertID, replacementID: replacementID,
                reason: reason.trimmingCharacters(in: .whitespacesAndNewlines), effectiveDate: date, recordedBy: actor,
                recordedAt: now())
            try change.insert(db)
            try audit(
                db, actor: actor, action: "replace", entity: "panel", entityID: String(panelID),
                before: try AuditJSON.encode(members), after: try AuditJSON.encode(ChangeAuditRecord(change, after)))
            return change
        }
    }

    /// Records member `expertID` as absent from visit `visitID` (请假) with the reason; audited. A specialty left
    /// without a present expert may then be answered by a member standing in (recorded on the response).
    @discardableResult
    package func recordPanelLeave(
        panelID: Int64, expertID: Int64, visitID: Int64, reason: String, date: LocalDate, actor: String
    ) throws(StoreError) -> PanelMemberChange {
        try Self.checkActor(actor)
        return try write { db in
            let (panel, members) = try Self.panelForChange(db, panelID: panelID, expertID: expertID, reason: reason)
            guard let visit = try PanelVisit.fetchOne(db, key: visitID), visit.panelID == panelID else {
                throw StoreError(
                    .invalidInput, field: "现场评估", entity: panel.entityLabel, message: "本专家组没有编号为\(visitID)的现场评估安排")
            }
            if try Self.visitIsSigned(db, visit) {
                throw StoreError(
                    .immutable, field: "现场评估", entity: panel.entityLabel,
                    message: "\(Schema.immutableMessagePrefix)：该次现场评估的评估已签署，不能再登记请假")
            }
            let already = try PanelMemberChange.filter(
                Column("kind") == "leave" && Column("visit_id") == visitID && Column("expert_id") == expertID
            ).fetchCount(db)
            if already > 0 {
                throw StoreError(.conflict, field: "请假", entity: panel.entityLabel, message: "该成员此次现场评估的请假已登记")
            }
            var change = PanelMemberChange(
                panelID: panelID, kind: .leave, expertID: expertID, visitID: visitID,
                reason: reason.trimmingCharacters(in: .whitespacesAndNewlines), effectiveDate: date, recordedBy: actor,
                recordedAt: now())
            try change.insert(db)
            try audit(
                db, actor: actor, action: "leave", entity: "panel", entityID: String(panelID),
                after: try AuditJSON.encode(ChangeAuditRecord(change, members)))
            return change
        }
    }

    /// The panel and its members, after checking that `expertID` sits on it and the reason is given.
    private static func panelForChange(_ db: Database, panelID: Int64, expertID: Int64, reason: String) throws
        -> (Panel, [PanelMember])
    {
        guard let panel = try Panel.fetchOne(db, key: panelID) else {
            throw StoreError(.notFound, entity: "专家组 #\(panelID)", message: "专家组不存在")
        }
        let members = try PanelMember.filter(Column("panel_id") == panelID).fetchAll(db)
        guard members.contains(where: { $0.expertID == expertID }) else {
            throw StoreError(
                .invalidInput, field: "成员", entity: panel.entityLabel, message: "专家编号\(expertID)不是本专家组的成员")
        }
        if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw StoreError(.invalidInput, field: "原因", entity: panel.entityLabel, message: "请填写原因")
        }
        if let problem = reason.controlCharacterProblem() {
            throw StoreError(.invalidInput, field: "原因", entity: panel.entityLabel, message: "原因\(problem)")
        }
        return (panel, members)
    }

    /// Whether the visit's assessment (its latest version) is signed.
    static func visitIsSigned(_ db: Database, _ visit: PanelVisit) throws -> Bool {
        guard let id = visit.assessmentID else { return false }
        return try Bool.fetchOne(
            db,
            sql: """
                WITH RECURSIVE chain(id, status) AS (
                    SELECT id, status FROM assessment WHERE id = ?
                    UNION ALL SELECT a.id, a.status FROM assessment a JOIN chain c ON a.previous_version_id = c.id
                ) SELECT EXISTS (SELECT 1 FROM chain WHERE status IN ('signed', 'dispositionDecided'))
                """, arguments: [id]) ?? false
    }

    /// The members of a panel present for an assessment: those on leave from its visit (请假) left out.
    static func presentMembers(_ db: Database, panelID: Int64, assessmentID: Int64) throws -> [PanelMember] {
        try PanelMember.fetchAll(
            db,
            sql: """
                SELECT * FROM panel_member WHERE panel_id = ? AND expert_id NOT IN (
                    SELECT c.expert_id FROM panel_member_change c WHERE c.kind = 'leave' AND c.visit_id IN (
                        WITH RECURSIVE up(id, prev) AS (
                            SELECT id, previous_version_id FROM assessment WHERE id = ?
                            UNION ALL SELECT a.id, a.previous_version_id FROM assessment a JOIN up ON a.id = up.prev
                        ) SELECT v.id FROM panel_visit v WHERE v.assessment_id IN (SELECT id FROM up)))
                """, arguments: [panelID, assessmentID])
    }

    /// The visit an assessment version belongs to (that of the first version of its chain), nil when none.
    static func visit(_ db: Database, assessmentID id: Int64) throws -> PanelVisit? {
        try PanelVisit.fetchOne(
            db,
            sql: """
                WITH RECURSIVE up(id, prev) AS (
                    SELECT id, previous_version_id FROM assessment WHERE id = ?
                    UNION ALL SELECT a.id, a.previous_version_id FROM assessment a JOIN up ON a.id = up.prev
                ) SELECT * FROM panel_visit WHERE assessment_id IN (SELECT id FROM up)
                """, arguments: [id])
    }
}

/// The audit record of a replacement or leave: the change and the members after it.
private struct ChangeAuditRecord: Encodable {
    var change: PanelMemberChange
    var members: [PanelMember]
    init(_ change: PanelMemberChange, _ members: [PanelMember]) {
        self.change = change
        self.members = members
    }
}
