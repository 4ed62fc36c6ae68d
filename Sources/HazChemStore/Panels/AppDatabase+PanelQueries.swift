import Foundation
import GRDB
import HazChemCore

extension AppDatabase {
    /// The panel with this id, its people, visits and changes, or nil.
    package func panelDetail(id: Int64) throws(StoreError) -> PanelDetail? {
        try read { db in
            guard let panel = try Panel.fetchOne(db, key: id) else { return nil }
            return try Self.detail(db, panel: panel)
        }
    }

    /// The panels `scope` reaches, each with its people and visits: all for the prefecture, a county's own for a
    /// county bureau (formed for it), none for experts and regulators; by region, then name.
    package func panels(in scope: AccessScope) throws(StoreError) -> [PanelDetail] {
        try read { db in
            var request = Panel.all()
            switch scope {
            case .all: break
            case .county(let code): request = request.filter(Column("region_code") == code)
            case .panels: return []
            }
            return try request.order(Column("region_code"), Column("name"), Column("id")).fetchAll(db)
                .map { try Self.detail(db, panel: $0) }
        }
    }

    /// The visits to an enterprise with their panels, newest first.
    package func panelVisits(enterpriseID: Int64) throws(StoreError) -> [(visit: PanelVisit, panel: Panel)] {
        try read { db in
            try PanelVisit.filter(Column("enterprise_id") == enterpriseID)
                .order(Column("on_site_start").desc, Column("id").desc).fetchAll(db)
                .map { ($0, try Panel.fetchOne(db, key: $0.panelID)!) }
        }
    }

    /// The scheduled visits with no assessment yet whose enterprise `scope` reaches (none for experts and
    /// regulators), by first on-site day: what an assessment may be created from.
    package func visitsAwaitingAssessment(in scope: AccessScope) throws(StoreError) -> [PanelDetail.Visit] {
        if case .panels = scope { return [] }
        return try read { db in
            var sql =
                "SELECT v.* FROM panel_visit v JOIN enterprise e ON e.id = v.enterprise_id WHERE v.assessment_id IS NULL"
            var arguments: StatementArguments = []
            if let county = scope.countyCode {
                sql += " AND e.county_code = ?"
                arguments += [county]
            }
            return try PanelVisit.fetchAll(db, sql: sql + " ORDER BY v.on_site_start, v.id", arguments: arguments).map {
                PanelDetail.Visit(visit: $0, enterprise: try Enterprise.fetchOne(db, key: $0.enterpriseID)!)
            }
        }
    }

    /// The visit with this id, nil when there is none.
    package func panelVisit(id: Int64) throws(StoreError) -> PanelVisit? {
        try read { db in try PanelVisit.fetchOne(db, key: id) }
    }

    static func detail(_ db: Database, panel: Panel) throws -> PanelDetail {
        let members = try PanelMember.filter(Column("panel_id") == panel.id!).fetchAll(db)
        let changes = try PanelMemberChange.filter(Column("panel_id") == panel.id!).order(Column("id")).fetchAll(db)
        let experts = try Self.experts(
            db, members.map(\.expertID) + changes.flatMap { [$0.expertID] + ($0.replacementID.map { [$0] } ?? []) })
        let order: [PanelRole: Int] = [.leader: 0, .member: 1, .regulator: 2]
        let seats = members.map { PanelDetail.Seat(member: $0, expert: experts[$0.expertID]!) }
            .sorted {
                (order[$0.member.role]!, $0.expert.name, $0.expert.id!) < (
                    order[$1.member.role]!, $1.expert.name, $1.expert.id!
                )
            }
        let visits = try PanelVisit.filter(Column("panel_id") == panel.id!)
            .order(Column("on_site_start"), Column("id")).fetchAll(db)
            .map { visit in
                let latest = try visit.assessmentID.flatMap {
                    try Row.fetchOne(
                        db,
                        sql: """
                            WITH RECURSIVE chain(id, version, status) AS (
                                SELECT id, version, status FROM assessment WHERE id = ?
                                UNION ALL
                                SELECT a.id, a.version, a.status FROM assessment a JOIN chain c ON a.previous_version_id = c.id
                            ) SELECT id, status FROM chain ORDER BY version DESC LIMIT 1
                            """, arguments: [$0])
                }
                return PanelDetail.Visit(
                    visit: visit, enterprise: try Enterprise.fetchOne(db, key: visit.enterpriseID)!,
                    assessmentStatus: (latest?["status"] as String?).flatMap(AssessmentStatus.init(rawValue:)),
                    latestAssessmentID: latest?["id"])
            }
        return PanelDetail(
            panel: panel, region: try Region.fetchOne(db, key: panel.regionCode), seats: seats, visits: visits,
            changes: changes.map {
                PanelDetail.Change(
                    change: $0, expert: experts[$0.expertID]!, replacement: $0.replacementID.flatMap { experts[$0] })
            })
    }
}
