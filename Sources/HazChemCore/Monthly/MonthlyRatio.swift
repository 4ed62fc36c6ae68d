/// An exact proportion (coverage, rectification rate) kept as numerator and denominator; rendered with one
/// decimal only at the edge.
package struct MonthlyRatio: Hashable, Sendable, Codable {
    /// The counted part, such as enterprises assessed.
    package var numerator: Int
    /// The whole, such as enterprises in scope; 0 means the ratio is undefined.
    package var denominator: Int

    /// Creates a ratio.
    package init(_ numerator: Int, of denominator: Int) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// The percentage rounded half up to one decimal (`1/3` → 33.3), nil when the denominator is 0.
    package var percent: Tenths? {
        guard denominator > 0 else { return nil }
        // percent × 10 = numerator × 1000 / denominator, rounded half up in integers.
        return Tenths(raw: (numerator * 2000 + denominator) / (2 * denominator))
    }

    /// The percentage with exactly one decimal (`50.0`, `33.3`), nil when undefined.
    package var percentDigits: String? {
        percent.map { "\($0.raw / 10).\($0.raw % 10)" }
    }

    /// `33.3%`, `50.0%`, or `—` when undefined.
    package var percentText: String { percentDigits.map { $0 + "%" } ?? "—" }

    /// The fraction for spreadsheets with a `%` number format (`1/3` → 0.333…), nil when undefined.
    package var fraction: Double? {
        denominator > 0 ? Double(numerator) / Double(denominator) : nil
    }

    private enum CodingKeys: String, CodingKey {
        case numerator, denominator, percent
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        numerator = try container.decode(Int.self, forKey: .numerator)
        denominator = try container.decode(Int.self, forKey: .denominator)
    }

    /// `{"numerator": 1, "denominator": 3, "percent": "33.3"}`; percent is null when undefined.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(numerator, forKey: .numerator)
        try container.encode(denominator, forKey: .denominator)
        try container.encode(percentDigits, forKey: .percent)
    }
}
