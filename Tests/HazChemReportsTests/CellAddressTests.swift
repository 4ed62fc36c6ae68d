import HazChemReports
import Testing

@Suite("A1 notation and calendar days")
struct CellAddressTests {
    @Test(
        "column names",
        arguments: [(0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (701, "ZZ"), (702, "AAA"), (16_383, "XFD")])
    func columnName(column: Int, name: String) {
        #expect(CellAddress.columnName(column) == name)
        #expect(CellAddress(name + "1") == CellAddress(row: 0, column: column))
    }

    @Test("parses and prints cells and ranges")
    func parse() {
        #expect(CellAddress("B3") == CellAddress(row: 2, column: 1))
        #expect(CellAddress("$t$201") == CellAddress(row: 200, column: 19))
        #expect(CellAddress("A0") == nil)
        #expect(CellAddress("3B") == nil)
        #expect(CellAddress("ABCD1") == nil)
        #expect(CellAddress(row: 1_048_576, column: 0).description == "A1048577")
        #expect(CellAddress(row: 1_048_576, column: 0).isValid == false)
        #expect(CellRange("A1:T201")?.description == "A1:T201")
        #expect(CellRange("B3")?.description == "B3")
        #expect(CellRange("A1:") == nil)
    }

    @Test(
        "Excel serial numbers",
        arguments: [
            (CalendarDay(year: 1900, month: 1, day: 1), 1), (CalendarDay(year: 1900, month: 2, day: 28), 59),
            (CalendarDay(year: 1900, month: 3, day: 1), 61), (CalendarDay(year: 1970, month: 1, day: 1), 25_569),
            (CalendarDay(year: 2019, month: 1, day: 1), 43_466), (CalendarDay(year: 2019, month: 7, day: 1), 43_647),
            (CalendarDay(year: 2024, month: 2, day: 29), 45_351),
        ])
    func serial(day: CalendarDay, serial: Int) {
        #expect(day.excelSerial == serial)
        #expect(CalendarDay(excelSerial: Double(serial) + 0.75) == day)
    }

    @Test("validity and text")
    func validity() {
        #expect(CalendarDay(year: 2019, month: 2, day: 29).isValid == false)
        #expect(CalendarDay(year: 2020, month: 2, day: 29).isValid)
        #expect(CalendarDay(year: 1899, month: 12, day: 31).isValid == false)
        #expect(CalendarDay(year: 2019, month: 7, day: 1).description == "2019-07-01")
        #expect(CalendarDay(year: 2019, month: 7, day: 1) < CalendarDay(year: 2019, month: 7, day: 2))
    }
}
