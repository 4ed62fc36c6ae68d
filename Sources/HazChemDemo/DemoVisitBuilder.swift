import Foundation
import HazChemCore
import HazChemStore

/// One visit built: its assessment versions and what the writer binds for each.
struct DemoBuiltVisit: Sendable {
    var versions: [DemoAssessmentVersion]
    var rows: [PreparedAssessmentVersion]
}

/// Builds the assessment of one visit from read-only run data; shared by the threads of a batch.
struct DemoVisitBuilder: Sendable {
    let seed: UInt64
    let asOf: Int
    let tables: [EnterpriseKind: DemoChecklistIndex]
    let enterprises: [DemoEnterprise]
    let panels: DemoCampaignPanels
    /// The stored experts (ids set), by list index.
    let experts: [Expert]
    /// Their ids.
    let expertIDs: [Int64]
    /// Each team's people.
    let members: [DemoTeamMembers]
    /// Scenarios fixed for some visit positions (``DemoScenario/forced``).
    let forced: [Int: DemoScenario]

    /// The visit at `position`: its panel checked, its versions (one, or two for a correction) built and
    /// turned into rows. The checklist response objects are dropped to save memory.
    func build(_ position: Int) throws -> DemoBuiltVisit {
        let visit = panels.visits[position]
        let enterprise = enterprises[visit.enterprise]
        let team = panels.teams[visit.team]
        try members[visit.team].check(
            visit, team: team, enterprise: enterprise.record,
            previous: panels.previous[position].map { panels.visits[$0] })
        var random = DemoCampaignRandom(seed: seed, stream: 5, index: enterprise.index)
        let scenario = forced[position] ?? DemoScenario.random(enterprise.record.kind, &random)
        let index = tables[enterprise.record.kind]!
        var builder = DemoAssessmentBuilder(
            asOf: asOf, index: index, enterprise: enterprise.record, team: team, experts: experts, visit: visit,
            random: DemoCampaignRandom(seed: seed, stream: 4, index: enterprise.index))
        var versions = try builder.build(scenario)
        let context = DemoVersionContext(
            visit: visit, index: index, members: members[visit.team], expertIDs: expertIDs, asOf: asOf)
        let rows = versions.map { $0.prepared(context) }
        for index in versions.indices { versions[index].responses = ChecklistResponses(checklistId: "") }
        return DemoBuiltVisit(versions: versions, rows: rows)
    }
}

/// A batch of visits being built in the background, on all processor cores.
///
/// Each visit has its own random streams, so the result does not depend on the order the threads run in.
struct DemoBatch {
    private let group = DispatchGroup()
    private let results: DemoBatchResults

    /// Starts building the visits at `positions`.
    init(_ builder: DemoVisitBuilder, positions: Range<Int>) {
        let results = DemoBatchResults(count: positions.count)
        self.results = results
        DispatchQueue.global().async(group: group) {
            DispatchQueue.concurrentPerform(iterations: positions.count) { offset in
                results[offset] = Result { try builder.build(positions.lowerBound + offset) }
            }
        }
    }

    /// Waits for the batch; the versions of each visit in position order, or the first error.
    func wait() throws -> [DemoBuiltVisit] {
        group.wait()
        return try results.values.map { try $0.get() }
    }
}

/// The results of one batch, filled by several threads at distinct positions.
final class DemoBatchResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<DemoBuiltVisit, any Error>]

    /// Room for `count` results.
    init(count: Int) { results = Array(repeating: .success(DemoBuiltVisit(versions: [], rows: [])), count: count) }

    /// The result at `position`.
    subscript(position: Int) -> Result<DemoBuiltVisit, any Error> {
        get { lock.withLock { results[position] } }
        set { lock.withLock { results[position] = newValue } }
    }

    /// Every result, in position order.
    var values: [Result<DemoBuiltVisit, any Error>] { lock.withLock { results } }
}
