import Foundation

extension StringProtocol {
    /// The text without leading and trailing white space and line breaks.
    ///
    /// Used instead of Foundation's `trimmingCharacters(in:)`, which dominated import time.
    var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }
}
