import Foundation
import GRDB

/// One row of the append-only audit log: who changed what, when, and the record before and after.
package struct AuditEntry: Sendable, Equatable, Codable {
    /// The row id, nil before insertion.
    package var id: Int64?
    /// When the change was made.
    package var at: Date
    /// Who made it (the `actor` given to the store API).
    package var user: String
    /// What was done: `create`, `update`, `import`, `sync`.
    package var action: String
    /// The table concerned: `enterprise`, `expert`, `panel`, `region`.
    package var entity: String
    /// The record's id (or region code); nil for actions on a whole table such as an import summary.
    package var entityID: String?
    /// The record as JSON before the change; nil for creations.
    package var before: String?
    /// The record as JSON after the change.
    package var after: String?

    /// Creates an entry.
    package init(
        id: Int64? = nil, at: Date, user: String, action: String, entity: String, entityID: String?,
        before: String?, after: String?
    ) {
        self.id = id
        self.at = at
        self.user = user
        self.action = action
        self.entity = entity
        self.entityID = entityID
        self.before = before
        self.after = after
    }
}

// MARK: - Database

extension AuditEntry: FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "audit_log"

    package enum CodingKeys: String, CodingKey {
        case id, at, user, action, entity
        case entityID = "entity_id"
        case before = "before_json"
        case after = "after_json"
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// Appends an entry through a cached statement (imports write one per row).
    static func append(
        _ db: Database, at: Date, user: String, action: String, entity: String, entityID: String?,
        before: String?, after: String?
    ) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO audit_log (at, user, action, entity, entity_id, before_json, after_json)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
        try statement.execute(arguments: [at, user, action, entity, entityID, before, after])
    }
}
