import Foundation
import GRDB

extension AppDatabase {
    /// The audit-log rows matching `filter`, newest first.
    package func auditLog(_ filter: AuditFilter = AuditFilter()) throws(StoreError) -> [AuditEntry] {
        try read { db in try Self.auditRequest(filter).limit(max(0, filter.limit)).fetchAll(db) }
    }

    /// One page of the audit-log rows matching `filter` (its `limit` is ignored), newest first.
    package func auditPage(_ filter: AuditFilter, page: Int, pageSize: Int) throws(StoreError) -> ListPage<AuditEntry> {
        try read { db in
            let request = Self.auditRequest(filter)
            let total = try request.fetchCount(db)
            let window = ListPage<AuditEntry>.window(page: page, pageSize: pageSize, total: total)
            return ListPage(
                rows: try request.limit(window.size, offset: window.offset).fetchAll(db), total: total,
                page: window.page, pageSize: window.size)
        }
    }

    private static func auditRequest(_ filter: AuditFilter) -> QueryInterfaceRequest<AuditEntry> {
        var request = AuditEntry.all()
        if let entity = filter.entity { request = request.filter(Column("entity") == entity) }
        if !filter.excludedEntities.isEmpty {
            request = request.filter(!filter.excludedEntities.contains(Column("entity")))
        }
        if let id = filter.entityID { request = request.filter(Column("entity_id") == id) }
        if let user = filter.user { request = request.filter(Column("user") == user) }
        if let since = filter.since { request = request.filter(Column("at") >= since) }
        if let until = filter.until { request = request.filter(Column("at") < until) }
        return request.order(Column("id").desc)
    }

    /// Appends one audit row in the caller's transaction, stamped with this database's clock.
    func audit(
        _ db: Database, actor: String, action: String, entity: String, entityID: String?,
        before: String? = nil, after: String? = nil
    ) throws {
        try AuditEntry.append(
            db, at: now(), user: actor, action: action, entity: entity, entityID: entityID, before: before,
            after: after)
    }
}
