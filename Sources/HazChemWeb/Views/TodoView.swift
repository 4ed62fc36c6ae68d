import Foundation
import HazChemCore
import HazChemStore

/// The home page's to-do list (待办), grouped by kind; each group shows its first ``TodoList/shownPerKind`` items and counts the rest.
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

    var week: String
    var groups: [Group]
    var empty: Bool

    init(_ list: TodoList) {
        week = "\(list.week.start) 至 \(list.week.end)"
        groups = TodoItem.Kind.allCases.compactMap { kind in
            let items = list.items(kind)
            let count = list.count(kind)
            guard count.total > 0 else { return nil }
            let shown = items.prefix(TodoList.shownPerKind).map {
                Entry(title: $0.title, detail: $0.detail, href: $0.href, overdue: $0.overdue)
            }
            return Group(
                label: kind.label, count: count.total, overdueCount: count.overdue, hasOverdue: count.overdue > 0,
                entries: Array(shown), more: count.total - shown.count, hasMore: count.total > shown.count)
        }
        empty = groups.isEmpty
    }
}
