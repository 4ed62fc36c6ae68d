import HazChemCore
import Testing

@Suite("Rational exact arithmetic for major hazard sums")
struct MajorHazardRationalTests {
    @Test("0.1/0.3 three times is exactly 1 (Double gives 1.0000000000000002)")
    func thirds() {
        let third = Rational(decimal: "0.1")! / Rational(decimal: "0.3")!
        #expect(third == Rational(1, 3))
        #expect(third + third + third == .one)
    }

    @Test("parsing", arguments: [("12", 12, 1), ("0.75", 3, 4), ("-3.5", -7, 2), ("+2", 2, 1), ("０.３", 3, 10)])
    func parse(text: String, numerator: Int, denominator: Int) {
        #expect(Rational(decimal: text) == Rational(Int128(numerator), Int128(denominator)))
    }

    @Test("refuses", arguments: ["1e3", "1,000", "1.", ".5", "", "abc", "0.1234567", "1234567890123", "--1"])
    func refuse(text: String) {
        #expect(Rational(decimal: text) == nil)
    }

    @Test("decimal text rounds half away from zero and drops trailing zeros")
    func format() {
        #expect(Rational(2, 3).decimalString(places: 4) == "0.6667")
        #expect(Rational(-2, 3).decimalString(places: 4) == "-0.6667")
        #expect(Rational(1, 8).decimalString(places: 2) == "0.13")
        #expect(Rational(10).decimalString(places: 4) == "10")
        #expect(Rational(decimal: "3.160")!.decimalString() == "3.16")
        #expect(Rational(1, 3).description == "≈0.333333")
        #expect(Rational(1, 3).isExact(places: 6) == false)
        #expect(Rational(3, 4).isExact(places: 2))
    }

    @Test(
        "CAS check digit",
        arguments: [
            ("7732-18-5", true), ("7664-41-7", true), ("7732-18-4", false), ("77-3218-5", false), ("７６６４－４１－７", true),
        ])
    func cas(text: String, valid: Bool) {
        #expect(CASNumber.isValid(text) == valid)
    }
}

@Suite("Rational checked arithmetic")
struct RationalCheckedTests {
    @Test("checked sums and products are exact when they fit and nil when they do not")
    func checked() {
        #expect(Rational(1, 3).checked(adding: Rational(1, 6)) == Rational(1, 2))
        #expect(Rational(2, 3).checked(times: Rational(9, 4)) == Rational(3, 2))
        #expect(Rational(Int128.max).checked(adding: Rational(1)) == nil)
        #expect(Rational(Int128.max / 2).checked(times: Rational(3)) == nil)
        #expect(Rational(1, Int128.max).checked(adding: Rational(1, Int128.max - 1)) == nil)
    }
}
