import HazChemCore
import HazChemStore
import Testing

@Suite("Monthly report: months and ratios")
struct MonthlyPeriodTests {
    @Test("months parse in the usual spellings and know their days")
    func period() {
        #expect(MonthlyPeriod(parsing: "2019-6")?.description == "2019-06")
        #expect(MonthlyPeriod(parsing: "2019年12月")?.description == "2019-12")
        #expect(MonthlyPeriod(parsing: "201902")?.lastDay == LocalDate(year: 2019, month: 2, day: 28))
        #expect(MonthlyPeriod(parsing: "2020-02")?.lastDay == LocalDate(year: 2020, month: 2, day: 29))
        #expect(MonthlyPeriod(parsing: "2019-12")?.dueDate == LocalDate(year: 2020, month: 1, day: 1))
        for bad in ["2019-13", "2019-00", "19-06", "2019-06-01", "", "2019/6/1"] {
            #expect(MonthlyPeriod(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test("ratios round half up to one decimal and are undefined without a denominator")
    func ratios() {
        #expect(MonthlyRatio(1, of: 3).percentText == "33.3%")
        #expect(MonthlyRatio(2, of: 3).percentText == "66.7%")
        #expect(MonthlyRatio(1, of: 8).percentText == "12.5%")
        #expect(MonthlyRatio(1, of: 16).percentText == "6.3%")  // 6.25 rounds up
        #expect(MonthlyRatio(4, of: 4).percentText == "100.0%")
        #expect(MonthlyRatio(0, of: 0).percentText == "—")
        #expect(MonthlyRatio(0, of: 0).fraction == nil)
    }
}
