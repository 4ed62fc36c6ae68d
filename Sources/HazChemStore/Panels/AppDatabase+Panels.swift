import Foundation
import GRDB
import HazChemCore

extension AppDatabase {
    /// Forms a panel (a team with no visits yet) for a county or the prefecture after checking the team rules of
    /// ``PanelRules``; all broken rules are reported together.
    @discardableResult
    package func createPanel(name: String, regionCode: String, assignments: [Panel.Assignment], actor: String)
        throws(StoreError) -> PanelDetail
    {
        try Self.checkActor(actor)
        return try write { db in
            let panel = try insertTeam(db, name: name, regionCode: regionCode, assignments: assignments, actor: actor)
            return try Self.detail(db, panel: panel)
        }
    }

    /// Forms a panel for the enterprise's county with one visit to it (the form of one panel per enterprise).
    @discardableResult
    package func createPanel(
        name: String, enterpriseID: Int64, onSite: (start: LocalDate, end: LocalDate),
        assignments: [Panel.Assignment], actor: String
    ) throws(StoreError) -> PanelDetail {
        try Self.checkActor(actor)
        return try write { db in
            try insertPanelWithVisit(
                db, name: name, enterpriseID: enterpriseID, onSite: onSite, assignments: assignments, actor: actor)
        }
    }

    /// ``createPanel(name:enterpriseID:onSite:assignments:actor:)`` of a plan.
    @discardableResult
    package func createPanel(_ plan: PanelPlan, assignments: [Panel.Assignment], actor: String) throws(StoreError)
        -> PanelDetail
    {
        try createPanel(
            name: plan.name, enterpriseID: plan.enterpriseID, onSite: (plan.onSiteStart, plan.onSiteEnd),
            assignments: assignments, actor: actor)
    }

    /// Schedules a visit of panel `panelID` to an enterprise after checking every rule of ``PanelRules`` for it
    /// with the panel's people as they stand (problems carry the field they concern).
    @discardableResult
    package func scheduleVisit(
        panelID: Int64, enterpriseID: Int64, onSite: (start: LocalDate, end: LocalDate), actor: String
    ) throws(StoreError) -> PanelVisit {
        try Self.checkActor(actor)
        return try write { db in
            guard let panel = try Panel.fetchOne(db, key: panelID) else {
                throw StoreError(.notFound, entity: "专家组 #\(panelID)", message: "专家组不存在")
            }
            return try insertVisit(db, panel: panel, enterpriseID: enterpriseID, onSite: onSite, actor: actor)
        }
    }

    /// ``createPanel(name:enterpriseID:onSite:assignments:actor:)`` in the caller's transaction.
    func insertPanelWithVisit(
        _ db: Database, name: String, enterpriseID: Int64, onSite: (start: LocalDate, end: LocalDate),
        assignments: [Panel.Assignment], actor: String
    ) throws -> PanelDetail {
        let enterprise = try Enterprise.fetchOne(db, key: enterpriseID)
        let experts = try Self.experts(db, assignments.map(\.expertID))
        let visit = PanelVisit(panelID: 0, enterpriseID: enterpriseID, onSiteStart: onSite.start, onSiteEnd: onSite.end)
        let problems = PanelRules.problems(
            name: name, visit: visit, assignments: assignments, experts: experts, enterprise: enterprise,
            overlapping: try Self.overlaps(db, visit: visit, expertIDs: assignments.map(\.expertID)))
        if !problems.isEmpty {
            throw StoreError(.invalidInput, problems: problems.map { Self.label($0, panelName: name) })
        }
        let panel = try insertTeam(
            db, name: name, regionCode: enterprise!.countyCode, assignments: assignments, actor: actor)
        _ = try insertVisit(db, panel: panel, enterpriseID: enterpriseID, onSite: onSite, actor: actor)
        return try Self.detail(db, panel: panel)
    }

    /// Stores a team after the team rules; audited.
    func insertTeam(
        _ db: Database, name: String, regionCode: String, assignments: [Panel.Assignment], actor: String
    ) throws -> Panel {
        let experts = try Self.experts(db, assignments.map(\.expertID))
        var problems = PanelRules.teamProblems(name: name, assignments: assignments, experts: experts).map {
            StoreError.Problem(entity: "专家组“\(name)”", message: $0)
        }
        if try Region.fetchOne(db, key: regionCode) == nil {
            problems.insert(
                .init(field: "所属地区", entity: "专家组“\(name)”", message: "行政区划代码“\(regionCode)”不存在"), at: 0)
        }
        if !problems.isEmpty { throw StoreError(.invalidInput, problems: problems) }
        var panel = Panel(name: name.trimmingCharacters(in: .whitespacesAndNewlines), regionCode: regionCode)
        panel.createdAt = now()
        try panel.insert(db)
        let members = assignments.map {
            PanelMember(
                panelID: panel.id!, expertID: $0.expertID, role: $0.role,
                specialty: $0.specialty ?? experts[$0.expertID]!.specialty)
        }
        for member in members { try member.insert(db) }
        try audit(
            db, actor: actor, action: "create", entity: "panel", entityID: String(panel.id!),
            after: try AuditJSON.encode(PanelAuditRecord(panel: panel, members: members)))
        return panel
    }

