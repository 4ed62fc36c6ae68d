import Foundation
import GRDB
import HazChemCore

extension AppDatabase {
    /// The assessments matching `filter` that `user` may see: all for the prefecture and administrators, their
    /// county's for a county bureau, those of panels they sit on for experts and regulators.
    package func assessments(_ filter: AssessmentFilter, visibleTo user: AppUser) throws(StoreError)
        -> [AssessmentListing]
    {
        try assessments(Self.scoped(filter, to: user))
    }

    /// One page of ``assessments(_:visibleTo:)``.
    package func assessmentPage(_ filter: AssessmentFilter, visibleTo user: AppUser, page: Int, pageSize: Int)
        throws(StoreError) -> ListPage<AssessmentListing>
    {
        try assessmentPage(Self.scoped(filter, to: user), page: page, pageSize: pageSize)
    }

    /// `filter` narrowed to what `user` may see.
    private static func scoped(_ filter: AssessmentFilter, to user: AppUser) -> AssessmentFilter {
        var filter = filter
        switch user.scope {
        case .all: break
        case .county(let code): filter.countyCode = code
        case .panels(let expertID): filter.panelExpertID = expertID
        }
        return filter
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
    ///
    /// The web's save path, kept lean: the assessment's state is loaded once, the permissions come from it, the
    /// response, its audit row and any changed pre-filled answers are written, and the score is computed from the
    /// state as updated in memory.
    ///
    /// With `basedOn` (the ``AssessmentResponse/version`` the sender saw, empty for "not answered yet"), nothing is
    /// stored when the item changed since: the outcome is ``AssessmentEntryOutcome/conflict(current:expert:)``.
    package func respond(
        assessmentID: Int64, _ input: AssessmentResponseInput, details: HazardDetails?, by user: AppUser,
        scored: Bool = false, basedOn: String? = nil
    ) throws(StoreError) -> AssessmentEntryOutcome {
        try session(actor: user.username) { session in
            guard let assessment = try Assessment.fetchOne(session.db, key: assessmentID) else { return .notFound }
            var state = try session.state(assessment)
            guard let permissions = try Self.permissions(session.db, state: state, user: user) else { return .notFound }
            let itemID = input.itemID.trimmingCharacters(in: .whitespaces)
            guard let section = state.tables.checklist.section(containing: itemID) else { return .notFound }
            if let refusal = permissions.refusalToAnswer(section) { return .refused(refusal) }
            if let basedOn, let stale = Self.stale(state, itemID: itemID, basedOn: basedOn) { return stale }
            var input = input
            input.expert = permissions.expertName
            var changed = try session.respond(assessment, input, state: &state)
            if let details, input.response == .nonConforming,
                try session.setHazardDetails(assessment, itemID: itemID, details)
            {
                changed = true
                let saved = try AssessmentResponse.fetchOne(
                    session.db, key: ["assessment_id": assessmentID, "item_id": itemID])
                state.responses.removeAll { $0.itemID == itemID }
                state.responses += saved.map { [$0] } ?? []
            }
            let expert = state.responses.first { $0.itemID == itemID }?.expertID.flatMap { state.experts[$0]?.name }
            let version = state.responses.first { $0.itemID == itemID }?.version
            return .saved(
                changed: changed, score: scored ? AssessmentScore(state) : nil, expert: expert, version: version)
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
        let members = try assessment.panelID.map { try presentMembers(db, panelID: $0, assessmentID: id) } ?? []
        let signed =
            try user.expertID.map {
                try Bool.fetchOne(
                    db, sql: "SELECT EXISTS (SELECT 1 FROM signature WHERE assessment_id = ? AND expert_id = ?)",
                    arguments: [id, $0])!
            } ?? false
        let name = try user.expertID.flatMap { try Expert.fetchOne(db, key: $0)?.name }
        return try permissions(
            db, assessment: assessment, county: county, members: members, hasSigned: signed, expertName: name,
            user: user)
    }

    /// The permissions of `user` on an assessment whose state is loaded (one query more: is it superseded).
    private static func permissions(_ db: Database, state: AssessmentState, user: AppUser) throws
        -> AssessmentPermissions?
    {
        let signed = user.expertID.map { id in state.signatures.contains { $0.expertID == id } } ?? false
        let name = try user.expertID.flatMap { try state.experts[$0]?.name ?? Expert.fetchOne(db, key: $0)?.name }
        return try permissions(
            db, assessment: state.assessment, county: state.enterprise.countyCode, members: state.members,
            hasSigned: signed, expertName: name, user: user)
    }

    /// The permissions from what they depend on; nil when the user's scope does not reach the assessment.
    private static func permissions(
        _ db: Database, assessment: Assessment, county: String, members: [PanelMember], hasSigned: Bool,
        expertName: String?, user: AppUser
    ) throws -> AssessmentPermissions? {
        let seat = user.expertID.flatMap { expertID in members.first { $0.expertID == expertID } }
        switch user.scope {
        case .all: break
        case .county(let code): if code != county { return nil }
        case .panels(let expertID):
            // A member on leave from this visit still sees it, without a seat; one replaced after signing sees
            // what they signed.
            let onPanel =
                try seat != nil || hasSigned
                || Bool.fetchOne(
                    db, sql: "SELECT EXISTS (SELECT 1 FROM panel_member WHERE panel_id IS ? AND expert_id = ?)",
                    arguments: [assessment.panelID, expertID])!
            if !onPanel { return nil }
        }
        let superseded = try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM assessment WHERE previous_version_id = ?)",
            arguments: [assessment.id!])!
        return AssessmentPermissions(
            role: user.role, seat: seat, expertName: expertName, status: assessment.status, isSuperseded: superseded,
            hasSigned: hasSigned, presentSpecialties: Set(members.filter(\.role.isExpert).map(\.specialty)))
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
