import Foundation

/// The answer to one grading rule: yes/no for a fixed rule, a whole count for a per-item rule.
package enum GradingAnswer: Sendable, Hashable {
    /// A yes/no answer (`per: fixed`).
    case flag(Bool)
    /// A count of persons, places, kinds… (`per: item`).
    case count(Int)

    /// Whether the answer makes the rule apply: true, or a count above zero.
    package var applies: Bool {
        switch self {
        case .flag(let value): value
        case .count(let n): n > 0
        }
    }

    /// How many times the rule's value applies: 1 for true, the count for a count, 0 otherwise.
    package var multiplier: Int {
        switch self {
        case .flag(let value): value ? 1 : 0
        case .count(let n): max(n, 0)
        }
    }
}

extension GradingAnswer: CustomStringConvertible {
    /// 是, 否, or the count.
    package var description: String {
        switch self {
        case .flag(let value): value ? "是" : "否"
        case .count(let n): "\(n)"
        }
    }
}

extension GradingAnswer: Codable {
    /// Decodes `true`/`false` or a whole number.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let flag = try? container.decode(Bool.self) {
            self = .flag(flag)
        } else if let n = try? container.decode(Int.self) {
            self = .count(n)
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "应为 true/false 或非负整数")
        }
    }

    /// Encodes `true`/`false` or the count.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .flag(let value): try container.encode(value)
        case .count(let n): try container.encode(n)
        }
    }
}
