import Foundation
import HazChemXLSX
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads xlsx workbooks written by libxlsxwriter, Excel, WPS or openpyxl: the sheet list and cell values.
///
/// Understands shared strings (with rich-text runs), inline strings, numbers, booleans, errors, formulas
/// with their cached values, data validations, autofilter, frozen panes and merged ranges. Errors name the
/// file and, where known, the sheet and cell.
package struct XLSXReader {
    /// Whether a sheet's tab is shown.
    package enum Visibility: String, Equatable, Sendable {
        case visible, hidden, veryHidden
    }

    /// A sheet listed in the workbook.
    package struct SheetEntry: Equatable, Sendable {
        /// The sheet name.
        package var name: String
        /// Shown, hidden, or very hidden.
        package var visibility: Visibility
        /// Its part inside the zip, e.g. `xl/worksheets/sheet1.xml`.
        package var part: String
    }

    /// The file path, for messages.
    package let file: String
    /// The sheets in workbook order (worksheets only; chart sheets are skipped).
    package let sheets: [SheetEntry]
    /// The shared-string table (empty when the workbook has none).
    package let sharedStrings: [String]
    /// The styles part (`xl/styles.xml`), when the workbook has one.
    let stylesPart: String?
    let archive: Archive
    /// The inflation limits every part is read under.
    let limits: Limits

    /// Opens a workbook and reads its sheet list and shared strings; refuses a zip beyond `limits`.
    package init(url: URL, limits: Limits = .standard) throws {
        file = url.path
        self.limits = limits
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XLSXError(.invalidContent("找不到文件，请检查路径"), file: url.path)
        }
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw XLSXError(.unreadableArchive, file: url.path)
        }
        try Self.checkDeclaredSizes(of: archive, limits: limits, file: file)
        let workbookPart =
            try Self.parseRelationships(part: "_rels/.rels", from: archive, limits: limits, file: file)
            .first { $0.type.hasSuffix("/officeDocument") }.map { Self.resolve($0.target, against: "") }
            ?? "xl/workbook.xml"
        let folder = workbookPart.split(separator: "/").dropLast().joined(separator: "/")
        let relsPart =
            (folder.isEmpty ? "" : folder + "/") + "_rels/" + workbookPart.split(separator: "/").last! + ".rels"
        let relationships = try Self.parseRelationships(part: relsPart, from: archive, limits: limits, file: file)
        let targets = Dictionary(
            relationships.map { ($0.id, Self.resolve($0.target, against: folder)) }, uniquingKeysWith: { a, _ in a })
        let parser = WorkbookPartParser()
        try Self.parse(
            Self.read(workbookPart, from: archive, limits: limits, file: file), with: parser, part: workbookPart,
            file: file)
        sheets = try parser.sheets.compactMap { sheet in
            guard let part = targets[sheet.relationship] else {
                throw XLSXError(.missingPart("关系 \(sheet.relationship)"), file: url.path, sheet: sheet.name)
            }
            guard relationships.first(where: { $0.id == sheet.relationship })?.type.hasSuffix("/worksheet") ?? true
            else { return nil }
            return SheetEntry(name: sheet.name, visibility: Visibility(rawValue: sheet.state) ?? .visible, part: part)
        }
        stylesPart = relationships.first { $0.type.hasSuffix("/styles") }.map {
            Self.resolve($0.target, against: folder)
        }
        if let stringsRelation = relationships.first(where: { $0.type.hasSuffix("/sharedStrings") }) {
            let part = Self.resolve(stringsRelation.target, against: folder)
            let strings = SharedStringsParser()
            try Self.parse(
                Self.read(part, from: archive, limits: limits, file: file), with: strings, part: part, file: file)
            sharedStrings = strings.strings
        } else {
            sharedStrings = []
        }
    }

    /// The sheet names in workbook order.
    package var sheetNames: [String] { sheets.map(\.name) }

    /// Reads every cell of the named sheet.
    package func sheet(named name: String) throws -> XLSXSheet {
        guard let entry = sheets.first(where: { $0.name == name }) else {
            throw XLSXError(.unknownSheet, file: file, sheet: name)
        }
        let parser = WorksheetPartParser(name: name, sharedStrings: sharedStrings)
        let data = try Self.read(entry.part, from: archive, limits: limits, file: file)
        do {
            try Self.parse(data, with: parser, part: entry.part, file: file)
        } catch var error as XLSXError {
            if let problem = parser.problem { throw problem.in(file: file) }
            error.sheet = name
            throw error
        }
        return parser.sheet
    }

    // MARK: - Package parts

    /// The bytes of a part, or `missingPart`.
    static func read(_ part: String, from archive: Archive, limits: Limits, file: String) throws -> Data {
        guard let entry = archive[part] else { throw XLSXError(.missingPart(part), file: file) }
        return try inflate(entry, from: archive, limits: limits, file: file)
    }

    /// Runs an XML parser over a part, mapping parse failures to `malformedXML`.
    static func parse(_ data: Data, with delegate: any XMLParserDelegate, part: String, file: String) throws {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.delegate = delegate
        // swift-corelibs-foundation may return true from parse() yet set parserError (e.g. unclosed tags).
        let succeeded = parser.parse()
        if !succeeded || parser.parserError != nil {
            let code = (parser.parserError as? NSError)?.code ?? 0
            let message = "XML 解析错误（代码 \(code)），第 \(parser.lineNumber) 行第 \(parser.columnNumber) 列"
            throw XLSXError(.malformedXML(part: part, message: message), file: file)
        }
    }

    /// The relationships listed in a `.rels` part.
    static func parseRelationships(part: String, from archive: Archive, limits: Limits, file: String) throws
        -> [Relationship]
    {
        let parser = RelationshipsParser()
        try parse(read(part, from: archive, limits: limits, file: file), with: parser, part: part, file: file)
        return parser.relationships
    }

    /// Turns a relationship target into a zip path: absolute targets drop the `/`, relative ones are
    /// resolved against the folder of the part that owns the relationship, with `..` removed.
    static func resolve(_ target: String, against folder: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." {
                _ = parts.popLast()
            } else if piece != "." {
                parts.append(String(piece))
            }
        }
        return parts.joined(separator: "/")
    }
}
