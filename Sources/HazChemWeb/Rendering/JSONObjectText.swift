import HazChemStore

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
        text += JSONText.quoted(value)
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
        text += "[" + values.map(JSONText.quoted).joined(separator: ",") + "]"
    }

    /// A value already written as JSON (a nested object, or a string quoted once and shared).
    mutating func add(_ name: String, json: String?) {
        guard let json else { return }
        key(name)
        text += json
    }

    /// The finished object.
    var closed: String { text + "}" }
}
