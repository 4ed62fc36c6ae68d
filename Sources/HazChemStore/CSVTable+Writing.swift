import Foundation

extension CSVTable {
    /// The table as CSV text: UTF-8 with a byte-order mark (so Excel shows Chinese), CRLF line ends,
    /// fields quoted when they hold a comma, quote or line break.
    package func rendered() -> Data {
        var text = "\u{FEFF}"
        for record in [header] + rows {
            text += record.map(Self.quoted).joined(separator: ",")
            text += "\r\n"
        }
        return Data(text.utf8)
    }

    /// Writes ``rendered()`` to `url`, replacing the file.
    package func write(to url: URL) throws(StoreError) {
        do {
            try rendered().write(to: url, options: .atomic)
        } catch {
            throw StoreError(.invalidInput, file: url.path, message: "无法写入文件：\(error.localizedDescription)")
        }
    }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
