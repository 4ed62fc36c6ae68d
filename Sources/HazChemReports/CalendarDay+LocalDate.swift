import HazChemStore

extension CalendarDay {
    /// The same day as a stored date.
    package init(_ date: LocalDate) {
        self.init(year: date.year, month: date.month, day: date.day)
    }
}
