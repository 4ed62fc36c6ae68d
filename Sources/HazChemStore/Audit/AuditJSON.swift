import Foundation

/// Renders records as compact JSON with sorted keys for the audit log's before/after columns.
package enum AuditJSON {
    /// The JSON text of `value` (ISO 8601 dates, sorted keys, no escaped slashes).
    package static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
