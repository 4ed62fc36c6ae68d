import Foundation

/// JSON text for the list columns (hazardous processes, key chemicals, levels), written without an encoder
/// because imports write hundreds of thousands of them.
enum JSONText {
    /// `["氯化","硝化"]`.
    static func encode(_ strings: [String]) -> String {
        var out = "["
        for (index, string) in strings.enumerated() {
            if index > 0 { out += "," }
            out += "\""
            for scalar in string.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
            out += "\""
        }
        return out + "]"
    }

    /// `[2,3]`.
    static func encode(_ numbers: [Int]) -> String {
        "[" + numbers.map(String.init).joined(separator: ",") + "]"
    }

    /// Decodes a JSON array of strings, nil when the text is not one.
    static func strings(_ text: String) -> [String]? {
        try? JSONDecoder().decode([String].self, from: Data(text.utf8))
    }

    /// Decodes a JSON array of integers, nil when the text is not one.
    static func integers(_ text: String) -> [Int]? {
        try? JSONDecoder().decode([Int].self, from: Data(text.utf8))
    }
}
