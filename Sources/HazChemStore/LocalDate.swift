import Foundation
import GRDB

/// A calendar day without time or zone (licence expiry, on-site dates, deadlines), stored as `YYYY-MM-DD`.
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

    /// Today in the machine's time zone.
    package static func today(_ now: Date = Date()) -> LocalDate {
        let c = Calendar(identifier: .gregorian).dateComponents(in: .current, from: now)
        return LocalDate(year: c.year!, month: c.month!, day: c.day!)!
    }

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

// MARK: - Database

extension LocalDate: DatabaseValueConvertible {
    /// Stored as `YYYY-MM-DD` text, which sorts and compares correctly in SQL.
    package var databaseValue: DatabaseValue { description.databaseValue }

    package static func fromDatabaseValue(_ dbValue: DatabaseValue) -> LocalDate? {
        String.fromDatabaseValue(dbValue).flatMap(LocalDate.init(parsing:))
    }
}
