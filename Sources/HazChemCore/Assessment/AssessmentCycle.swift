import Foundation

/// How often an enterprise is re-assessed, and when its next assessment falls due.
///
/// The 应急〔2018〕19号 notice: an enterprise is normally re-assessed every three years. The next assessment is
/// due `years` after the last signed (or disposition-decided) assessment's last day on site, the same day of
/// the month (29 February to a year without one gives 1 March, as SQLite's `date(d, '+N years')` does, so the
/// store's SQL and this rule agree). **decision**: an enterprise never assessed is due now (应即评估), not overdue;
/// a closed enterprise (关闭) is not due at all.
package struct AssessmentCycle: Sendable, Equatable {
    /// Years between assessments, 1–10.
    package let years: Int

    /// The 19号 cycle: three years.
    package static let standard = AssessmentCycle(validYears: 3)

    /// The cycle lengths accepted.
    package static let allowedYears = 1...10

    /// A cycle of `years`, nil outside ``allowedYears``.
    package init?(years: Int) {
        guard Self.allowedYears.contains(years) else { return nil }
        self.years = years
    }

    private init(validYears: Int) { years = validYears }

    /// Parses a cycle length written by a user (`3`), nil when it is not a whole number in ``allowedYears``.
    package init?(parsing text: String) {
        guard let value = Int(text.trimmed) else { return nil }
        self.init(years: value)
    }

    /// Where an enterprise stands in the cycle on a given day.
    package enum Due: Sendable, Equatable {
        /// Closed: no further assessment.
        case notRequired
        /// Never assessed: due now.
        case never
        /// Next assessment due on this day, not yet passed.
        case due(LocalDate)
        /// The due day has passed without a new signed assessment: 逾期未评估.
        case overdue(LocalDate)

        /// The due day, when there is one.
        package var date: LocalDate? {
            switch self {
            case .due(let day), .overdue(let day): day
            case .notRequired, .never: nil
            }
        }

        /// Whether the enterprise is flagged 逾期未评估.
        package var isOverdue: Bool {
            if case .overdue = self { return true }
            return false
        }

        /// The text users see: `2025-06-30`, `2022-06-30（逾期未评估）`, `未评估，应即评估` or `不需评估（已关闭）`.
        package var label: String {
            switch self {
            case .notRequired: "不需评估（已关闭）"
            case .never: "未评估，应即评估"
            case .due(let day): day.description
            case .overdue(let day): "\(day)（逾期未评估）"
            }
        }
    }

    /// The day the next assessment falls due after one ending on `lastAssessed`.
    package func nextDue(after lastAssessed: LocalDate) -> LocalDate {
        let year = min(lastAssessed.year + years, 9999)
        return LocalDate(year: year, month: lastAssessed.month, day: lastAssessed.day)
            ?? LocalDate(year: year, month: 3, day: 1)!
    }

    /// Where an enterprise last assessed on `lastAssessed` (nil: never) stands on `today`.
    package func due(lastAssessed: LocalDate?, closed: Bool, today: LocalDate) -> Due {
        if closed { return .notRequired }
        guard let lastAssessed else { return .never }
        let day = nextDue(after: lastAssessed)
        return day < today ? .overdue(day) : .due(day)
    }
}
