import Foundation
import HazChemCore
import HazChemStore

/// Day arithmetic for the demo campaign on plain day numbers (days since 1970-01-01), much cheaper than
/// `Calendar` when a run handles hundreds of thousands of dates.
enum DemoCampaignCalendar {
    /// The day number of a calendar date.
    static func day(_ year: Int, _ month: Int, _ day: Int) -> Int {
        LocalDate(year: year, month: month, day: day)!.daysSinceUnixEpoch
    }

    /// The day number of `date`.
    static func day(_ date: LocalDate) -> Int { date.daysSinceUnixEpoch }

    /// Year, month and day of a day number.
    static func parts(_ n: Int) -> (year: Int, month: Int, day: Int) {
        let date = date(n)
        return (date.year, date.month, date.day)
    }

    /// The calendar date of a day number.
    static func date(_ n: Int) -> LocalDate { LocalDate(daysSinceUnixEpoch: n)! }

    /// `2019-06-03`.
    static func text(_ n: Int) -> String { date(n).description }

    /// 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday).
    static func weekday(_ n: Int) -> Int { ((n % 7) + 7 + 3) % 7 }

    /// The moment `minutes` after local midnight (UTC+8, the campaign's time zone) of day `n`.
    static func moment(_ n: Int, minutes: Int) -> Date {
        Date(timeIntervalSince1970: TimeInterval((n * 1440 + minutes - 8 * 60) * 60))
    }

    /// The campaign clock's reading `minutes` after midnight of day `n`, as the server records entries
    /// (``RecordedTime``): the demo's users enter everything on the day they state, so nothing reads as 补录.
    static func recorded(_ n: Int, minutes: Int) -> RecordedTime { RecordedTime(day: date(n), minuteOfDay: minutes)! }

    /// The working days (Monday to Friday, public holidays of 2019 excluded) from `first` to `last`.
    static func workingDays(from first: Int, through last: Int) -> [Int] {
        let holidays: Set<Int> = Set(
            [day(2019, 6, 7), day(2019, 9, 13)] + (1...7).map { day(2019, 10, $0) })
        return (first...last).filter { weekday($0) < 5 && !holidays.contains($0) }
    }

    /// The first day of the month after the one holding day `n`.
    static func firstOfNextMonth(_ n: Int) -> Int {
        let p = parts(n)
        return p.month == 12 ? day(p.year + 1, 1, 1) : day(p.year, p.month + 1, 1)
    }
}
