import HazChemCore
import Testing

@Suite("统一社会信用代码")
struct CreditCodeTests {
    @Test("valid codes from GB 32100 examples", arguments: ["91350100M000100Y43", "9144030071526726XG"])
    func valid(code: String) {
        #expect(CreditCode(code)?.value == code)
    }

    @Test("wrong check character names the expected one")
    func wrongCheck() {
        guard case .failure(let problem) = CreditCode.validate("91350100M000100Y44") else {
            Issue.record("accepted a wrong code")
            return
        }
        #expect(problem == .checkCharacter(expected: "3", found: "4"))
        #expect(problem.description.contains("应为“3”"))
    }

    @Test(
        "lower case and surrounding white space are accepted; the stored code is upper case",
        arguments: ["9144030071526726xg", " 9144030071526726XG\t", "\u{3000}9144030071526726xG"])
    func normalised(text: String) {
        #expect(CreditCode(text)?.value == "9144030071526726XG")
    }

    @Test("lower-case forbidden letters are refused like upper-case ones")
    func lowerCaseForbidden() {
        #expect(CreditCode.validate("91350100m000100i43").failureValue == .character(position: 16, "I"))
        #expect(CreditCode.validate("91350100M000100Y4４").failureValue == .character(position: 18, "４"))
    }

    @Test("bad length and forbidden characters")
    func badShape() {
        #expect(CreditCode.validate("123").failureValue == .length(3))
        #expect(CreditCode.validate("91350100M000100I43").failureValue == .character(position: 16, "I"))
    }
}

extension Result {
    fileprivate var failureValue: Failure? {
        if case .failure(let f) = self { return f }
        return nil
    }
}
