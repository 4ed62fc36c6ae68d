import Foundation
import HazChemXLSX

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// What a cell format (`cellXfs` entry of `styles.xml`) says about fill, number format and protection.
package struct XLSXCellStyle: Equatable, Sendable {
    /// The solid fill colour as `RRGGBB`, when the format has an RGB fill.
    package var fill: String?
    /// The number format code, such as `yyyy-mm-dd`; nil for General.
    package var numberFormat: String?
    /// Whether the cell is locked when its sheet is protected (Excel's default is locked).
    package var locked: Bool

    /// Creates a style description.
    package init(fill: String? = nil, numberFormat: String? = nil, locked: Bool = true) {
        self.fill = fill
        self.numberFormat = numberFormat
        self.locked = locked
    }
}

extension XLSXReader {
    /// The cell formats of the workbook, indexed by a cell's `styleIndex`; empty without a styles part.
    package func cellStyles() throws -> [XLSXCellStyle] {
        guard let part = stylesPart else { return [] }
        let parser = StylesPartParser()
        try Self.parse(Self.read(part, from: archive, limits: limits, file: file), with: parser, part: part, file: file)
        return parser.formats.map { format in
            XLSXCellStyle(
                fill: format.fillId.flatMap { parser.fills.indices.contains($0) ? parser.fills[$0] : nil },
                numberFormat: parser.numberFormats[format.numberFormatId]
                    ?? Self.builtInNumberFormats[format.numberFormatId],
                locked: format.locked)
        }
    }

    /// The built-in number formats the reports use (ids below 164 are not stored in the file).
    static let builtInNumberFormats: [Int: String] = [1: "0", 2: "0.00", 14: "mm-dd-yy", 49: "@"]
}

/// Collects fills, custom number formats and the cell formats (`cellXfs`) of `styles.xml`.
final class StylesPartParser: NSObject, XMLParserDelegate {
    struct CellFormat {
        var numberFormatId: Int
        var fillId: Int?
        var locked = true
    }

    /// Each fill's solid RGB colour (`RRGGBB`) or nil.
    var fills: [String?] = []
    var numberFormats: [Int: String] = [:]
    var formats: [CellFormat] = []
    private var inFills = false
    private var inCellFormats = false
    private var solid = false

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch elementName {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] {
                numberFormats[id] = code
            }
        case "fills": inFills = true
        case "fill" where inFills: fills.append(nil)
        case "patternFill" where inFills: solid = attributes["patternType"] == "solid"
        case "fgColor" where inFills && solid:
            if let rgb = attributes["rgb"], !fills.isEmpty { fills[fills.count - 1] = String(rgb.suffix(6)) }
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats:
            formats.append(
                CellFormat(
                    numberFormatId: attributes["numFmtId"].flatMap(Int.init) ?? 0,
                    fillId: attributes["fillId"].flatMap(Int.init)))
        case "protection" where inCellFormats && !formats.isEmpty:
            let locked = attributes["locked"]
            formats[formats.count - 1].locked = !(locked == "0" || locked == "false")
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch elementName {
        case "fills": inFills = false
        case "cellXfs": inCellFormats = false
        default: break
        }
    }
}
