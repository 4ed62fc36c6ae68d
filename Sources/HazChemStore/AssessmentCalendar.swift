import Foundation

extension LocalDate {
    /// The day `days` later (earlier when negative).
    func adding(days: Int) -> LocalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let start = calendar.date(from: DateComponents(year: year, month: month, day: day))!
        let c = calendar.dateComponents(
            [.year, .month, .day], from: calendar.date(byAdding: .day, value: days, to: start)!)
        return LocalDate(year: c.year!, month: c.month!, day: c.day!)!
    }
}
