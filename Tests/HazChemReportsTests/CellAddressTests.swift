import HazChemCore
import HazChemReports
import HazChemXLSX
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
            ((1900, 1, 1), 1), ((1900, 2, 28), 59), ((1900, 3, 1), 61), ((1970, 1, 1), 25_569), ((2019, 1, 1), 43_466),
            ((2019, 7, 1), 43_647), ((2024, 2, 29), 45_351),
        ])
    func serial(parts: (year: Int, month: Int, day: Int), serial: Int) throws {
        let day = try #require(LocalDate(year: parts.year, month: parts.month, day: parts.day))
        #expect(day.excelSerial == serial)
        #expect(LocalDate(excelSerial: Double(serial) + 0.75) == day)
    }

    @Test("serial numbers outside 1900-01-01 through 9999-12-31 name no day")
    func serialRange() {
        #expect(LocalDate(excelSerial: 0.5) == nil)
        #expect(LocalDate(excelSerial: 2_958_465) == LocalDate(year: 9999, month: 12, day: 31))
        #expect(LocalDate(excelSerial: 2_958_466) == nil)
        #expect(LocalDate(excelSerial: .nan) == nil)
    }
}
