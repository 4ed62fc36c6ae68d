import Foundation

extension LocalDate {
    /// A day a user stated shown with the day the server recorded it, when they differ:
    /// `2026-11-28（补录，系统记录 2026-12-03）`; the stated day alone otherwise (or with no recorded day).
    package static func statedLabel(_ stated: LocalDate, recorded: LocalDate?) -> String {
        guard let recorded, recorded != stated else { return stated.description }
        return "\(stated)（补录，系统记录 \(recorded)）"
    }
}
