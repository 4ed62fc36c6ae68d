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
    /// The inspection checklists, in path order.
    package private(set) var checklists: [Checklist] = []
    /// The major-hazard criteria lists (121号), in path order.
    package private(set) var criteriaLists: [MajorHazardCriteria] = []
    /// The GB 18218 reference data, in path order.
    package private(set) var majorHazardReferences: [MajorHazardReference] = []
    /// The files whose table could not be loaded because of their own problems, by the table id they declare, so a
    /// checklist linking to one is told the table has errors (not that it is missing).
    private var failedFiles: [String: String] = [:]

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
        let reports = catalog.addAll(tableFiles(in: directory))
        return (catalog, reports)
    }

    /// Loads one file into the catalog and returns its problems (nothing is added when there are any).
    package mutating func add(contentsOf url: URL, name: String) -> [TableError.Problem] {
        do {
            return add(text: try InputFile.text(at: url, limit: InputFile.yamlLimit), name: name)
        } catch {
            return error.problems.map {
                var p = $0; p.file = name; return p
            }
        }
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
        let loaded = read(document, kind: kind)
        guard document.problems.isEmpty, let loaded else {
            if let id = root["id"]?.scalarText, failedFiles[id] == nil { failedFiles[id] = name }
            return Self.inLineOrder(document.problems)
        }
        let header = loaded.header
        if let other = entries.first(where: { $0.header.id == header.id }) {
            document.report(root["id"] ?? root, "表编号“\(header.id)”重复：已在 \(other.file) 中定义")
            return Self.inLineOrder(document.problems)
        }
        keep(loaded)
        entries.append(Entry(header: header, kind: kind, file: name))
        return []
    }

    /// Loads files so that checklists come after the grading tables and criteria they link to;
    /// returns a report per file in the given order.
    package mutating func addAll(_ files: [(url: URL, relative: String)]) -> [FileReport] {
        var texts: [(name: String, text: String?)] = files.map {
            ($0.relative, try? String(contentsOf: $0.url, encoding: .utf8))
        }
        var problemsByName: [String: [TableError.Problem]] = [:]
        let isChecklist = texts.map { $0.text.map(Self.declaresChecklist) ?? false }
        for pass in [false, true] {
            for (index, entry) in texts.enumerated() where isChecklist[index] == pass {
                guard let text = entry.text else {
                    problemsByName[entry.name] = [
                        .init(file: entry.name, line: nil, field: "", message: "无法读取文件（应为UTF-8文本）")
                    ]
                    continue
                }
                problemsByName[entry.name] = add(text: text, name: entry.name)
            }
        }
        texts.removeAll()
        return files.map { FileReport(file: $0.relative, problems: problemsByName[$0.relative] ?? []) }
    }

    /// Whether a file's text declares `kind: checklist` on a top-level line (a cheap look before parsing).
    private static func declaresChecklist(_ text: String) -> Bool {
        text.split(separator: "\n", omittingEmptySubsequences: true).contains { line in
            line.hasPrefix("kind:") && line.dropFirst(5).trimmingCharacters(in: .whitespaces) == "checklist"
        }
    }

    /// The checklist with `id`, if loaded.
    package func checklist(id: String) -> Checklist? { checklists.first { $0.header.id == id } }

    /// The checklist for an enterprise kind: an official one before a local default, then by id.
    package func checklist(for kind: EnterpriseKind) -> Checklist? {
        func rank(_ list: Checklist) -> Int { list.header.status == .official ? 0 : 1 }
        return checklists.filter { $0.header.appliesTo.contains(kind) }
            .min { (rank($0), $0.header.id) < (rank($1), $1.header.id) }
    }

    /// The criteria list with `id`, if loaded.
    package func criteria(id: String) -> MajorHazardCriteria? { criteriaLists.first { $0.header.id == id } }

    /// The GB 18218 reference data (the first loaded), if any.
    package var majorHazardReference: MajorHazardReference? { majorHazardReferences.first }

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

    // MARK: - Table kinds
    // To add a kind: add a case to `Kind` and `Loaded`, read and validate it in `read(_:kind:)`
    // (recording problems in the document), and store it in `keep(_:)`.

    /// A file's table as read, before it joins the catalog.
    private enum Loaded {
        case grading(GradingTable)
        case checklist(Checklist)
        case criteria(MajorHazardCriteria)
        case mhiReference(TableHeader, MajorHazardReference)

        var header: TableHeader {
            switch self {
            case .grading(let table): table.header
            case .checklist(let checklist): checklist.header
            case .criteria(let criteria): criteria.header
            case .mhiReference(let header, _): header
            }
        }
    }

    /// Reads the body of a file by kind; nil when it has problems (they are in `document`).
    private func read(_ document: YAMLDocument, kind: Kind) -> Loaded? {
        switch kind {
        case .grading:
            return GradingTableLoader.read(document).map(Loaded.grading)
        case .checklist:
            return ChecklistLoader.read(document, links: linkTargets(for: document)).map(Loaded.checklist)
        case .criteria:
            return CriteriaLoader.read(document).map(Loaded.criteria)
        case .mhiReference:
            return MajorHazardReferenceLoader.read(document).map { Loaded.mhiReference($0.header, $0.reference) }
        }
    }

    /// What a checklist's links must resolve to: its grading table and criteria list, which must be in the
    /// catalog already (``addAll(_:)`` loads checklists last). A missing one is reported on its field.
    private func linkTargets(for document: YAMLDocument) -> ChecklistLoader.LinkTargets? {
        guard let root = document.root, let tableField = root["grading_table"], let tableId = tableField.scalarText
        else { return nil }
        guard let table = gradingTable(id: tableId) else {
            if let file = failedFiles[tableId] {
                document.report(tableField, "评分表“\(tableId)”（\(file)）有错误，未能加载：请先更正该文件中列出的问题")
                return nil
            }
            let known = gradingTables.map(\.id).joined(separator: "、")
            document.report(tableField, "找不到评分表“\(tableId)”（同一目录中已加载：\(known.isEmpty ? "无" : known)）")
            return nil
        }
        var criteriaList: MajorHazardCriteria?
        if let criteriaField = root["criteria"], let criteriaId = criteriaField.scalarText {
            criteriaList = criteria(id: criteriaId)
            if criteriaList == nil {
                document.report(criteriaField, "找不到重大隐患判定标准“\(criteriaId)”")
            }
        }
        return ChecklistLoader.LinkTargets(
            gradingTableId: table.id, ruleIds: Set(table.ruleEntries.map(\.rule.id)),
            directRedIds: Set(table.directRed.map(\.id)), criteria: criteriaList)
    }

    /// Stores a valid file's table.
    private mutating func keep(_ loaded: Loaded) {
        switch loaded {
        case .grading(let table): gradingTables.append(table)
        case .checklist(let checklist): checklists.append(checklist)
        case .criteria(let criteria): criteriaLists.append(criteria)
        case .mhiReference(_, let reference): majorHazardReferences.append(reference)
        }
    }
}
