import Foundation

/// A unified social credit code (统一社会信用代码), validated per GB 32100-2015.
package struct CreditCode: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The 18 upper-case characters.
    package let value: String

    /// The 31 characters a code may use, in value order (no I, O, Z, S, V).
    package static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    /// Weights for positions 1–17: 3^(i−1) mod 31.
    package static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    /// Why a code was refused.
    package enum Problem: Error, Equatable, Sendable, CustomStringConvertible {
        case length(Int)
        case character(position: Int, Character)
        case checkCharacter(expected: Character, found: Character)

        package var description: String {
            switch self {
            case .length(let n): "统一社会信用代码应为18位，实际为\(n)位"
            case .character(let p, let c): "统一社会信用代码第\(p)位字符“\(c)”无效（GB 32100：只能用数字和大写字母，不用I、O、Z、S、V，不用小写字母）"
            case .checkCharacter(let e, let f): "统一社会信用代码校验位错误：第18位应为“\(e)”，实际为“\(f)”"
            }
        }
    }

    /// Validates the code; lower-case letters are accepted and upper-cased.
    package static func validate(_ text: String) -> Result<CreditCode, Problem> {
        if let code = validASCII(text) { return .success(code) }
        let chars = Array(text.trimmingCharacters(in: .whitespacesAndNewlines).uppercased())
        guard chars.count == 18 else { return .failure(.length(chars.count)) }
        var values: [Int] = []
        for (index, c) in chars.enumerated() {
            guard let v = alphabet.firstIndex(of: c) else { return .failure(.character(position: index + 1, c)) }
            values.append(v)
        }
        let sum = zip(values.prefix(17), weights).reduce(0) { $0 + $1.0 * $1.1 }
        let expected = alphabet[checkValue(weightedSum: sum)]
        guard chars[17] == expected else { return .failure(.checkCharacter(expected: expected, found: chars[17])) }
        return .success(CreditCode(verified: String(chars)))
    }

    private init(verified: String) { self.value = verified }

    /// The check character's value (0–30) for Σ value × weight over positions 1–17: 31 − (sum mod 31), 31 → 0.
    /// The one place the GB 32100 check rule is written.
    private static func checkValue(weightedSum sum: Int) -> Int { (31 - sum % 31) % 31 }

    /// The valid code that completes `first17` (17 characters of the code alphabet) with its check character;
    /// nil when `first17` is not 17 such characters.
    package static func completing(_ first17: String) -> CreditCode? {
        let characters = Array(first17.uppercased())
        guard characters.count == 17 else { return nil }
        var sum = 0
        for (character, weight) in zip(characters, weights) {
            guard let value = alphabet.firstIndex(of: character) else { return nil }
            sum += value * weight
        }
        return CreditCode(verified: String(characters) + String(alphabet[checkValue(weightedSum: sum)]))
    }

    /// Character value (0–30) of each ASCII byte, lower-case letters included; -1 for bytes no code uses.
    private static let asciiValues: [Int8] = {
        var table = [Int8](repeating: -1, count: 128)
        for (value, character) in alphabet.enumerated() {
            let byte = Int(character.asciiValue!)
            table[byte] = Int8(value)
            if character.isLetter { table[byte + 32] = Int8(value) }
        }
        return table
    }()

    /// The fast path of imports: a valid code of exactly 18 ASCII characters, without surrounding white
    /// space, else nil (and ``validate(_:)`` takes the general path, which explains what is wrong).
    private static func validASCII(_ text: String) -> CreditCode? {
        var text = text
        return text.withUTF8 { bytes -> CreditCode? in
            guard bytes.count == 18 else { return nil }
            var sum = 0
            var lowerCase = false
            for index in 0..<18 {
                let byte = bytes[index]
                guard byte < 128 else { return nil }
                let value = Int(asciiValues[Int(byte)])
                guard value >= 0 else { return nil }
                if byte >= 0x61 { lowerCase = true }
                if index < 17 {
                    sum += value * weights[index]
                } else if value != checkValue(weightedSum: sum) {
                    return nil
                }
            }
            let upper = lowerCase ? String(decoding: bytes.map { $0 >= 0x61 ? $0 - 32 : $0 }, as: UTF8.self) : nil
            return CreditCode(verified: upper ?? String(decoding: bytes, as: UTF8.self))
        }
    }

    /// Parses and validates, or returns nil.
    package init?(_ text: String) {
        guard case .success(let code) = CreditCode.validate(text) else { return nil }
        self = code
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        switch CreditCode.validate(text) {
        case .success(let code): self = code
        case .failure(let problem):
            throw DecodingError.dataCorruptedError(in: container, debugDescription: problem.description)
        }
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    package var description: String { value }
}
