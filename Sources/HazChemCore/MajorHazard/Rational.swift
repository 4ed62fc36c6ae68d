import Foundation

/// An exact fraction, always reduced and with a positive denominator.
///
/// Major hazard sums divide by critical quantities such as 0.3 t and 0.75 t, so even `Decimal`
/// would round 1/3; a fraction keeps S = 1 and R = 10, 50, 100 exact. Inputs are limited to
/// 12 integer and 6 decimal digits when parsed, which keeps every sum far inside `Int128`.
package struct Rational: Hashable, Comparable, Sendable {
    /// The reduced numerator; carries the sign.
    package let numerator: Int128
    /// The reduced denominator; always positive.
    package let denominator: Int128

    /// Creates `numerator / denominator`; the denominator must not be zero.
    package init(_ numerator: Int128, _ denominator: Int128 = 1) {
        precondition(denominator != 0, "Rational with a zero denominator")
        let divisor = Self.gcd(numerator, denominator)
        let sign: Int128 = denominator < 0 ? -1 : 1
        self.numerator = sign * numerator / divisor
        self.denominator = sign * denominator / divisor
    }

    /// A whole number.
    package init(_ whole: Int) { self.init(Int128(whole)) }

    /// Zero.
    package static let zero = Rational(0)
    /// One.
    package static let one = Rational(1)

    /// True when the value is below zero.
    package var isNegative: Bool { numerator < 0 }

    package static func < (lhs: Rational, rhs: Rational) -> Bool {
        lhs.numerator * rhs.denominator < rhs.numerator * lhs.denominator
    }

    package static func + (lhs: Rational, rhs: Rational) -> Rational {
        let common = lcm(lhs.denominator, rhs.denominator)
        return Rational(
            lhs.numerator * (common / lhs.denominator) + rhs.numerator * (common / rhs.denominator), common)
    }

    package static func - (lhs: Rational, rhs: Rational) -> Rational { lhs + Rational(-rhs.numerator, rhs.denominator) }

    package static func * (lhs: Rational, rhs: Rational) -> Rational {
        // Cross-reduce first so intermediate products stay small.
        let a = gcd(lhs.numerator, rhs.denominator)
        let b = gcd(rhs.numerator, lhs.denominator)
        return Rational((lhs.numerator / a) * (rhs.numerator / b), (lhs.denominator / b) * (rhs.denominator / a))
    }

    /// Division; the divisor must not be zero.
    package static func / (lhs: Rational, rhs: Rational) -> Rational {
        precondition(rhs.numerator != 0, "Rational division by zero")
        return lhs * Rational(rhs.denominator, rhs.numerator)
    }

    package static func += (lhs: inout Rational, rhs: Rational) { lhs = lhs + rhs }

    /// `self + other`, or nil when an intermediate product does not fit in `Int128` (instead of a trap).
    package func checked(adding other: Rational) -> Rational? {
        guard let common = Self.checkedLCM(denominator, other.denominator) else { return nil }
        let (left, leftOverflow) = numerator.multipliedReportingOverflow(by: common / denominator)
        let (right, rightOverflow) = other.numerator.multipliedReportingOverflow(by: common / other.denominator)
        guard !leftOverflow, !rightOverflow else { return nil }
        let (sum, sumOverflow) = left.addingReportingOverflow(right)
        return sumOverflow ? nil : Rational(sum, common)
    }

    /// `self × other`, or nil when the product does not fit in `Int128` (instead of a trap).
    package func checked(times other: Rational) -> Rational? {
        let a = Self.gcd(numerator, other.denominator)
        let b = Self.gcd(other.numerator, denominator)
        let (top, topOverflow) = (numerator / a).multipliedReportingOverflow(by: other.numerator / b)
        let (bottom, bottomOverflow) = (denominator / b).multipliedReportingOverflow(by: other.denominator / a)
        return topOverflow || bottomOverflow ? nil : Rational(top, bottom)
    }

    private static func gcd(_ a: Int128, _ b: Int128) -> Int128 {
        var x = a.magnitude
        var y = b.magnitude
        while y != 0 { (x, y) = (y, x % y) }
        return x == 0 ? 1 : Int128(x)
    }

    private static func lcm(_ a: Int128, _ b: Int128) -> Int128 { a / gcd(a, b) * b }

    /// The least common multiple, or nil when it does not fit.
    private static func checkedLCM(_ a: Int128, _ b: Int128) -> Int128? {
        let (product, overflow) = (a / gcd(a, b)).multipliedReportingOverflow(by: b)
        return overflow ? nil : product
    }
}
