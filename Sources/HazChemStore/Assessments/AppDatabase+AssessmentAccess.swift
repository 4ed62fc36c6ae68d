import Foundation
import GRDB
import HazChemCore

extension AppDatabase {
    /// The assessments matching `filter` that `user` may see: all for the prefecture and administrators, their
    /// county's for a county bureau, those of panels they sit on for experts and regulators.
    package func assessments(_ filter: AssessmentFilter, visibleTo user: AppUser) throws(StoreError)
        -> [AssessmentListing]
    {
        var filter = filter
        switch user.scope {
        case .all:
            return try assessments(filter)
        case .county(let code):
            filter.countyCode = code
            return try assessments(filter)
        case .panels(let expertID):
            let panels = try read { db in
                try Set(
                    Int64.fetchAll(
                        db, sql: "SELECT panel_id FROM panel_member WHERE expert_id = ?", arguments: [expertID]))
            }
            return try assessments(filter).filter { $0.assessment.panelID.map(panels.contains) == true }
        }
    }

    /// What `user` may do on assessment `id`; nil when it does not exist or the user may not see it.
    package func assessmentPermissions(id: Int64, user: AppUser) throws(StoreError) -> AssessmentPermissions? {
        try read { db in
            try Assessment.fetchOne(db, key: id).flatMap { try Self.permissions(db, assessment: $0, user: user) }
        }
    }

    /// Records one expert's response to a checklist item, and for a non-conforming item the rectification plan
    /// when `details` is given, in one transaction, after checking that `user` sits on the panel as an expert of
    /// the item's section's specialty (their name is recorded with the response). With `scored`, the outcome
    /// carries the grading sheet and progress as the same transaction left them.
    package func respond(
        assessmentID: Int64, _ input: AssessmentResponseInput, details: HazardDetails?, by user: AppUser,
        scored: Bool = false
    ) throws(StoreError) -> AssessmentEntryOutcome {
        try session(actor: user.username) { session in
            guard let assessment = try Assessment.fetchOne(session.db, key: assessmentID),
                let permissions = try Self.permissions(session.db, assessment: assessment, user: user)
            else { return .notFound }
            let state = try session.state(assessment)
            let itemID = input.itemID.trimmingCharacters(in: .whitespaces)
            guard let section = state.tables.checklist.section(containing: itemID) else { return .notFound }
            if let refusal = permissions.refusalToAnswer(section) { return .refused(refusal) }
            var input = input
            input.expert = permissions.expertName
            var changed = try session.respond(assessment, input, loaded: state)
            if let details, input.response == .nonConforming {
                changed = try session.setHazardDetails(assessment, itemID: itemID, details) || changed
            }
            let saved = try AssessmentResponse.fetchOne(
                session.db, key: ["assessment_id": assessmentID, "item_id": itemID])
            let expert = saved?.expertID.flatMap { state.experts[$0]?.name }
            var score: AssessmentScore?
            if scored {
                // The state as saved: the one response and the answers the pre-fill may have rewritten.
                var after = state
                after.responses.removeAll { $0.itemID == itemID }
                after.responses += saved.map { [$0] } ?? []
                after.answers = try AssessmentAnswer.filter(Column("assessment_id") == assessmentID).fetchAll(
                    session.db)
                score = AssessmentScore(after)
            }
            return .saved(changed: changed, score: score, expert: expert)
        }
    }

    /// The permissions of `user` on a loaded assessment; nil when the user may not see it.
    private static func permissions(_ db: Database, assessment: Assessment, user: AppUser) throws
        -> AssessmentPermissions?
    {
        let id = assessment.id!
        guard
            let county = try String.fetchOne(
                db, sql: "SELECT county_code FROM enterprise WHERE id = ?", arguments: [assessment.enterpriseID])
        else { return nil }
        let members = try assessment.panelID.map { try PanelMember.filter(Column("panel_id") == $0).fetchAll(db) } ?? []
        let seat = user.expertID.flatMap { expertID in members.first { $0.expertID == expertID } }
        switch user.scope {
        case .all: break
        case .county(let code): if code != county { return nil }
        case .panels: if seat == nil { return nil }
        }
        let superseded = try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM assessment WHERE previous_version_id = ?)", arguments: [id])!
        let signed =
            try user.expertID.map {
                try Bool.fetchOne(
                    db, sql: "SELECT EXISTS (SELECT 1 FROM signature WHERE assessment_id = ? AND expert_id = ?)",
                    arguments: [id, $0])!
            } ?? false
        let name = try user.expertID.flatMap { try Expert.fetchOne(db, key: $0)?.name }
        return AssessmentPermissions(
            role: user.role, seat: seat, expertName: name, status: assessment.status, isSuperseded: superseded,
            hasSigned: signed)
    }

    /// The detail of assessment `id` with what `user` may do on it; nil when it does not exist or is not visible.
    package func assessmentDetail(id: Int64, visibleTo user: AppUser, asOf: LocalDate? = nil) throws(StoreError)
        -> (detail: AssessmentDetail, permissions: AssessmentPermissions)?
    {
        guard let permissions = try assessmentPermissions(id: id, user: user),
            let detail = try assessmentDetail(id: id, asOf: asOf)
        else { return nil }
        return (detail, permissions)
    }
}
