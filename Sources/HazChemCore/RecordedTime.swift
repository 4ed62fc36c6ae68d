import Foundation

/// The server's time, to the minute and in the server's time zone, at which something a user may date earlier
/// (补录 of a paper record) was entered: `2026-12-03 09:41`. The day the system judges lateness by.
package struct RecordedTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The server's day.
    package let day: LocalDate
    /// Minutes after midnight, 0–1439.
    package let minuteOfDay: Int

    /// Creates a time when `minuteOfDay` is within the day.
    package init?(day: LocalDate, minuteOfDay: Int) {
        guard (0..<1440).contains(minuteOfDay) else { return nil }
        self.day = day
        self.minuteOfDay = minuteOfDay
    }

    /// The minute of an instant in a time zone (the machine's by default, as for the server's today).
    package init(_ instant: Date, timeZone: TimeZone = .current) {
        let seconds = instant.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: instant))
        let minutes = Int((seconds / 60).rounded(.down))
        day = LocalDate(instant, timeZone: timeZone)!
        minuteOfDay = ((minutes % 1440) + 1440) % 1440
    }

    /// Parses `2026-12-03 09:41` (seconds, when present, are ignored).
    package init?(parsing text: String) {
        let parts = text.trimmed.split(separator: " ")
        guard parts.count == 2, let day = LocalDate(parsing: String(parts[0])) else { return nil }
        let clock = parts[1].split(separator: ":")
        guard clock.count >= 2, clock[0].count == 2, clock[1].count == 2, let hour = Int(clock[0]),
            let minute = Int(clock[1]), (0..<24).contains(hour), (0..<60).contains(minute)
        else { return nil }
        self.init(day: day, minuteOfDay: hour * 60 + minute)
    }

    /// `2026-12-03 09:41`.
    package var description: String {
        let hour = minuteOfDay / 60
        let minute = minuteOfDay % 60
        return "\(day) \(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)"
    }

    package static func < (lhs: RecordedTime, rhs: RecordedTime) -> Bool {
        (lhs.day, lhs.minuteOfDay) < (rhs.day, rhs.minuteOfDay)
    }
}

// MARK: - Codable

extension RecordedTime: Codable {
    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let time = RecordedTime(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "时间“\(text)”无效（应为YYYY-MM-DD HH:MM）")
        }
        self = time
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
