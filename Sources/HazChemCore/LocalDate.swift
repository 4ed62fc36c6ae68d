import Foundation

/// A calendar day without time or zone (licence expiry, on-site dates, deadlines), written `YYYY-MM-DD`.
///
/// Only real Gregorian days from 1900 through 9999 (the years Excel can hold) can be made.
package struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year, 1900–9999.
    package let year: Int
    /// The month, 1–12.
    package let month: Int
    /// The day of the month, 1–31 (checked against the month and leap years).
    package let day: Int

    /// Creates a date when the parts name a real calendar day.
    package init?(year: Int, month: Int, day: Int) {
        guard (1900...9999).contains(year), (1...12).contains(month),
            (1...LocalDate.days(inMonth: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `2019-06-30`, `2019/6/30`, `2019.6.30`, `2019年6月30日` or `20190630`.
    package init?(parsing text: String) {
        let t = text.trimmed
        let utf8 = Array(t.utf8)
        if utf8.count == 10, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-") {
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for byte in utf8[range] {
                    guard (48...57).contains(byte) else { return nil }
                    value = value * 10 + Int(byte - 48)
                }
                return value
            }
            guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
            self.init(year: y, month: m, day: d)
            return
        }
        var parts: [Int] = []
        if t.count == 8, t.allSatisfy({ $0.isASCII && $0.isNumber }) {
            let digits = Array(t)
            parts = [String(digits[0..<4]), String(digits[4..<6]), String(digits[6..<8])].compactMap { Int($0) }
        } else {
            let cleaned = t.hasSuffix("日") ? String(t.dropLast()) : t
            let pieces = cleaned.split(omittingEmptySubsequences: false, whereSeparator: { "-/.年月".contains($0) })
            guard pieces.count == 3, pieces.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0.isASCII } })
            else { return nil }
            parts = pieces.compactMap { Int($0) }
        }
        guard parts.count == 3 else { return nil }
        self.init(year: parts[0], month: parts[1], day: parts[2])
    }

    /// The calendar day of an instant in a time zone; nil outside 1900–9999.
    package init?(_ instant: Date, timeZone: TimeZone) {
        let seconds = instant.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: instant))
        self.init(daysSinceUnixEpoch: Int((seconds / 86_400).rounded(.down)))
    }

    /// Today in a time zone, the machine's by default.
    package static func today(_ now: Date = Date(), in timeZone: TimeZone = .current) -> LocalDate {
        LocalDate(now, timeZone: timeZone)!
    }

    /// UTC+8, the time zone every bureau works in.
    package static let chinaTimeZone = TimeZone(secondsFromGMT: 8 * 3600)!

    /// `2019-06-30`.
    package var description: String {
        let y = String(year)
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(y)-\(m)-\(d)"
    }

    package static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

// MARK: - Day arithmetic

extension LocalDate {
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

    /// The day that is `days` after 1970-01-01; nil outside 1900–9999.
    package init?(daysSinceUnixEpoch days: Int) {
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

    /// The day `days` later (earlier when negative); the result must stay within 1900–9999.
    package func adding(days: Int) -> LocalDate {
        LocalDate(daysSinceUnixEpoch: daysSinceUnixEpoch + days)!
    }
}

// MARK: - Codable

extension LocalDate: Codable {
    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = LocalDate(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "日期格式应为 YYYY-MM-DD")
        }
        self = date
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
