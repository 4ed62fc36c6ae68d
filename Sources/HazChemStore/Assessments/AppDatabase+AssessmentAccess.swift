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
    static func permissions(_ db: Database, state: AssessmentState, user: AppUser) throws
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
            db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM assessment WHERE previous_version_id = ?)"),
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
