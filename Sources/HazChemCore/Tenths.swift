import Foundation

/// An exact decimal quantity with one decimal place, stored as an integer number of tenths.
///
/// Every score, deduction, bonus and cap is a `Tenths`, so 25 × 0.1 is exactly 2.5 and a
/// band edge such as 60.0 is never missed through binary floating-point rounding.
package struct Tenths: Hashable, Comparable, Sendable {
    /// The value in tenths: 25 means 2.5.
    package var raw: Int

    /// Creates a value from a raw count of tenths.
    package init(raw: Int) { self.raw = raw }

    /// Creates a whole-number value.
    package init(_ whole: Int) { self.raw = whole * 10 }

    /// Zero.
    package static let zero = Tenths(raw: 0)

    /// Parses "2", "2.5", "-0.1", "+3"; refuses more than one decimal place or anything else.
    package init?(parsing text: String) {
        var s = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        var sign = 1
        if s.first == "-" { sign = -1; s = s.dropFirst() } else if s.first == "+" { s = s.dropFirst() }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2,
            let whole = Int(parts[0]), parts[0].allSatisfy(\.isASCII), !parts[0].isEmpty
        else { return nil }
        var tenth = 0
        if parts.count == 2 {
            let frac = parts[1]
            guard frac.count == 1, let digit = Int(frac), frac.allSatisfy(\.isASCII) else { return nil }
            tenth = digit
        }
        // Refuses values whose tenths do not fit in an Int instead of trapping.
        guard let scaled = Tenths(0).checked(adding: Tenths(raw: whole), times: 10),
            let magnitude = scaled.checked(adding: Tenths(raw: tenth))
        else { return nil }
        self.raw = sign * magnitude.raw
    }

    /// Converts a Double that must be an exact multiple of 0.1 (as YAML numbers such as 0.5 are).
    package init?(exactly value: Double) {
        let scaled = (value * 10).rounded()
        guard abs(scaled - value * 10) < 1e-6, abs(scaled) < 1e15 else { return nil }
        self.raw = Int(scaled)
    }

    /// The value as a Double, for display and JSON only; never sum Doubles.
    package var doubleValue: Double { Double(raw) / 10 }

    package static func < (lhs: Tenths, rhs: Tenths) -> Bool { lhs.raw < rhs.raw }
    package static func + (lhs: Tenths, rhs: Tenths) -> Tenths { Tenths(raw: lhs.raw + rhs.raw) }
    package static func - (lhs: Tenths, rhs: Tenths) -> Tenths { Tenths(raw: lhs.raw - rhs.raw) }
    package static func * (lhs: Tenths, rhs: Int) -> Tenths { Tenths(raw: lhs.raw * rhs) }
    package static func += (lhs: inout Tenths, rhs: Tenths) { lhs.raw += rhs.raw }
    package static func -= (lhs: inout Tenths, rhs: Tenths) { lhs.raw -= rhs.raw }
    package static prefix func - (value: Tenths) -> Tenths { Tenths(raw: -value.raw) }
}

/// Checked arithmetic: nil on overflow instead of a trap, for sums of values that come from users.
extension Tenths {
    /// `self + other × factor`, or nil when the product or the sum does not fit.
    package func checked(adding other: Tenths, times factor: Int = 1) -> Tenths? {
        let (product, productOverflow) = other.raw.multipliedReportingOverflow(by: factor)
        guard !productOverflow else { return nil }
        let (sum, sumOverflow) = raw.addingReportingOverflow(product)
        return sumOverflow ? nil : Tenths(raw: sum)
    }

    /// `self − other`, or nil when it does not fit.
    package func checked(subtracting other: Tenths) -> Tenths? {
        let (difference, overflow) = raw.subtractingReportingOverflow(other.raw)
        return overflow ? nil : Tenths(raw: difference)
    }

    /// `self × factor`, or nil when it does not fit.
    package func checked(times factor: Int) -> Tenths? { Tenths.zero.checked(adding: self, times: factor) }
}

extension Tenths: CustomStringConvertible {
    /// "2.5", "60", "-0.1": one decimal place only when it is not zero.
    package var description: String {
        let sign = raw < 0 ? "-" : ""
        let magnitude = raw.magnitude
        let whole = magnitude / 10
        let tenth = magnitude % 10
        return tenth == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(tenth)"
    }
}

extension Tenths: Codable {
    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let value = try container.decode(Double.self)
        guard let exact = Tenths(exactly: value) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a number with at most one decimal place")
        }
        self = exact
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(doubleValue)
    }
}
