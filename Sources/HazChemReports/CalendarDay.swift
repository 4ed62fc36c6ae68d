import Foundation

/// A calendar date without time or time zone (a deadline, an assessment date), written as an Excel date.
package struct CalendarDay: Hashable, Comparable, Sendable {
    /// The year, e.g. 2019.
    package var year: Int
    /// The month, 1–12.
    package var month: Int
    /// The day of the month, 1–31.
    package var day: Int

    /// Creates a day; `isValid` tells whether it exists in the Gregorian calendar.
    package init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The calendar day of an instant in the given time zone (China Standard Time by default).
    package init(_ date: Date, timeZone: TimeZone = CalendarDay.chinaTimeZone) {
        let seconds = date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))
        let days = Int((seconds / 86_400).rounded(.down))
        self = CalendarDay(daysSinceUnixEpoch: days)
    }

    /// UTC+8, the time zone every bureau works in.
    package static let chinaTimeZone = TimeZone(secondsFromGMT: 8 * 3600)!

    /// Whether this date exists (month 1–12, day within the month, year 1900–9999 as Excel allows).
    package var isValid: Bool {
        guard (1900...9999).contains(year), (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let length = month == 2 ? (leap ? 29 : 28) : (month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31)
        return day <= length
    }

    /// Days since 1970-01-01 (negative before), by the proleptic Gregorian calendar.
    package var daysSinceUnixEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Creates the day that is `days` after 1970-01-01.
    package init(daysSinceUnixEpoch days: Int) {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// The Excel serial number (1900 date system): 1 is 1900-01-01, 43466 is 2019-01-01.
    ///
    /// Excel counts the non-existent 1900-02-29, so days from 1900-03-01 on are one more than a plain count.
    package var excelSerial: Int {
        let days = daysSinceUnixEpoch + 25_569
        return days >= 61 ? days : days - 1
    }

    /// The day an Excel serial number stands for (its integer part; the phantom day 60 reads as 1900-03-01).
    package init(excelSerial serial: Double) {
        let whole = Int(serial.rounded(.down))
        self.init(daysSinceUnixEpoch: (whole >= 61 ? whole : whole + 1) - 25_569)
    }

    package static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

extension CalendarDay: CustomStringConvertible {
    /// `2019-07-01`.
    package var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }
}
