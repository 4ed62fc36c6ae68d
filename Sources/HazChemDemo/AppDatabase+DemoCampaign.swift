import Foundation
import HazChemCore
import HazChemStore
import HazChemTables

extension AppDatabase {
    /// Generates the deterministic demo campaign (``DemoCampaign``) into this database, which must hold no
    /// enterprises, experts, panels or assessments yet but must have its regions.
    ///
    /// One bulk write (``bulkWrite(actor:action:entity:entityID:_:)``): an interrupted run leaves the database as
    /// it was. Writes one audit row for the whole run (action `demo`, entity `demo_campaign`, entity id the
    /// seed, `after` the returned figures as JSON), not one per generated row.
    package func generateDemoCampaign(_ options: DemoCampaignOptions, actor: String) throws(StoreError)
        -> DemoCampaignSummary
    {
        guard options.enterprises >= 1 else {
            throw StoreError(.invalidInput, field: "企业数", message: "企业数至少为1，实际为\(options.enterprises)")
        }
        var tables: [EnterpriseKind: DemoChecklistIndex] = [:]
        var indexes: [String: DemoChecklistIndex] = [:]
        for kind in EnterpriseKind.allCases {
            let selected = try AssessmentTables.select(for: kind, directory: options.tablesDirectory)
            let key = selected.gradingSource.hash + selected.checklistSource.hash
            if indexes[key] == nil { indexes[key] = DemoChecklistIndex(selected) }
            tables[kind] = indexes[key]
        }
        let calculator = try AssessmentTables.loadCatalog(options.tablesDirectory).majorHazardReference.map {
            MajorHazardCalculator(reference: $0)
        }
        let campaign = DemoCampaign(options: options, tables: tables, calculator: calculator)
        let summary = try bulkWrite(
            actor: actor, action: "demo", entity: "demo_campaign", entityID: String(options.seed)
        ) { writer in try campaign.run(writer) }
        campaign.report(.finishing, 1, 1)
        return summary
    }
}
