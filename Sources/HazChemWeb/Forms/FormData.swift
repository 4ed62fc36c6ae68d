import Foundation

/// The fields of a URL-encoded form body or query string, in order; a name may repeat.
package struct FormData: Sendable, Equatable {
    /// The decoded name–value pairs.
    package private(set) var fields: [(name: String, value: String)] = []

    /// An empty form.
    package init() {}

    /// Decodes `application/x-www-form-urlencoded` text (`+` is a space, `%XX` a byte of UTF-8).
    package init(urlEncoded text: String) {
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            if name.isEmpty { continue }
            fields.append((name, parts.count > 1 ? Self.decode(parts[1]) : ""))
        }
    }

    /// Adds a field at the end.
    package mutating func append(_ name: String, _ value: String) { fields.append((name, value)) }

    /// The first value of `name`, nil when absent.
    package subscript(_ name: String) -> String? {
        fields.first { $0.name == name }?.value
    }

    /// The first value of `name` without surrounding white space; nil when absent or blank.
    package func text(_ name: String) -> String? {
        guard let value = self[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            return nil
        }
        return value
    }

    private static func decode(_ part: Substring) -> String {
        let spaced = part.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    package static func == (lhs: FormData, rhs: FormData) -> Bool {
        lhs.fields.elementsEqual(rhs.fields) { $0.name == $1.name && $0.value == $1.value }
    }
}
