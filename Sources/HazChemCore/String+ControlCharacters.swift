import Foundation

extension StringProtocol {
    /// Why the text cannot be stored: it holds NUL or another control character (C0, DEL, C1, or the line and
    /// paragraph separators), which would cut it short or break exports; nil when it is clean. Tab and line
    /// breaks are allowed only in `multiline` fields (findings, measures, notes).
    package func controlCharacterProblem(multiline: Bool = false) -> String? {
        for scalar in unicodeScalars {
            let allowed = multiline && (scalar == "\t" || scalar == "\n" || scalar == "\r")
            guard !allowed, Self.isControl(scalar) else { continue }
            let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
            let name = scalar.value == 0 ? "空字符（NUL，\(code)）" : "控制字符（\(code)）"
            return "含有不允许的\(name)" + (multiline ? "：只允许制表符和换行" : "：单行文本不能含制表符、换行或其他控制字符")
        }
        return nil
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
        default: false
        }
    }
}

extension String {
    /// The text with leading zeros up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
