import Foundation
import HazChemReports
import HazChemXLSX
import ZIPFoundation

/// Fills cells of an xlsx file the way a hand edit of the XML would: each target `<c>` element is
/// replaced in the worksheet part (keeping its style), text as an inline string, numbers as `<v>`.
enum XLSXCellEditor {
    /// A value to put in a cell.
    enum Value: Equatable {
        case text(String)
        case number(Double)
    }

    struct MissingCell: Error, CustomStringConvertible {
        var sheet: String
        var cell: String
        var description: String { "工作表「\(sheet)」中没有单元格 \(cell)（表单中的答案单元格应已存在）" }
    }

    /// Rewrites cells (sheet name → cell → value) of the workbook at `url` in place.
    static func edit(_ url: URL, cells: [String: [String: Value]]) throws {
        let sheets = try XLSXReader(url: url).sheets
        let archive = try Archive(url: url, accessMode: .update)
        for (sheetName, values) in cells {
            guard let part = sheets.first(where: { $0.name == sheetName })?.part, let entry = archive[part] else {
                throw MissingCell(sheet: sheetName, cell: "")
            }
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            var xml = String(decoding: data, as: UTF8.self)
            for (cell, value) in values.sorted(by: { $0.key < $1.key }) {
                xml = try replace(cell, with: value, in: xml, sheet: sheetName)
            }
            try archive.remove(entry)
            let bytes = Data(xml.utf8)
            try archive.addEntry(
                with: part, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    /// The worksheet XML with one `<c r="…">` element replaced.
    private static func replace(_ cell: String, with value: Value, in xml: String, sheet: String) throws -> String {
        let pattern = "<c r=\"\(cell)\"([^>]*?)(/>|>.*?</c>)"
        let regex = try NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        let whole = NSRange(xml.startIndex..., in: xml)
        guard let match = regex.firstMatch(in: xml, range: whole), let range = Range(match.range, in: xml),
            let attributesRange = Range(match.range(at: 1), in: xml)
        else { throw MissingCell(sheet: sheet, cell: cell) }
        let style =
            xml[attributesRange].components(separatedBy: " ").first { $0.hasPrefix("s=") }.map { " " + $0 } ?? ""
        let element: String
        switch value {
        case .text(let text):
            element = "<c r=\"\(cell)\"\(style) t=\"inlineStr\"><is><t>\(escaped(text))</t></is></c>"
        case .number(let number):
            element = "<c r=\"\(cell)\"\(style)><v>\(number)</v></c>"
        }
        return xml.replacingCharacters(in: range, with: element)
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
