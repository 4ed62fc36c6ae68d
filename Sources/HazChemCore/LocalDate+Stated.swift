import Foundation

extension LocalDate {
    /// `补录，系统记录 2026-12-03 09:41` when the server recorded a stated day on another day; nil otherwise (or
    /// with no recorded time).
    package static func recordedNote(_ stated: LocalDate, recorded: RecordedTime?) -> String? {
        guard let recorded, recorded.day != stated else { return nil }
        return "补录，系统记录 \(recorded)"
    }

    /// A day a user stated shown with the time the server recorded it when that was on another day:
    /// `2026-11-28（补录，系统记录 2026-12-03 09:41）`; the stated day alone otherwise.
    package static func statedLabel(_ stated: LocalDate, recorded: RecordedTime?) -> String {
        stated.description + (recordedNote(stated, recorded: recorded).map { "（\($0)）" } ?? "")
    }
}
