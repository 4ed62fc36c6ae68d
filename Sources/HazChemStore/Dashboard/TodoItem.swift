import Foundation
import GRDB
import HazChemCore

/// One entry of a home page's to-do list (待办): what is due, when, and where it is acted on.
package struct TodoItem: Sendable, Equatable {
    /// The kinds, in the order the list shows them.
    package enum Kind: String, Sendable, CaseIterable, Comparable {
        /// An on-site visit (现场评估) within this week.
        case visit
        /// An assessment report due within 10 days, or overdue.
        case report
        /// A hazard's rectification deadline within 7 days, or past.
        case hazard
        /// A county's monthly report (due by the 1st).
        case monthly
        /// An enterprise whose next assessment (assessment cycle) is due within 30 days, or overdue.
        case nextAssessment

        /// The heading of the kind's group.
        package var label: String {
            switch self {
            case .visit: "本周现场评估"
            case .report: "评估报告待提交"
            case .hazard: "隐患整改到期"
            case .monthly: "月报报送"
            case .nextAssessment: "应开展评估的企业"
            }
        }

        package static func < (lhs: Kind, rhs: Kind) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// The kind.
    package var kind: Kind
    /// What it concerns: an enterprise's or a county's name.
    package var title: String
    /// What is to be done, in Chinese, dates included.
    package var detail: String
    /// The day it is due (the visit's first day for visits), nil when none is set.
    package var date: LocalDate?
    /// Whether the day has passed.
    package var overdue: Bool
    /// Where it is acted on.
    package var href: String

    /// Creates an item.
    package init(kind: Kind, title: String, detail: String, date: LocalDate?, overdue: Bool, href: String) {
        self.kind = kind
        self.title = title
        self.detail = detail
        self.date = date
        self.overdue = overdue
        self.href = href
    }
}

/// The to-do list of one scope on one day.
package struct TodoList: Sendable, Equatable {
    /// Days ahead a report due date is listed.
    package static let reportDays = 10
    /// Days ahead a hazard deadline is listed.
    package static let hazardDays = 7
    /// Days ahead a next assessment (cycle) is listed.
    package static let cycleDays = 30
    /// Days before its due date (the 1st) the current month's report is listed.
    package static let monthlyDays = 5

    /// Items shown per kind; the rest are counted (``counts``), not loaded.
    package static let shownPerKind = 8

    /// How many items a kind has in all, and how many of them are overdue.
    package struct Count: Sendable, Equatable {
        package var total: Int
        package var overdue: Int

        package init(total: Int, overdue: Int) {
            self.total = total
            self.overdue = overdue
        }

        /// Read from the `todo_total`/`todo_overdue` columns of ``firstCounted(_:order:overdue:)`` (zero rows: 0).
        init(_ rows: [Row]) {
            total = rows.first?["todo_total"] ?? 0
            overdue = rows.first?["todo_overdue"] ?? 0
        }
    }

    /// The first ``shownPerKind`` of the rows the query `rows` selects, in `order` (over its columns), with three
    /// more columns: `todo_total` counting all its rows, `todo_overdue` those where the SQL condition `overdue`
    /// holds, and `todo_position` (1, 2, …) to order the shown rows by once joined to what they show. The rows
    /// are materialised once and counted apart, so only the first are sorted (a window count sorted every
    /// enterprise of the national database).
    static func firstCounted(_ rows: SQL, order: String, overdue: String) -> SQL {
        """
        WITH listed AS MATERIALIZED (\(rows)),
        counts AS (SELECT count(*) AS todo_total, coalesce(sum(\(sql: overdue)), 0) AS todo_overdue FROM listed)
        SELECT shown.*, counts.*, row_number() OVER (ORDER BY \(sql: order)) AS todo_position
        FROM (SELECT * FROM listed ORDER BY \(sql: order) LIMIT \(shownPerKind)) shown, counts
        """
    }

    /// The day the list was computed for (the server clock).
    package var today: LocalDate
    /// Monday and Sunday of today's week.
    package var week: (start: LocalDate, end: LocalDate) { TodoList.week(of: today) }
    /// The items: by kind, overdue first, then by date.
    package var items: [TodoItem]

    /// Per kind, the number of items in all; kinds not given are counted from `items`.
    package var counts: [TodoItem.Kind: Count]

    /// Creates a list, sorting the items; `counts` gives the totals of kinds whose items were loaded only in
    /// part (at most ``shownPerKind``).
    package init(today: LocalDate, items: [TodoItem], counts: [TodoItem.Kind: Count] = [:]) {
        self.today = today
        var all = counts
        for kind in TodoItem.Kind.allCases where all[kind] == nil {
            let mine = items.filter { $0.kind == kind }
            all[kind] = Count(total: mine.count, overdue: mine.filter(\.overdue).count)
        }
        self.counts = all
        self.items = items.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.kind != y.kind { return x.kind < y.kind }
            if x.overdue != y.overdue { return x.overdue }
            if x.date != y.date { return (x.date ?? today) < (y.date ?? today) }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// The items of one kind.
    package func items(_ kind: TodoItem.Kind) -> [TodoItem] { items.filter { $0.kind == kind } }

    /// Monday to Sunday of the week holding `day`.
    package static func week(of day: LocalDate) -> (start: LocalDate, end: LocalDate) {
        // 1970-01-01 was a Thursday: Monday-based weekday index is (days + 3) mod 7.
        let weekday = ((day.daysSinceUnixEpoch + 3) % 7 + 7) % 7
        let start = day.adding(days: -weekday)
        return (start, start.adding(days: 6))
    }

    /// The number of items of `kind` in all, and overdue.
    package func count(_ kind: TodoItem.Kind) -> Count { counts[kind] ?? Count(total: 0, overdue: 0) }

    package static func == (lhs: TodoList, rhs: TodoList) -> Bool {
        lhs.today == rhs.today && lhs.items == rhs.items && lhs.counts == rhs.counts
    }
}
