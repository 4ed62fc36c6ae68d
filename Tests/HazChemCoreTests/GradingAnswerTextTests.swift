import HazChemCore
import Testing

@Suite("Grading answers as people write them: one vocabulary")
struct GradingAnswerTextTests {
    @Test(
        "yes/no words, with and without digits",
        arguments: [
            ("是", true), (" 否 ", false), ("有", true), ("无", false), ("TRUE", true), ("No", false), ("√", true),
            ("×", false), ("ｙｅｓ", true), ("1", true), ("0", false),
        ])
    func flags(text: String, expected: Bool) {
        #expect(GradingAnswerText.flag(text) == expected)
        #expect(GradingAnswerText.answer(text, isCount: false) == .flag(expected))
    }

    @Test("counts: ASCII and full-width digits, whole decimals; not negatives, fractions, words or beyond Int")
    func counts() {
        #expect(GradingAnswerText.count("3") == 3)
        #expect(GradingAnswerText.count("１２") == 12)
        #expect(GradingAnswerText.count("3.0") == 3)
        #expect(GradingAnswerText.count(" 0 ") == 0)
        #expect(GradingAnswerText.count("9223372036854775807") == Int.max)
        for bad in ["-1", "2.5", "是", "", "1e3", "9223372036854775808"] {
            #expect(GradingAnswerText.count(bad) == nil, "\(bad)")
        }
    }

    @Test("unknown kind: words are flags, numbers counts; a known kind decides 1 and 0")
    func unknownKind() {
        #expect(GradingAnswerText.answer("是", isCount: nil) == .flag(true))
        #expect(GradingAnswerText.answer("1", isCount: nil) == .count(1))
        #expect(GradingAnswerText.answer("1", isCount: false) == .flag(true))
        #expect(GradingAnswerText.answer("1", isCount: true) == .count(1))
        #expect(GradingAnswerText.answer("是", isCount: true) == nil)
        #expect(GradingAnswerText.answer("也许", isCount: nil) == nil)
    }
}
