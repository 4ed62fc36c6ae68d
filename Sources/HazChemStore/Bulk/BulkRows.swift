import Foundation
import HazChemCore

/// How the bulk writer turns typed values into the texts it binds: JSON arrays of rows (expanded by SQLite's
/// `json_each`) and timestamps as GRDB stores a `Date`.
enum BulkRows {
    /// One JSON value of a row: a string, or null.
    typealias Cell = String?

    /// A JSON array of rows of strings and nulls.
    static func json(_ rows: [[Cell]]) -> String {
        var out = "["
        for (index, row) in rows.enumerated() {
            out += index == 0 ? "[" : ",["
            for (column, cell) in row.enumerated() {
                if column > 0 { out += "," }
                if let text = cell { out += JSONText.quoted(text) } else { out += "null" }
            }
            out += "]"
        }
        return out + "]"
    }

    /// The characters a JSON string must escape, for `strcspn`.
    /// `date` as GRDB stores a `Date` (`yyyy-MM-dd HH:mm:ss.SSS`, UTC), with integer arithmetic: much cheaper
    /// than a date formatter when a run stamps hundreds of thousands of rows.
    static func stamp(_ date: Date) -> String {
        let millis = Int((date.timeIntervalSince1970 * 1000).rounded(.down))
        precondition(millis >= 0, "bulk rows are stamped after 1970")
        let (seconds, fraction) = millis.quotientAndRemainder(dividingBy: 1000)
        let (day, rest) = seconds.quotientAndRemainder(dividingBy: 86400)
        let (h, m, s) = (rest / 3600, rest / 60 % 60, rest % 60)
        return "\(LocalDate(daysSinceUnixEpoch: day)!.description) \(two(h)):\(two(m)):\(two(s)).\(three(fraction))"
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
    private static func three(_ n: Int) -> String { n < 10 ? "00\(n)" : n < 100 ? "0\(n)" : String(n) }
}
