import HazChemCore
import Testing

@Suite("Tenths exact arithmetic")
struct TenthsTests {
    @Test("25 × 0.1 is exactly 2.5")
    func sums() {
        let step = Tenths(parsing: "0.1")!
        let total = (0..<25).reduce(Tenths.zero) { sum, _ in sum + step }
        #expect(total == Tenths(parsing: "2.5"))
        #expect(total.description == "2.5")
    }

    @Test("parsing", arguments: [("60", 600), ("59.9", 599), ("-0.5", -5), ("+2", 20), ("0.1", 1)])
    func parse(text: String, raw: Int) {
        #expect(Tenths(parsing: text)?.raw == raw)
    }

    @Test("refuses two decimals and garbage", arguments: ["0.15", "abc", "", "1.", ".5"])
    func refuse(text: String) {
        #expect(Tenths(parsing: text) == nil)
    }
}
