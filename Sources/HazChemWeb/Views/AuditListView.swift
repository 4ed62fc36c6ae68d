import Foundation
import HazChemStore

/// The audit log page (`GET /audit`, administrators and the prefecture): filters and one page of entries,
/// newest first.
struct AuditListView {
    struct Row {
        var id: Int64
        var at: String
        var user: String
        var action: String
        var entity: String
        var entityID: String
        var change: String
    }

    var entity: String
    var user: String
    var rows: [Row]
    var empty: Bool
    var pager: Pager

    /// The store filter for `query`: table name and user, both exact.
    static func filter(from query: FormData) -> AuditFilter {
        AuditFilter(entity: query.text("entity"), user: query.text("user"))
    }

    init(_ found: ListPage<AuditEntry>, query: FormData) {
        entity = query.text("entity") ?? ""
        user = query.text("user") ?? ""
        let format = Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "Asia/Shanghai")!)
            .year().month().day().time(includingFractionalSeconds: false).timeSeparator(.colon)
            .dateTimeSeparator(.space)
        rows = found.rows.map {
            Row(
                id: $0.id ?? 0, at: $0.at.formatted(format), user: $0.user, action: $0.action, entity: $0.entity,
                entityID: $0.entityID ?? "—", change: Self.short($0.after ?? $0.before ?? ""))
        }
        empty = rows.isEmpty
        pager = Pager(found, path: "/audit", query: query, unit: "条")
    }

    /// The first 160 characters of a record's JSON, for the table.
    static func short(_ json: String) -> String { json.count > 160 ? String(json.prefix(160)) + "…" : json }
}
