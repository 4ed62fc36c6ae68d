import Foundation
import HazChemCore

/// Every table file of a directory, loaded by its `kind:`, with the grading tables ready to score with.
package struct TableCatalog: Sendable {
    /// The kinds of table file (`kind:` at the top of the file).
    package enum Kind: String, CaseIterable, Sendable {
        /// A diagnostic grading table.
        case grading
        /// An inspection checklist.
        case checklist
        /// The 121号 major-hazard criteria list.
        case criteria
        /// GB 18218-2018 reference quantities.
        case mhiReference = "mhi-reference"

        /// 分级表, 检查表, 重大隐患判定标准, 重大危险源辨识参考.
        package var label: String {
            switch self {
            case .grading: "分级表"
            case .checklist: "检查表"
            case .criteria: "重大隐患判定标准"
            case .mhiReference: "重大危险源辨识参考"
            }
        }
    }

    /// One table file found in the directory.
    package struct Entry: Sendable {
        /// The table header.
        package var header: TableHeader
        /// The kind of table.
        package var kind: Kind
        /// The file path relative to the directory.
        package var file: String
        /// Whether the whole table was loaded and validated; false for kinds with only their header read so far.
        package var isLoaded: Bool
    }

    /// What loading one file found.
    package struct FileReport: Sendable {
        /// The file path relative to the directory.
        package var file: String
        /// Its problems; empty when the file is fine.
        package var problems: [TableError.Problem]
    }

    /// Every table file that loaded without problems, in path order.
    package private(set) var entries: [Entry] = []
    /// The grading tables, in path order.
    package private(set) var gradingTables: [GradingTable] = []

    /// An empty catalog.
    package init() {}

    /// Loads every table file under `directory`, or throws every problem of every file.
    package static func load(directory: URL) throws(TableError) -> TableCatalog {
        let (catalog, reports) = inspect(directory: directory)
        let problems = reports.flatMap(\.problems)
        if !problems.isEmpty { throw TableError(problems: problems) }
        return catalog
    }

    /// Loads what it can from `directory` (recursively, skipping `examples/` and hidden entries) and reports
    /// on each `*.yaml` / `*.yml` file.
    package static func inspect(directory: URL) -> (catalog: TableCatalog, reports: [FileReport]) {
        var catalog = TableCatalog()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            let problem = TableError.Problem(file: directory.path, line: nil, field: "", message: "检查表目录不存在或不是目录")
            return (catalog, [FileReport(file: directory.path, problems: [problem])])
        }
        var reports: [FileReport] = []
        for (url, relative) in tableFiles(in: directory) {
            let problems = catalog.add(contentsOf: url, name: relative)
            reports.append(FileReport(file: relative, problems: problems))
        }
        return (catalog, reports)
    }

    /// Loads one file into the catalog and returns its problems (nothing is added when there are any).
    package mutating func add(contentsOf url: URL, name: String) -> [TableError.Problem] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            return [.init(file: name, line: nil, field: "", message: "无法读取文件（应为UTF-8文本）")]
        }
        return add(text: text, name: name)
    }

    /// Loads one file's text into the catalog and returns its problems (nothing is added when there are any).
    package mutating func add(text: String, name: String) -> [TableError.Problem] {
        let document = YAMLDocument(file: name, text: text)
        guard let root = document.root else { return Self.inLineOrder(document.problems) }
        guard let kindField = root.required("kind"), let kindText = kindField.text else {
            return Self.inLineOrder(document.problems)
        }
        guard let kind = Kind(rawValue: kindText) else {
            let known = Kind.allCases.map(\.rawValue).joined(separator: "、")
            document.report(kindField, "未知的表类型“\(kindText)”（可用：\(known)）")
            return Self.inLineOrder(document.problems)
        }
        let loaded = Self.read(document, kind: kind)
        guard document.problems.isEmpty, let loaded else { return Self.inLineOrder(document.problems) }
        let header = loaded.header
        if let other = entries.first(where: { $0.header.id == header.id }) {
            document.report(root["id"] ?? root, "表编号“\(header.id)”重复：已在 \(other.file) 中定义")
            return Self.inLineOrder(document.problems)
        }
        keep(loaded)
        entries.append(Entry(header: header, kind: kind, file: name, isLoaded: loaded.isLoaded))
        return []
    }

    /// The grading table with `id`, if loaded.
    package func gradingTable(id: String) -> GradingTable? { gradingTables.first { $0.id == id } }

    /// The catalog entry with `id`, of any kind.
    package func entry(id: String) -> Entry? { entries.first { $0.header.id == id } }

    /// The grading table for an enterprise kind: an official one before a local default, then by id.
    package func gradingTable(for kind: EnterpriseKind) -> GradingTable? {
        func rank(_ table: GradingTable) -> Int { table.header.status == .official ? 0 : 1 }
        return gradingTables.filter { $0.header.appliesTo.contains(kind) }
            .min { (rank($0), $0.id) < (rank($1), $1.id) }
    }

    // MARK: - Registration point for table kinds
    // To add a kind's loader: add a case to `Loaded`, read and validate the kind in `read(_:kind:)`
    // (recording problems in the document), and store it in `keep(_:)`.

    /// A file's table as read, before it joins the catalog.
    private enum Loaded {
        case grading(GradingTable)
        /// A kind whose loader is not written yet: only its header was read and checked.
        case headerOnly(TableHeader)

        var header: TableHeader {
            switch self {
            case .grading(let table): table.header
            case .headerOnly(let header): header
            }
        }

        var isLoaded: Bool {
            if case .headerOnly = self { return false }
            return true
        }
    }

    /// Reads the body of a file by kind; nil when it has problems (they are in `document`).
    private static func read(_ document: YAMLDocument, kind: Kind) -> Loaded? {
        guard let root = document.root else { return nil }
        switch kind {
        case .grading:
            return GradingTableLoader.read(document).map(Loaded.grading)
        case .checklist:
            // Header only in this wave; the checklist loader goes here.
            return readHeader(root, requireAppliesTo: true).map(Loaded.headerOnly)
        case .criteria, .mhiReference:
            // Header only in this wave; their loaders go here.
            return readHeader(root, requireAppliesTo: false).map(Loaded.headerOnly)
        }
    }

    /// Stores a valid file's table.
    private mutating func keep(_ loaded: Loaded) {
        switch loaded {
        case .grading(let table): gradingTables.append(table)
        case .headerOnly: break
        }
    }
}
