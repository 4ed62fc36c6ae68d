import Foundation
import HazChemCore
import HazChemStore

/// The home page's to-do list (待办), grouped by kind; each group shows its first ``limit`` items.
struct TodoView {
    /// One entry.
    struct Entry {
        var title: String
        var detail: String
        var href: String
        var overdue: Bool
    }

    /// One kind's entries.
    struct Group {
        var label: String
        var count: Int
        var overdueCount: Int
        var hasOverdue: Bool
        var entries: [Entry]
        var more: Int
        var hasMore: Bool
    }

    /// Entries shown per group.
    static let limit = 8

    var week: String
    var groups: [Group]
    var empty: Bool

    init(_ list: TodoList) {
        week = "\(list.week.start) 至 \(list.week.end)"
        groups = TodoItem.Kind.allCases.compactMap { kind in
            let items = list.items(kind)
            guard !items.isEmpty else { return nil }
            let shown = items.prefix(Self.limit).map {
                Entry(title: $0.title, detail: $0.detail, href: $0.href, overdue: $0.overdue)
            }
            return Group(
                label: kind.label, count: items.count, overdueCount: items.filter(\.overdue).count,
                hasOverdue: items.contains(where: \.overdue),
                entries: Array(shown), more: items.count - shown.count, hasMore: items.count > shown.count)
        }
        empty = groups.isEmpty
    }
}
