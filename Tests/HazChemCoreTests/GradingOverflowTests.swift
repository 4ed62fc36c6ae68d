import HazChemCore
import Testing

/// Counts no enterprise can have and values too large to add are refused with an error naming the rule,
/// never an arithmetic trap.
@Suite("Grading: bounded counts and checked arithmetic")
struct GradingOverflowTests {
    @Test(
        "a count above the plausible maximum on a rule without max_count is refused, naming rule and value",
        arguments: [1001, 1_000_000_000_000_000, Int.max])
    func implausibleCount(count: Int) throws {
        let problems = try GradingFixtures.problems(["1.2.3": .count(count)])
        #expect(problems.map(\.code) == [.countAboveMaximum])
        #expect(problems.first?.message == "规则 1.2.3 的项数 \(count) 不合理：未设项数上限的规则最多计1000项（人）")
        #expect(throws: GradingError.self) { try GradingFixtures.score(["1.2.3": .count(count)]) }
    }

    @Test("the plausible maximum itself still scores (the project stops at its cap)")
    func plausibleMaximumScores() throws {
        let sheet = try GradingFixtures.score(["1.2.3": .count(GradingRule.plausibleMaximumCount)])
        #expect(sheet.projects.first { $0.id == "1.2" }?.deductionBeforeCap == Tenths(100))
        #expect(sheet.projects.first { $0.id == "1.2" }?.deducted == Tenths(5))
    }

    @Test("a table value so large that value × count overflows is a thrown error naming the rule and the count")
    func overflowingValue() throws {
        var table = GradingFixtures.miniTable()
        table.categories[0].projects[0].rules[1].value = Tenths(raw: Int.max / 10)
        let answers = GradingAnswers(tableId: "mini", answers: ["b": .count(20)], directRed: [])
        #expect(throws: GradingError.self) { try GradingEngine(table: table).score(answers) }
        do {
            _ = try GradingEngine(table: table).score(answers)
        } catch {
            #expect(error.problems.map(\.code) == [.overflow])
            #expect(error.problems.first?.ruleId == "b")
            #expect(error.description.contains("规则 b 的答案 20"))
        }
    }

    @Test("a bonus that overflows the total is a thrown error naming the project")
    func overflowingTotal() throws {
        var table = GradingFixtures.miniTable()
        table.categories[0].projects[1].rules[0].value = Tenths(raw: Int.max - 5)
        let answers = GradingAnswers(tableId: "mini", answers: ["c": true], directRed: [])
        do {
            _ = try GradingEngine(table: table).score(answers)
            Issue.record("expected an overflow error")
        } catch {
            #expect(error.problems.map(\.code) == [.overflow])
            #expect(error.description.contains("项目 1.2（加分）"))
        }
    }

    @Test("checked Tenths arithmetic: nil on overflow, the exact value otherwise")
    func checkedTenths() {
        #expect(Tenths(raw: 5).checked(adding: Tenths(raw: 3), times: 4) == Tenths(raw: 17))
        #expect(Tenths(raw: Int.max).checked(adding: Tenths(raw: 1)) == nil)
        #expect(Tenths(raw: 1).checked(times: Int.max) == Tenths(raw: Int.max))
        #expect(Tenths(raw: 2).checked(times: Int.max) == nil)
        #expect(Tenths(raw: Int.min).checked(subtracting: Tenths(raw: 1)) == nil)
        #expect(Tenths(raw: 10).checked(subtracting: Tenths(raw: 25)) == Tenths(raw: -15))
    }

    @Test("parsing refuses numbers whose tenths do not fit", arguments: ["922337203685477581", "9223372036854775807"])
    func parsingOverflow(text: String) {
        #expect(Tenths(parsing: text) == nil)
    }
}
