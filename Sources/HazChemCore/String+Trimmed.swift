import Foundation

extension StringProtocol {
    /// The text without leading and trailing white space (Unicode White_Space, including 全角空格 U+3000).
    ///
    /// Used instead of Foundation's `trimmingCharacters(in:)`, which dominated import time.
    package var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhiteSpace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isWhiteSpace })!
        return String(self[first..<scalars.index(after: last)])
    }
}

extension Unicode.Scalar {
    /// Whether the scalar has the Unicode White_Space property (the list is fixed by the standard).
    fileprivate var isWhiteSpace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
