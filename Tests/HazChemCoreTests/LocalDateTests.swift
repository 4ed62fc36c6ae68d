import Foundation
import HazChemCore
import Testing

@Suite("LocalDate: calendar days")
struct LocalDateTests {
    @Test("only real days from 1900 through 9999 exist")
    func validity() {
        #expect(LocalDate(year: 2019, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2020, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 1900, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2000, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 2019, month: 4, day: 31) == nil)
        #expect(LocalDate(year: 2019, month: 13, day: 1) == nil)
        #expect(LocalDate(year: 1899, month: 12, day: 31) == nil)
        #expect(LocalDate(year: 10_000, month: 1, day: 1) == nil)
    }

    @Test("text and order")
    func textAndOrder() {
        #expect(LocalDate(year: 2019, month: 7, day: 1)?.description == "2019-07-01")
        #expect(LocalDate(year: 2019, month: 7, day: 1)! < LocalDate(year: 2019, month: 7, day: 2)!)
        #expect(LocalDate(year: 2019, month: 6, day: 30)! < LocalDate(year: 2019, month: 7, day: 1)!)
    }

    @Test(
        "the spellings people type",
        arguments: ["2019-06-30", " 2019/6/30 ", "2019.6.30", "2019年6月30日", "2019年06月30", "20190630"])
    func parsing(text: String) {
        #expect(LocalDate(parsing: text) == LocalDate(year: 2019, month: 6, day: 30))
    }

    @Test("text that is no day", arguments: ["", "2019-02-29", "2019-6", "19-06-30", "2019-06-3x", "二〇一九年六月"])
    func notADay(text: String) {
        #expect(LocalDate(parsing: text) == nil)
    }

    @Test("adding days crosses months, years and leap days")
    func addingDays() {
        let day = LocalDate(year: 2019, month: 7, day: 20)!
        #expect(day.adding(days: 10) == LocalDate(year: 2019, month: 7, day: 30))
        #expect(day.adding(days: 12) == LocalDate(year: 2019, month: 8, day: 1))
        #expect(day.adding(days: -20) == LocalDate(year: 2019, month: 6, day: 30))
        #expect(LocalDate(year: 2019, month: 12, day: 31)!.adding(days: 1) == LocalDate(year: 2020, month: 1, day: 1))
        #expect(LocalDate(year: 2020, month: 2, day: 28)!.adding(days: 1) == LocalDate(year: 2020, month: 2, day: 29))
        #expect(LocalDate(year: 2020, month: 2, day: 28)!.adding(days: 367) == LocalDate(year: 2021, month: 3, day: 1))
    }

    @Test("days since 1970-01-01 and instants in a time zone")
    func epochDays() {
        #expect(LocalDate(year: 1970, month: 1, day: 1)?.daysSinceUnixEpoch == 0)
        #expect(LocalDate(year: 2019, month: 1, day: 1)?.daysSinceUnixEpoch == 17_897)
        #expect(LocalDate(daysSinceUnixEpoch: 17_897) == LocalDate(year: 2019, month: 1, day: 1))
        #expect(LocalDate(daysSinceUnixEpoch: -25_568) == nil)
        // 2019-06-30 20:00 UTC is already 2019-07-01 in China.
        let instant = Date(timeIntervalSince1970: 1_561_924_800)
        #expect(LocalDate(instant, timeZone: LocalDate.chinaTimeZone) == LocalDate(year: 2019, month: 7, day: 1))
        #expect(LocalDate(instant, timeZone: TimeZone(secondsFromGMT: 0)!) == LocalDate(year: 2019, month: 6, day: 30))
        #expect(LocalDate.today(instant, in: LocalDate.chinaTimeZone) == LocalDate(year: 2019, month: 7, day: 1))
    }

    @Test("JSON holds the YYYY-MM-DD text")
    func codable() throws {
        let day = LocalDate(year: 2019, month: 7, day: 1)!
        let json = try JSONEncoder().encode([day])
        #expect(String(decoding: json, as: UTF8.self) == "[\"2019-07-01\"]")
        #expect(try JSONDecoder().decode([LocalDate].self, from: json) == [day])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([LocalDate].self, from: Data("[\"7/1\"]".utf8)) }
    }
}
