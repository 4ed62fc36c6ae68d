import Foundation
import HazChemCore
import HazChemStore

/// A team's people as stored: what ``PanelRules`` checks, who answers each section, and the member rows.
struct DemoTeamMembers: Sendable {
    /// The assignments of the team's panel.
    let assignments: [Panel.Assignment]
    /// The team's experts and regulators by id.
    let experts: [Int64: Expert]
    /// Who answers each section's items: the expert of that specialty (the leader for safety management; the
    /// chemical-design expert for equipment when the team has no equipment expert).
    let answeredBy: [Specialty: Int64]
    /// The members as the store's bulk writer stores them.
    let members: CampaignBulkWriter.Members

    /// The members of `team`, whose expert list indexes point into `experts` (stored, ids set).
    init(_ team: DemoTeam, experts list: [Expert]) {
        assignments = team.seats.map {
            Panel.Assignment(expertID: list[$0.expert].id!, role: $0.role, specialty: $0.specialty)
        }
        experts = Dictionary(uniqueKeysWithValues: team.seats.map { (list[$0.expert].id!, list[$0.expert]) })
        let seats = team.seats.filter(\.role.isExpert)
        let leader = list[seats[0].expert].id!
        var answeredBy: [Specialty: Int64] = [:]
        for specialty in Specialty.allCases {
            let fallback: Specialty = specialty == .equipment ? .chemicalDesign : .safetyManagement
            let seat = seats.first { $0.specialty == specialty } ?? seats.first { $0.specialty == fallback }
            answeredBy[specialty] = seat.map { list[$0.expert].id! } ?? leader
        }
        answeredBy[.safetyManagement] = leader
        self.answeredBy = answeredBy
        members = CampaignBulkWriter.Members(assignments)
    }

    /// Checks `visit` with ``PanelRules``; `previous` is the team's visit before it (its people's only other
    /// visit that could overlap). A broken rule is a generator bug.
    func check(_ visit: DemoVisit, team: DemoTeam, enterprise: Enterprise, previous: DemoVisit?) throws {
        let stored = PanelVisit(
            panelID: 0, enterpriseID: enterprise.id!, onSiteStart: DemoCampaignCalendar.date(visit.start),
            onSiteEnd: DemoCampaignCalendar.date(visit.end))
        var overlapping: [Int64: [PanelRules.Overlap]] = [:]
        if let previous, previous.end >= visit.start {
            let other = PanelVisit(
                panelID: 0, enterpriseID: enterprise.id!, onSiteStart: DemoCampaignCalendar.date(previous.start),
                onSiteEnd: DemoCampaignCalendar.date(previous.end))
            for id in experts.keys { overlapping[id] = [PanelRules.Overlap(panelName: team.name, visit: other)] }
        }
        let problems = PanelRules.problems(
            name: team.name, visit: stored, assignments: assignments, experts: experts, enterprise: enterprise,
            overlapping: overlapping)
        if !problems.isEmpty {
            throw StoreError(
                .database, message: "演示数据生成错误（专家组）：\(problems.map(\.message).joined(separator: "；"))")
        }
    }
}
