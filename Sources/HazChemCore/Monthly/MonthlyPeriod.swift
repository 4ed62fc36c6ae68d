import Foundation
import HazChemCore

/// A calendar month (YYYY-MM) the monthly report covers, with the days the counting rules use.
package struct MonthlyPeriod: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year, 1900–9998.
    package let year: Int
    /// The month, 1–12.
    package let month: Int

    /// Creates a period when the parts name a month the store can date (1900-01 to 9998-12).
    package init?(year: Int, month: Int) {
        guard (1900...9998).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Parses `2019-06` (also `2019-6`, `2019/06`, `2019年6月`, `201906`).
    package init?(parsing text: String) {
        let t = text.trimmed
        if t.count == 6, t.allSatisfy({ $0.isASCII && $0.isNumber }), let y = Int(t.prefix(4)),
            let m = Int(t.suffix(2))
        {
            self.init(year: y, month: m)
            return
        }
        let cleaned = t.hasSuffix("月") ? String(t.dropLast()) : t
        let parts = cleaned.split(omittingEmptySubsequences: false, whereSeparator: { "-/.年".contains($0) })
        guard parts.count == 2, parts[0].count == 4, (1...2).contains(parts[1].count),
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let y = Int(parts[0]), let m = Int(parts[1])
        else { return nil }
        self.init(year: y, month: m)
    }

    /// The month containing `day`.
    package init(containing day: LocalDate) {
        year = day.year
        month = day.month
    }

    /// The first day of the month.
    package var firstDay: LocalDate { LocalDate(year: year, month: month, day: 1)! }

    /// The last day of the month: the end date every "as of end of M" figure is measured on.
    package var lastDay: LocalDate {
        for day in stride(from: 31, through: 28, by: -1) {
            if let date = LocalDate(year: year, month: month, day: day) { return date }
        }
        preconditionFailure("every month has at least 28 days")
    }

    /// The month after this one.
    package var next: MonthlyPeriod {
        month == 12 ? MonthlyPeriod(year: year + 1, month: 1)! : MonthlyPeriod(year: year, month: month + 1)!
    }

    /// The day the counties' report for this month is due: the 1st of the next month (DOMAIN.md section 1).
    package var dueDate: LocalDate { next.firstDay }

    /// `2019-06`, as stored in `monthly_submission.month`.
    package var description: String { month < 10 ? "\(year)-0\(month)" : "\(year)-\(month)" }

    /// `2019年6月`, for titles.
    package var label: String { "\(year)年\(month)月" }

    package static func < (lhs: MonthlyPeriod, rhs: MonthlyPeriod) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}