    /// Stores a visit after every rule for it; audited.
    func insertVisit(
        _ db: Database, panel: Panel, enterpriseID: Int64, onSite: (start: LocalDate, end: LocalDate), actor: String
    ) throws -> PanelVisit {
        let members = try PanelMember.filter(Column("panel_id") == panel.id!).fetchAll(db)
        let assignments = members.map {
            Panel.Assignment(expertID: $0.expertID, role: $0.role, specialty: $0.specialty)
        }
        let experts = try Self.experts(db, members.map(\.expertID))
        let enterprise = try Enterprise.fetchOne(db, key: enterpriseID)
        var visit = PanelVisit(
            panelID: panel.id!, enterpriseID: enterpriseID, onSiteStart: onSite.start, onSiteEnd: onSite.end)
        var problems = PanelRules.problems(
            name: panel.name, visit: visit, assignments: assignments, experts: experts, enterprise: enterprise,
            overlapping: try Self.overlaps(db, visit: visit, expertIDs: members.map(\.expertID)))
        if let enterprise, try !Self.region(db, panel.regionCode, covers: enterprise.countyCode) {
            problems.insert(
                .init(
                    field: PanelRules.Field.enterprise,
                    message: "“\(enterprise.name)”不在专家组所属地区，专家组只能评估本地区的企业"), at: 0)
        }
        if !problems.isEmpty {
            throw StoreError(.invalidInput, problems: problems.map { Self.label($0, panelName: panel.name) })
        }
        visit.createdAt = now()
        try visit.insert(db)
        try audit(
            db, actor: actor, action: "schedule", entity: "panel_visit", entityID: String(visit.id!),
            after: try AuditJSON.encode(visit))
        return visit
    }

    /// The stored experts of `ids`, by id.
    static func experts(_ db: Database, _ ids: [Int64]) throws -> [Int64: Expert] {
        Dictionary(
            uniqueKeysWithValues: try Expert.fetchAll(db, keys: Array(Set(ids))).map { ($0.id!, $0) })
    }

    /// For each of `expertIDs`, the visits (of any panel they sit on, this visit excepted) whose dates overlap; a
    /// visit they were on leave from, or that ended before they joined the panel as a replacement, is not theirs.
    static func overlaps(_ db: Database, visit: PanelVisit, expertIDs: [Int64]) throws -> [Int64: [PanelRules.Overlap]]
    {
        guard visit.onSiteStart <= visit.onSiteEnd, !expertIDs.isEmpty else { return [:] }
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT m.expert_id, p.name AS panel_name, v.* FROM panel_member m
                JOIN panel_visit v ON v.panel_id = m.panel_id JOIN panel p ON p.id = v.panel_id
                WHERE v.on_site_start <= ? AND v.on_site_end >= ? AND v.id IS NOT ?
                    AND m.expert_id IN (\(Set(expertIDs).map(String.init).joined(separator: ",")))
                    AND NOT EXISTS (SELECT 1 FROM panel_member_change c WHERE c.kind = 'leave' AND c.visit_id = v.id
                        AND c.expert_id = m.expert_id)
                    AND NOT EXISTS (SELECT 1 FROM panel_member_change c WHERE c.kind = 'replace'
                        AND c.panel_id = v.panel_id AND c.replacement_id = m.expert_id AND c.effective_date > v.on_site_end)
                ORDER BY v.on_site_start, v.id
                """, arguments: [visit.onSiteEnd, visit.onSiteStart, visit.id])
        var result: [Int64: [PanelRules.Overlap]] = [:]
        for row in rows {
            result[row["expert_id"], default: []].append(
                PanelRules.Overlap(panelName: row["panel_name"], visit: try PanelVisit(row: row)))
        }
        return result
    }

    /// Whether a panel of region `code` may visit an enterprise of `county`: its own county, or any for the
    /// prefecture.
    static func region(_ db: Database, _ code: String, covers county: String) throws -> Bool {
        if code == county { return true }
        return try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM region WHERE code = ? AND parent_code = ?)",
            arguments: [county, code]) ?? false
    }

    private static func label(_ problem: StoreError.Problem, panelName: String) -> StoreError.Problem {
        var problem = problem
        problem.entity = problem.entity ?? "专家组“\(panelName)”"
        return problem
    }
}

/// The audit record of a new panel.
private struct PanelAuditRecord: Encodable {
    var panel: Panel
    var members: [PanelMember]
}
