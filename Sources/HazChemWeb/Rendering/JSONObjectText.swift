/// A JSON object written field by field, for the answers the server sends on every save (an encoder would cost
/// more than the rest of the answer). Fields are written in the order given; nil values are left out, as
/// `JSONEncoder` leaves them out.
struct JSONObjectText {
    private(set) var text = "{"
    private var empty = true

    /// `"name":` after a comma when needed.
    private mutating func key(_ name: String) {
        if !empty { text += "," }
        empty = false
        text += "\""
        text += name
        text += "\":"
    }

    mutating func add(_ name: String, _ value: String?) {
        guard let value else { return }
        key(name)
        text += Self.quoted(value)
    }

    mutating func add(_ name: String, _ value: Int?) {
        guard let value else { return }
        key(name)
        text += String(value)
    }

    mutating func add(_ name: String, _ value: Bool?) {
        guard let value else { return }
        key(name)
        text += value ? "true" : "false"
    }

    mutating func add(_ name: String, _ values: [String]) {
        key(name)
        text += "[" + values.map(Self.quoted).joined(separator: ",") + "]"
    }

    /// A value already written as JSON (a nested object, or a string quoted once and shared).
    mutating func add(_ name: String, json: String?) {
        guard let json else { return }
        key(name)
        text += json
    }

    /// The finished object.
    var closed: String { text + "}" }

    /// `value` as a JSON string literal: quotes, backslashes and control characters escaped, `/` and non-ASCII
    /// characters kept (as `JSONEncoder` with `.withoutEscapingSlashes` writes them).
    static func quoted(_ value: String) -> String {
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
}
