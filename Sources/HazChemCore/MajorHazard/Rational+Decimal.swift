import Foundation

extension Rational {
    /// The most integer digits a parsed number may have.
    package static let maxIntegerDigits = 12
    /// The most decimal places a parsed number may have.
    package static let maxFractionDigits = 6

    /// Parses plain decimal text such as "12", "0.75", "-3.5" or "+2" (full-width digits too).
    ///
    /// Refuses exponents, thousands separators, empty parts ("1.", ".5") and numbers beyond
    /// ``maxIntegerDigits`` integer or ``maxFractionDigits`` decimal digits.
    package init?(decimal text: String) {
        var s = Substring(
            text.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespacesAndNewlines))
        var sign: Int128 = 1
        if s.first == "-" {
            sign = -1
            s = s.dropFirst()
        } else if s.first == "+" {
            s = s.dropFirst()
        }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2 else { return nil }
        let whole = parts[0]
        let fraction = parts.count == 2 ? parts[1] : ""
        guard !whole.isEmpty, whole.count <= Self.maxIntegerDigits, whole.allSatisfy(\.isASCIIDigit),
            parts.count == 1 || !fraction.isEmpty, fraction.count <= Self.maxFractionDigits,
            fraction.allSatisfy(\.isASCIIDigit), let wholeValue = Int128(whole)
        else { return nil }
        var scale: Int128 = 1
        for _ in 0..<fraction.count { scale *= 10 }
        let fractionValue = fraction.isEmpty ? 0 : Int128(fraction)!
        self.init(sign * (wholeValue * scale + fractionValue), scale)
    }

    /// The value rounded half away from zero to `places` decimals, as a whole number of 10^-places.
    private func scaled(places: Int) -> Int128 {
        var scale: Int128 = 1
        for _ in 0..<places { scale *= 10 }
        let product = numerator.magnitude * UInt128(scale)
        let denominatorMagnitude = denominator.magnitude
        var quotient = product / denominatorMagnitude
        if (product % denominatorMagnitude) * 2 >= denominatorMagnitude { quotient += 1 }
        return isNegative ? -Int128(quotient) : Int128(quotient)
    }

    /// True when the value has at most `places` decimals, so ``decimalString(places:)`` is exact.
    package func isExact(places: Int) -> Bool {
        var scale: Int128 = 1
        for _ in 0..<places { scale *= 10 }
        return (numerator * scale) % denominator == 0
    }

    /// "12.3457", "10", "0.8": rounded half away from zero to `places`, trailing zeros dropped.
    package func decimalString(places: Int = 4) -> String {
        let value = scaled(places: places)
        let digits = String(value.magnitude)
        let sign = value < 0 ? "-" : ""
        guard places > 0 else { return sign + digits }
        let padded = String(repeating: "0", count: max(0, places + 1 - digits.count)) + digits
        let whole = padded.dropLast(places)
        var fraction = Substring(padded.suffix(places))
        while fraction.last == "0" { fraction = fraction.dropLast() }
        return fraction.isEmpty ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }

    /// The value rounded to `places` decimals as a `Decimal`, for JSON output only.
    package func decimalValue(places: Int = 4) -> Decimal {
        Decimal(string: decimalString(places: places), locale: Locale(identifier: "en_US_POSIX")) ?? 0
    }
}

extension Rational: CustomStringConvertible {
    /// The exact value when it has at most 6 decimals, else "≈" and 6 rounded decimals.
    package var description: String {
        isExact(places: 6) ? decimalString(places: 6) : "≈" + decimalString(places: 6)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
