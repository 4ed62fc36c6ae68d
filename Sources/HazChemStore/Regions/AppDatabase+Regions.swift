import Foundation
import GRDB

extension AppDatabase {
    /// Inserts new regions and updates changed ones from the configuration; never deletes.
    ///
    /// Returns how many regions were inserted or changed; each change is audited (entity `region`).
    @discardableResult
    package func syncRegions(_ regions: [Region], actor: String) throws(StoreError) -> Int {
        try Self.checkActor(actor)
        return try write { db in
            var changes = 0
            for region in regions {
                let existing = try Region.fetchOne(db, key: region.code)
                if existing == region { continue }
                try region.save(db)
                try audit(
                    db, actor: actor, action: existing == nil ? "create" : "update", entity: "region",
                    entityID: region.code, before: existing.map(AuditJSON.encode), after: AuditJSON.encode(region))
                changes += 1
            }
            return changes
        }
    }

    /// Every region, prefecture first, then counties in configuration order.
    package func regions() throws(StoreError) -> [Region] {
        try read { db in try Region.order(Column("position"), Column("code")).fetchAll(db) }
    }

    /// The regions indexed for lookups by code, name or alias.
    package func regionDirectory() throws(StoreError) -> RegionDirectory {
        RegionDirectory(try regions())
    }
}
