import Foundation
import HazChemXLSX

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads one worksheet part into an `XLSXSheet`, stopping at the first cell it cannot understand.
final class WorksheetPartParser: NSObject, XMLParserDelegate {
    /// Where the characters being read go.
    private enum Capture {
        case none, value, formula, inlineText, formula1, validationRanges
    }

    private(set) var sheet: XLSXSheet
    /// The first problem found (the parse is aborted then).
    private(set) var problem: XLSXError?
    private let sharedStrings: [String]

    private var row = -1
    private var column = -1
    private var reference = ""
    private var type = "n"
    private var style: Int?
    private var value = ""
    private var hasValue = false
    private var formula: String?
    private var inline: String?
    private var inInlineString = false
    private var phoneticDepth = 0
    private var capture = Capture.none
    private var validation: XLSXDataValidation?

    init(name: String, sharedStrings: [String]) {
        sheet = XLSXSheet(name: name)
        self.sharedStrings = sharedStrings
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch elementName {
        case "row":
            row = attributes["r"].flatMap { Int($0) }.map { $0 - 1 } ?? row + 1
            column = -1
        case "c": startCell(attributes, parser)
        case "v":
            capture = .value
            hasValue = true
        case "f":
            if validation != nil {
                capture = .formula1
            } else {
                formula = formula ?? ""
                capture = .formula
            }
        case "is":
            inInlineString = true
            inline = ""
        case "rPh": phoneticDepth += 1
        case "t" where inInlineString && phoneticDepth == 0: capture = .inlineText
        case "dataValidation":
            validation = XLSXDataValidation(type: attributes["type"] ?? "", ranges: attributes["sqref"] ?? "")
        case "formula1" where validation != nil:
            validation?.formula1 = ""
            capture = .formula1
        case "sqref" where validation != nil: capture = .validationRanges
        case "autoFilter": sheet.autofilter = attributes["ref"]
        case "pane" where attributes["state"]?.hasPrefix("frozen") ?? false:
            sheet.frozenTopLeft = attributes["topLeftCell"]
        case "mergeCell": if let ref = attributes["ref"] { sheet.mergedRanges.append(ref) }
        case "sheetProtection": sheet.isProtected = attributes["sheet"] == "1" || attributes["sheet"] == "true"
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch elementName {
        case "v", "f", "t", "formula1", "sqref": capture = .none
        case "is": inInlineString = false
        case "rPh": phoneticDepth -= 1
        case "c": finishCell(parser)
        case "dataValidation":
            if let validation { sheet.dataValidations.append(validation) }
            validation = nil
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        switch capture {
        case .none: break
        case .value: value += string
        case .formula: formula? += string
        case .inlineText: inline? += string
        case .formula1:
            let previous = validation?.formula1 ?? ""
            validation?.formula1 = previous + string
        case .validationRanges: validation?.ranges += string
        }
    }

    /// Reads a `<c>` element's reference, type and style.
    private func startCell(_ attributes: [String: String], _ parser: XMLParser) {
        if let text = attributes["r"] {
            guard let address = CellAddress(text), address.isValid else {
                fail(.invalidContent("单元格引用「\(text)」无效"), cell: text, parser)
                return
            }
            row = address.row
            column = address.column
        } else {
            column += 1
        }
        reference = CellAddress(row: max(row, 0), column: column).description
        type = attributes["t"] ?? "n"
        style = attributes["s"].flatMap { Int($0) }
        value = ""
        hasValue = false
        formula = nil
        inline = nil
    }

    /// Turns the collected text of a cell into its value.
    private func finishCell(_ parser: XMLParser) {
        var cell = XLSXCell(value: nil, formula: formula, styleIndex: style)
        switch type {
        case "s":
            guard hasValue else { break }
            guard let index = Int(value), sharedStrings.indices.contains(index) else {
                fail(.invalidContent("共享字符串索引「\(value)」不存在"), cell: reference, parser)
                return
            }
            cell.value = .text(sharedStrings[index])
        case "inlineStr": cell.value = inline.map { .text($0) } ?? (hasValue ? .text(value) : nil)
        case "str", "d": cell.value = hasValue ? .text(value) : nil
        case "b": cell.value = hasValue ? .boolean(value == "1" || value == "true") : nil
        case "e": cell.value = hasValue ? .error(value) : nil
        default:
            guard hasValue, !value.isEmpty else { break }
            guard let number = Double(value) else {
                fail(.invalidContent("数值「\(value)」无法识别"), cell: reference, parser)
                return
            }
            cell.value = .number(number)
        }
        if cell.value != nil || cell.formula != nil || cell.styleIndex != nil {
            sheet.cells[reference] = cell
        }
    }

    private func fail(_ code: XLSXError.Code, cell: String, _ parser: XMLParser) {
        guard problem == nil else { return }
        problem = XLSXError(code, sheet: sheet.name, cell: cell)
        parser.abortParsing()
    }
}
