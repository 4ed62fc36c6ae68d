import Foundation
import HazChemCore
import HazChemStore

/// The assessment step of a demo run: one panel per team, and per visit its schedule entry and assessment (or
/// two versions).
struct DemoCampaignRun {
    let campaign: DemoCampaign
    let asOf: Int
    let enterprises: [DemoEnterprise]
    let panels: DemoCampaignPanels
    /// The stored experts (ids set), by list index.
    let experts: [Expert]
    let writer: CampaignBulkWriter

    /// Forms every panel, builds and stores every assessment, then updates the operating status of
    /// enterprises the bureau suspended or closed.
    mutating func assessAll(summary: inout DemoCampaignSummary) throws {
        let members = panels.teams.map { DemoTeamMembers($0, experts: experts) }
        let builder = DemoVisitBuilder(
            seed: campaign.options.seed, asOf: asOf, tables: campaign.tables, enterprises: enterprises,
            panels: panels, experts: experts, expertIDs: experts.map { $0.id! }, members: members,
            forced: forcedScenarios())
        let panelIDs = try panels.teams.indices.map { index in
            try writer.insertPanel(
                name: panels.teams[index].name, regionCode: panels.teams[index].county.code,
                createdAt: DemoCampaignCalendar.moment(DemoCampaign.firstDay - 7, minutes: 540),
                members: members[index].members)
        }
        var statusChanges: [(Int64, OperatingStatus, Int)] = []
        let step = max(1, panels.visits.count / 100)
        var built: [DemoBuiltVisit] = []
        var next = DemoBatch(builder, positions: 0..<min(Self.batchSize, panels.visits.count))
        for (position, visit) in panels.visits.enumerated() {
            let batch = position % Self.batchSize
            if batch == 0 {
                built = try next.wait()
                let end = min(position + 2 * Self.batchSize, panels.visits.count)
                next = DemoBatch(builder, positions: min(position + Self.batchSize, end)..<end)
            }
            let versions = built[batch].versions
            let enterprise = enterprises[visit.enterprise].record
            let panelID = panelIDs[visit.team]
            _ = try writer.insertVisit(
                panelID: panelID, enterpriseID: enterprise.id!,
                onSite: (DemoCampaignCalendar.date(visit.start), DemoCampaignCalendar.date(visit.end)),
                createdAt: DemoCampaignCalendar.moment(versions[0].created, minutes: 510))
            var previous: Int64?
            for (number, rows) in built[batch].rows.enumerated() {
                previous = try writer.insertAssessment(
                    rows, enterpriseID: enterprise.id!, panelID: panelID, version: number + 1, previous: previous)
            }
            count(versions, visit: visit, summary: &summary)
            if let decision = versions.last?.disposition, let action = decision.action {
                let day = DemoCampaignCalendar.day(decision.decisionDate)
                statusChanges.append((enterprise.id!, action == .close ? .closed : .suspended, day))
            }
            if (position + 1) % step == 0 || position + 1 == panels.visits.count {
                campaign.report(.assessments, position + 1, panels.visits.count)
            }
        }
        summary.panels = panels.teams.count
        summary.visits = panels.visits.count
        for (id, status, day) in statusChanges {
            try writer.setOperatingStatus(status, enterpriseID: id, at: DemoCampaignCalendar.moment(day, minutes: 660))
        }
    }

    /// Visits built at a time: the next batch is built on the other cores while this one is written.
    static let batchSize = 256

    /// Visit positions given a forced scenario: spread over the visits that end early enough to be decided
    /// by the as-of day, each on an enterprise of the kind it prefers when there is one.
    private func forcedScenarios() -> [Int: DemoScenario] {
        let eligible = panels.visits.indices.filter { panels.visits[$0].end <= asOf - 45 }
        guard !eligible.isEmpty else { return [:] }
        var result: [Int: DemoScenario] = [:]
        let forced = DemoScenario.forced
        for (number, entry) in forced.enumerated() {
            let start = (number + 1) * eligible.count / (forced.count + 1)
            let order = (0..<eligible.count).map { eligible[(start + $0) % eligible.count] }
            let free = order.filter { result[$0] == nil }
            let kind = entry.kind
            let chosen = free.first { kind == nil || enterprises[panels.visits[$0].enterprise].record.kind == kind }
            if let position = chosen ?? free.first { result[position] = entry.scenario }
        }
        return result
    }

    /// Adds one visit's versions to the key figures.
    private func count(_ versions: [DemoAssessmentVersion], visit: DemoVisit, summary: inout DemoCampaignSummary) {
        summary.assessments += versions.count
        summary.corrections += versions.count - 1
        for version in versions { summary.assessmentsByStatus[version.status.rawValue, default: 0] += 1 }
        let first = versions[0]
        if first.status != .planned,
            ReportDeadline.isLate(due: visit.end + ReportDeadline.days, submitted: first.submitted, asOf: asOf)
        {
            summary.lateReports += 1
        }
        guard let latest = versions.last(where: { $0.status.isFrozen }), let sheet = latest.sheet else { return }
        summary.grades[sheet.grade.rawValue, default: 0] += 1
        if sheet.grade == .red, !sheet.directRed.isEmpty { summary.directRed += 1 }
        if let decision = latest.disposition {
            summary.dispositions[decision.dispositionClass.rawValue, default: 0] += 1
            if let action = decision.action { summary.closureActions[action.rawValue, default: 0] += 1 }
        }
        for version in versions {
            for hazard in version.hazards {
                summary.hazards[hazard.status.rawValue, default: 0] += 1
                if hazard.draft.level == .major { summary.majorHazards += 1 }
                if HazardTransition.isOverdue(status: hazard.status, deadline: hazard.deadline, asOf: asOf) {
                    summary.overdueHazards += 1
                }
            }
        }
    }
}
