import Foundation
import GRDB
import HazChemCore

extension AppDatabase {
    /// Forms a panel after checking every ``PanelRules`` rule; all broken rules are reported together.
    @discardableResult
    package func createPanel(_ panel: Panel, assignments: [Panel.Assignment], actor: String) throws(StoreError)
        -> PanelDetail
    {
        try Self.checkActor(actor)
        return try write { db in try insertPanel(db, panel, assignments: assignments, actor: actor) }
    }

    /// ``createPanel(_:assignments:actor:)`` in the caller's transaction.
    func insertPanel(_ db: Database, _ panel: Panel, assignments: [Panel.Assignment], actor: String) throws
        -> PanelDetail
    {
        let ids = Array(Set(assignments.map(\.expertID)))
        let experts = Dictionary(
            uniqueKeysWithValues: try Expert.fetchAll(db, keys: ids).map { ($0.id!, $0) })
        let enterprise = try Enterprise.fetchOne(db, key: panel.enterpriseID)
        var overlapping: [Int64: [Panel]] = [:]
        if panel.onSiteStart <= panel.onSiteEnd {
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT m.expert_id, p.* FROM panel_member m JOIN panel p ON p.id = m.panel_id
                    WHERE p.on_site_start <= ? AND p.on_site_end >= ? AND m.expert_id IN (\(ids.map(String.init).joined(separator: ",")))
                    ORDER BY p.id
                    """, arguments: [panel.onSiteEnd, panel.onSiteStart])
            for row in rows { overlapping[row["expert_id"], default: []].append(try Panel(row: row)) }
        }
        let problems = PanelRules.problems(
            panel: panel, assignments: assignments, experts: experts, enterprise: enterprise,
            overlapping: overlapping)
        if !problems.isEmpty {
            throw StoreError(
                .invalidInput, problems: problems.map { .init(entity: panel.entityLabel, message: $0) })
        }
        var record = panel
        record.id = nil
        record.createdAt = now()
        try record.insert(db)
        let members = assignments.map {
            PanelMember(
                panelID: record.id!, expertID: $0.expertID, role: $0.role,
                specialty: $0.specialty ?? experts[$0.expertID]!.specialty)
        }
        for member in members { try member.insert(db) }
        try audit(
            db, actor: actor, action: "create", entity: "panel", entityID: String(record.id!),
            after: try AuditJSON.encode(PanelAuditRecord(panel: record, members: members)))
        return try Self.detail(db, panel: record)
    }

    /// The panel with this id, its enterprise and people, or nil.
    package func panelDetail(id: Int64) throws(StoreError) -> PanelDetail? {
        try read { db in
            guard let panel = try Panel.fetchOne(db, key: id) else { return nil }
            return try Self.detail(db, panel: panel)
        }
    }

    /// The panels, optionally only those assessing one enterprise, newest first.
    package func panels(enterpriseID: Int64? = nil) throws(StoreError) -> [Panel] {
        try read { db in
            var request = Panel.all()
            if let enterpriseID { request = request.filter(Column("enterprise_id") == enterpriseID) }
            return try request.order(Column("on_site_start").desc, Column("id").desc).fetchAll(db)
        }
    }

    static func detail(_ db: Database, panel: Panel) throws -> PanelDetail {
        let enterprise = try Enterprise.fetchOne(db, key: panel.enterpriseID)!
        let members = try PanelMember.filter(Column("panel_id") == panel.id!).fetchAll(db)
        let experts = Dictionary(
            uniqueKeysWithValues: try Expert.fetchAll(db, keys: members.map(\.expertID)).map { ($0.id!, $0) })
        let order: [PanelRole: Int] = [.leader: 0, .member: 1, .regulator: 2]
        let seats = members.map { PanelDetail.Seat(member: $0, expert: experts[$0.expertID]!) }
            .sorted {
                (order[$0.member.role]!, $0.expert.name, $0.expert.id!) < (
                    order[$1.member.role]!, $1.expert.name, $1.expert.id!
                )
            }
        return PanelDetail(panel: panel, enterprise: enterprise, seats: seats)
    }
}

/// The audit record of a new panel.
private struct PanelAuditRecord: Encodable {
    var panel: Panel
    var members: [PanelMember]
}
