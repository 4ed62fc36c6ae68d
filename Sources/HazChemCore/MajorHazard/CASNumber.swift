import Foundation

/// CAS Registry Numbers: normalisation and the check-digit test.
package enum CASNumber {
    /// Compatibility-normalised (full-width digits and dashes become ASCII) and without whitespace.
    package static func normalized(_ text: String) -> String {
        String(
            text.precomposedStringWithCompatibilityMapping
                .replacingOccurrences(of: "－", with: "-").replacingOccurrences(of: "—", with: "-")
                .filter { !$0.isWhitespace })
    }

    /// True for `NNNNNNN-NN-N` (2–7 leading digits) whose check digit matches.
    ///
    /// The check digit is the sum of each other digit times its position counted from the right,
    /// modulo 10: for 7732-18-5, (8·1 + 1·2 + 2·3 + 3·4 + 7·5 + 7·6) mod 10 = 5.
    package static func isValid(_ text: String) -> Bool {
        let parts = normalized(text).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, (2...7).contains(parts[0].count), parts[1].count == 2, parts[2].count == 1,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return false }
        let body = (parts[0] + parts[1]).compactMap(\.wholeNumberValue)
        let check = parts[2].first!.wholeNumberValue!
        let sum = body.reversed().enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }
        return sum % 10 == check
    }
}
