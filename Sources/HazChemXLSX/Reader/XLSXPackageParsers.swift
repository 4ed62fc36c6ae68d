import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// One `<Relationship>` of a `.rels` part.
struct Relationship {
    var id: String
    var type: String
    var target: String
}

/// The value of an attribute whatever its namespace prefix (`r:id`, `id`).
func attribute(_ name: String, in attributes: [String: String]) -> String? {
    if let value = attributes[name] { return value }
    return attributes.first { $0.key.hasSuffix(":" + name) }?.value
}

/// Collects the relationships of a `.rels` part.
final class RelationshipsParser: NSObject, XMLParserDelegate {
    var relationships: [Relationship] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard elementName == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else {
            return
        }
        relationships.append(Relationship(id: id, type: attributes["Type"] ?? "", target: target))
    }
}

/// Collects the `<sheet>` entries of `workbook.xml`.
final class WorkbookPartParser: NSObject, XMLParserDelegate {
    struct Sheet {
        var name: String
        var state: String
        var relationship: String
    }

    var sheets: [Sheet] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard elementName == "sheet", let name = attributes["name"], let id = attribute("id", in: attributes) else {
            return
        }
        sheets.append(Sheet(name: name, state: attributes["state"] ?? "visible", relationship: id))
    }
}

/// Collects the shared-string table: plain `<si><t>` and rich-text `<si><r><t>` runs, without phonetic runs.
final class SharedStringsParser: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current = ""
    private var capturing = false
    private var phoneticDepth = 0

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch elementName {
        case "si": current = ""
        case "rPh": phoneticDepth += 1
        case "t": capturing = phoneticDepth == 0
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch elementName {
        case "si": strings.append(current)
        case "rPh": phoneticDepth -= 1
        case "t": capturing = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if capturing { current += string }
    }
}
