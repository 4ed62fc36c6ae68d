import Foundation
import HazChemCore
import Testing

@Suite("Assessment cycle")
struct AssessmentCycleTests {
    static func day(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

    /// Last assessed, cycle years, next due.
    static let dueDays: [(String, Int, String)] = [
        ("2019-07-03", 3, "2022-07-03"), ("2019-12-31", 3, "2022-12-31"), ("2019-07-03", 1, "2020-07-03"),
        ("2020-02-29", 3, "2023-03-01"), ("2020-02-29", 4, "2024-02-29"), ("2019-02-28", 1, "2020-02-28"),
        ("2016-02-29", 5, "2021-03-01"), ("2019-01-01", 10, "2029-01-01"),
    ]

    @Test("the next assessment is due the same day N years later (29 Feb → 1 Mar)", arguments: dueDays)
    func nextDue(last: String, years: Int, due: String) throws {
        let cycle = try #require(AssessmentCycle(years: years))
        #expect(cycle.nextDue(after: Self.day(last)) == Self.day(due))
    }

    /// Last assessed (nil: never), closed, today, expected state.
    static let states: [(String?, Bool, String, AssessmentCycle.Due)] = [
        ("2019-07-03", false, "2022-07-02", .due(day("2022-07-03"))),
        ("2019-07-03", false, "2022-07-03", .due(day("2022-07-03"))),
        ("2019-07-03", false, "2022-07-04", .overdue(day("2022-07-03"))),
        (nil, false, "2019-07-01", .never),
        ("2019-07-03", true, "2030-01-01", .notRequired),
        (nil, true, "2019-07-01", .notRequired),
    ]

    @Test("due, overdue from the day after, never assessed is due now, closed is not due", arguments: states)
    func due(last: String?, closed: Bool, today: String, expected: AssessmentCycle.Due) {
        let state = AssessmentCycle.standard.due(
            lastAssessed: last.map(Self.day), closed: closed, today: Self.day(today))
        #expect(state == expected)
        #expect(state.isOverdue == (expected.date != nil && Self.day(today) > expected.date!))
    }

    @Test("labels users read")
    func labels() {
        #expect(AssessmentCycle.Due.overdue(Self.day("2022-07-03")).label == "2022-07-03（逾期未评估）")
        #expect(AssessmentCycle.Due.due(Self.day("2022-07-03")).label == "2022-07-03")
        #expect(AssessmentCycle.Due.never.label == "未评估，应即评估")
        #expect(AssessmentCycle.Due.notRequired.label == "不需评估（已关闭）")
    }

    @Test("cycle lengths 1–10 are accepted, others refused", arguments: ["0", "11", "-3", "三", "2.5", ""])
    func badLengths(text: String) {
        #expect(AssessmentCycle(parsing: text) == nil)
    }

    @Test("the standard cycle is three years; parsing trims spaces")
    func parsing() {
        #expect(AssessmentCycle.standard.years == 3)
        #expect(AssessmentCycle(parsing: " 5 ")?.years == 5)
        #expect(AssessmentCycle(parsing: "10")?.years == 10)
        #expect(AssessmentCycle(parsing: "1")?.years == 1)
    }
}
