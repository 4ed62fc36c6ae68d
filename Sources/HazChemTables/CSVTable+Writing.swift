import Foundation

extension CSVTable {
    /// The table as CSV text: UTF-8 with a byte-order mark (so Excel shows Chinese), CRLF line ends,
    /// fields quoted when they hold a comma, quote or line break.
    package func rendered() -> Data {
        var text = "\u{FEFF}"
        for record in [header] + rows.map(\.fields) {
            text += record.map(Self.quoted).joined(separator: ",")
            text += "\r\n"
        }
        return Data(text.utf8)
    }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
