import HazChemCore
import Testing

/// Every kind of invalid answers on the shipped 19号 table, and all of them reported at once.
@Suite("Grading answers validation")
struct GradingAnswerValidationTests {
    static let cases: [(String, [String: GradingAnswer], [String], GradingError.Code, String)] = [
        ("unknown rule id", ["1.9.9": true], [], .unknownRule, "未知规则编号“1.9.9”"),
        ("count on a yes/no rule", ["1.1.2": 2], [], .wrongAnswerType, "规则 1.1.2 为是/否项，答案应为 true 或 false，实际为数字 2"),
        ("yes/no on a per-item rule", ["1.2.3": true], [], .wrongAnswerType, "规则 1.2.3 按项计"),
        ("negative count", ["1.4.2": -1], [], .negativeCount, "规则 1.4.2 的答案应为非负整数（项数或人数），实际为 -1"),
        ("four persons on 6.1.5", ["6.1.5": 4], [], .countAboveMaximum, "规则 6.1.5 最多计3项（人），实际为 4"),
        (
            "two standardisation levels", ["9.1.1": true, "9.1.3": true], [], .conflictingAnswers,
            "规则 9.1.1、9.1.3 同属互斥组“standardisation”"
        ),
        (
            "no accident in 5 years and an accident in 3", ["9.1.7": true, "9.1.5": true], [], .conflictingAnswers,
            "规则 9.1.5 与规则 9.1.7 相互矛盾"
        ),
        ("unknown direct red", [:], ["R5"], .unknownDirectRed, "未知的直接判定红色条件“R5”"),
        ("repeated direct red", [:], ["R1", "R1"], .duplicateDirectRed, "直接判定红色条件“R1”重复填写"),
    ]

    @Test("each kind of problem is refused with its message", arguments: cases)
    func refused(
        name: String, answers: [String: GradingAnswer], red: [String], code: GradingError.Code, message: String
    ) throws {
        let problems = try GradingFixtures.problems(answers, directRed: red)
        #expect(problems.map(\.code) == [code])
        #expect(problems.first?.message.contains(message) == true, "\(problems)")
        #expect(throws: GradingError.self) { try GradingFixtures.score(answers, directRed: red) }
    }

    @Test("all problems are listed at once, in table order, each naming its rule")
    func allAtOnce() throws {
        let answers: [String: GradingAnswer] = [
            "1.1.2": 3, "1.2.3": true, "1.4.2": -2, "6.1.5": 4, "9.1.1": true, "9.1.2": true, "zz": false,
            "9.1.7": true, "9.1.4": true,
        ]
        let table = try GradingFixtures.productionStorage()
        do {
            _ = try GradingEngine(table: table).score(
                GradingAnswers(tableId: table.id, answers: answers, directRed: ["R9", "R2"]))
            Issue.record("expected an error")
        } catch {
            #expect(
                error.problems.map(\.code) == [
                    .wrongAnswerType, .wrongAnswerType, .negativeCount, .countAboveMaximum, .unknownRule,
                    .conflictingAnswers, .conflictingAnswers, .unknownDirectRed,
                ])
            #expect(error.problems.map(\.ruleId) == ["1.1.2", "1.2.3", "1.4.2", "6.1.5", "zz", "9.1.2", "9.1.7", "R9"])
            #expect(error.description.split(separator: "\n").count == 8)
        }
    }

    @Test("three persons on 6.1.5 and a single standardisation level are fine")
    func limits() throws {
        #expect(try GradingFixtures.problems(["6.1.5": 3, "9.1.2": true, "9.1.1": false, "9.1.7": true]).isEmpty)
    }
}
