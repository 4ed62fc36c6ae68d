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
        var out = "\""
        out.reserveCapacity(value.utf8.count + 2)
        var plainStart = value.unicodeScalars.startIndex
        var index = plainStart
        let scalars = value.unicodeScalars
        while index != scalars.endIndex {
            let scalar = scalars[index]
            let escape: String?
            switch scalar {
            case "\"": escape = "\\\""
            case "\\": escape = "\\\\"
            case "\n": escape = "\\n"
            case "\r": escape = "\\r"
            case "\t": escape = "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: escape = nil
            }
            if let escape {
                out.unicodeScalars.append(contentsOf: scalars[plainStart..<index])
                out += escape
                plainStart = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        out.unicodeScalars.append(contentsOf: scalars[plainStart..<scalars.endIndex])
        return out + "\""
    }
}
