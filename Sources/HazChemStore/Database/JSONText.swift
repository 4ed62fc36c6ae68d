import Foundation

/// JSON text for the list columns (hazardous processes, key chemicals, levels) and the web's save answers,
/// written without an encoder because imports write hundreds of thousands of them and saves thousands a second.
package enum JSONText {
    /// `["氯化","硝化"]`.
    static func encode(_ strings: [String]) -> String {
        "[" + strings.map(quoted).joined(separator: ",") + "]"
    }

    /// `value` as a JSON string literal: quotes, backslashes and control characters escaped, `/` and non-ASCII
    /// characters kept (as `JSONEncoder` with `.withoutEscapingSlashes` writes them).
    package static func quoted(_ value: String) -> String {
        // Most texts need no escape: the C library finds that far faster than a Swift loop in a debug build.
        let plain = value.withCString { chars in special.withUnsafeBufferPointer { strcspn(chars, $0.baseAddress!) } }
        if plain == value.utf8.count { return "\"" + value + "\"" }
        // On the UTF-8 bytes: every byte to escape is ASCII, so runs between them are copied whole.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(value.utf8.count + 16)
        bytes.append(UInt8(ascii: "\""))
        let hex = Array("0123456789abcdef".utf8)
        var value = value
        value.withUTF8 { utf8 in
            var start = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                bytes.append(contentsOf: utf8[start..<index])
                start = index + 1
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case 0x22: bytes.append(0x22)
                case 0x5C: bytes.append(0x5C)
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                default: bytes += [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
                }
            }
            bytes.append(contentsOf: utf8[start...])
        }
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The bytes ``quoted(_:)`` escapes, for `strcspn` (NUL-terminated).
    private static let special: [CChar] = (1..<32).map { CChar($0) } + [CChar(0x22), CChar(0x5C), 0]

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
