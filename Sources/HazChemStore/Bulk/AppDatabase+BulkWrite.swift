import Foundation
import GRDB

extension AppDatabase {
    /// Writes many rows in one transaction through a ``CampaignBulkWriter`` (the demo generator, test builders).
    ///
    /// `body` gets a writer whose statements are prepared once; when it returns, one audit row is appended
    /// (`action`, `entity`, `entityID` as given, `after` the returned value as JSON), not one per row. Any
    /// error rolls the whole transaction back, so an interrupted run leaves the database as it was. The rows go
    /// in as the real lifecycle writes them (children while unsigned, the status raised last), so the
    /// immutability triggers stay in force.
    package func bulkWrite<T: Encodable>(
        actor: String, action: String, entity: String, entityID: String?,
        _ body: (CampaignBulkWriter) throws -> T
    ) throws(StoreError) -> T {
        try Self.checkActor(actor)
        return try write { db in
            let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
            try db.execute(sql: "PRAGMA cache_size = -131072")  // 128 MiB while the run writes: no page spills
            defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
            let writer = try CampaignBulkWriter(db)
            let result = try body(writer)
            try writer.finish()
            try audit(
                db, actor: actor, action: action, entity: entity, entityID: entityID,
                after: try AuditJSON.encode(result))
            return result
        }
    }
}
