import Foundation

/// Which audit-log rows to list; every criterion is optional.
package struct AuditFilter: Sendable, Equatable {
    /// Only this table, such as `enterprise`.
    package var entity: String?
    /// Only this record id (with `entity`).
    package var entityID: String?
    /// Only changes by this user.
    package var user: String?
    /// Only changes at or after this moment.
    package var since: Date?
    /// Only changes before this moment.
    package var until: Date?
    /// At most this many rows, newest first.
    package var limit: Int
    /// Rows of these tables are left out (failed sign-ins for users who are not administrators).
    package var excludedEntities: [String] = []

    /// Creates a filter; by default the 100 newest rows.
    package init(
        entity: String? = nil, entityID: String? = nil, user: String? = nil, since: Date? = nil,
        until: Date? = nil, limit: Int = 100
    ) {
        self.entity = entity
        self.entityID = entityID
        self.user = user
        self.since = since
        self.until = until
        self.limit = limit
    }
}
