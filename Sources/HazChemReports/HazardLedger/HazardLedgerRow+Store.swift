import Foundation
import HazChemCore
import HazChemStore
import HazChemXLSX

extension HazardLedgerRow {
    /// The ledger row of a stored hazard: `item` is the item id with its requirement when `checklist` (the
    /// assessment's snapshot) has it, else the id alone.
    package init(
        _ listing: HazardListing, countyName: String, checklist: Checklist?, photos: [PhotoStage: Int] = [:]
    ) {
        let hazard = listing.hazard
        var item = hazard.itemID ?? ""
        if let id = hazard.itemID, let requirement = checklist?.item(id: id)?.requirement {
            item = "\(id) \(requirement)"
        }
        self.init(
            enterpriseName: listing.enterprise.name, county: countyName, item: item, description: hazard.description,
            level: hazard.level, basis: hazard.basis, measure: hazard.measure,
            deadline: hazard.deadline, responsible: hazard.responsiblePerson,
            status: hazard.status, rectifiedOn: hazard.rectifiedAt,
            verifiedOn: hazard.verifiedAt)
        hazardID = hazard.id
        self.photos = PhotoStage.allCases.compactMap { stage in
            photos[stage].map { PhotoCount(stage: stage.label, count: $0) }
        }
    }
}

extension HazardLedgerWriter {
    /// Writes the ledger of the stored hazards matching `filter`, with county names and item texts.
    @discardableResult
    package func write(from database: AppDatabase, filter: HazardFilter, to url: URL) throws -> Summary {
        let listings = try database.hazards(filter)
        let checklists = try database.checklists(ofAssessments: Set(listings.map(\.hazard.assessmentID)))
        let regions = try database.regionDirectory()
        let photos = try database.hazardPhotoCounts()
        let rows = listings.lazy.map { listing in
            HazardLedgerRow(
                listing,
                countyName: regions.county(code: listing.enterprise.countyCode)?.name ?? listing.enterprise.countyCode,
                checklist: checklists[listing.hazard.assessmentID], photos: photos[listing.hazard.id ?? 0] ?? [:])
        }
        return try write(rows, to: url)
    }
}
