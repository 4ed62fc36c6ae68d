import Foundation
import GRDB
import HazChemCore

extension AppDatabase {
    /// The hazards matching `filter` that `user` may see (county bureau: its county; experts and regulators: the
    /// hazards found by assessments of panels they sit on; prefecture and administrators: all).
    package func hazards(_ filter: HazardFilter, visibleTo user: AppUser) throws(StoreError) -> [HazardListing] {
        try hazards(Self.scoped(filter, to: user))
    }

    /// One page of ``hazards(_:visibleTo:)``.
    package func hazardPage(_ filter: HazardFilter, visibleTo user: AppUser, page: Int, pageSize: Int)
        throws(StoreError) -> HazardPage
    {
        try hazardPage(Self.scoped(filter, to: user), page: page, pageSize: pageSize)
    }

    /// `filter` narrowed to what `user` may see.
    private static func scoped(_ filter: HazardFilter, to user: AppUser) -> HazardFilter {
        var filter = filter
        switch user.scope {
        case .all: break
        case .county(let code): filter.countyCode = code
        case .panels(let expertID): filter.panelExpertID = expertID
        }
        return filter
    }

    /// Hazard `id` with its enterprise, assessment and history; nil when it does not exist or `user` may not see it.
    package func hazardRecord(id: Int64, visibleTo user: AppUser, asOf: LocalDate? = nil) throws(StoreError)
        -> HazardRecord?
    {
        let day = asOf ?? LocalDate.today(now())
        var panelAssessments: Set<Int64> = []
        if case .panels(let expertID) = user.scope { panelAssessments = try self.panelAssessments(expertID: expertID) }
        return try read { db in
            guard let hazard = try Hazard.fetchOne(db, key: id),
                let enterprise = try Enterprise.fetchOne(db, key: hazard.enterpriseID),
                let assessment = try Assessment.fetchOne(db, key: hazard.assessmentID)
            else { return nil }
            switch user.scope {
            case .all: break
            case .county(let code): if enterprise.countyCode != code { return nil }
            case .panels: if !panelAssessments.contains(hazard.assessmentID) { return nil }
            }
            let county = try String.fetchOne(
                db, sql: "SELECT name FROM region WHERE code = ?", arguments: [enterprise.countyCode])
            let history = try AuditEntry.filter(Column("entity") == "hazard" && Column("entity_id") == String(id))
                .order(Column("id")).fetchAll(db)
            return HazardRecord(
                hazard: hazard, enterprise: enterprise, countyName: county ?? enterprise.countyCode,
                assessment: assessment, history: history, overdue: hazard.isOverdue(asOf: day))
        }
    }

    /// The ids of assessments whose panel the expert sits on.
    private func panelAssessments(expertID: Int64) throws(StoreError) -> Set<Int64> {
        try read { db in
            try Set(
                Int64.fetchAll(db, sql: AccessScope.assessmentIDs(seenBy: expertID)))
        }
    }
}
