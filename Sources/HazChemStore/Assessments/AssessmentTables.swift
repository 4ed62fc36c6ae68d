import Foundation
import GRDB
import HazChemCore
import HazChemTables

/// The grading table, checklist and criteria list an assessment uses, with the exact YAML text each came from.
///
/// An assessment stores the texts in `table_snapshot` (keyed by SHA-256) and is always scored from them, so
/// an old result recomputes identically after the files in `Checklists/` change.
package struct AssessmentTables: Sendable {
    /// One table file's text.
    package struct Source: Sendable, Equatable {
        /// The file name, for messages.
        package var file: String
        /// The YAML text.
        package var text: String
        /// SHA-256 of the text, 64 hex digits.
        package var hash: String

        /// Creates a source, hashing `text`.
        package init(file: String, text: String) {
            self.file = file
            self.text = text
            self.hash = TablesCache.shared.hash(of: text)
        }
    }

    /// The grading table's text.
    package var gradingSource: Source
    /// The checklist's text.
    package var checklistSource: Source
    /// The criteria list's text, when the checklist links one.
    package var criteriaSource: Source?
    /// The grading table loaded from ``gradingSource``.
    package var grading: GradingTable
    /// The checklist loaded from ``checklistSource``, its links checked against ``grading`` and ``criteria``.
    package var checklist: Checklist
    /// The criteria list loaded from ``criteriaSource``.
    package var criteria: MajorHazardCriteria?

    /// Loads the three texts, checking the checklist's links against the grading table and criteria list.
    ///
    /// Texts already loaded (same hashes) are not parsed again.
    package init(grading: Source, checklist: Source, criteria: Source?) throws(StoreError) {
        let key = Self.cacheKey(grading.hash, checklist.hash, criteria?.hash)
        if let cached = TablesCache.shared[key] {
            self = cached
            (gradingSource, checklistSource, criteriaSource) = (grading, checklist, criteria)
            return
        }
        do {
            let table = try GradingTableLoader.load(file: grading.file, text: grading.text)
            let list = try criteria.map { source throws(TableError) in
                try CriteriaLoader.load(file: source.file, text: source.text)
            }
            let links = ChecklistLoader.LinkTargets(
                gradingTableId: table.id, ruleIds: Set(table.ruleEntries.map(\.rule.id)),
                directRedIds: Set(table.directRed.map(\.id)), criteria: list)
            self.checklist = try ChecklistLoader.load(file: checklist.file, text: checklist.text, links: links)
            self.grading = table
            self.criteria = list
        } catch {
            throw StoreError.wrap(error)
        }
        self.gradingSource = grading
        self.checklistSource = checklist
        self.criteriaSource = criteria
        TablesCache.shared[key] = self
    }

    /// The cache key of three snapshot hashes.
    static func cacheKey(_ grading: String, _ checklist: String, _ criteria: String?) -> String {
        [grading, checklist, criteria ?? ""].joined(separator: "/")
    }

    /// The tables for an enterprise kind in a tables directory (official before local default, then by id).
    package static func select(for kind: EnterpriseKind, directory: URL) throws(StoreError) -> AssessmentTables {
        let catalog = try loadCatalog(directory)
        guard let grading = catalog.gradingTable(for: kind) else {
            throw StoreError(.invalidInput, file: directory.path, message: "表目录中没有适用于“\(kind.label)”企业的分级表")
        }
        guard let checklist = catalog.checklist(for: kind) else {
            throw StoreError(.invalidInput, file: directory.path, message: "表目录中没有适用于“\(kind.label)”企业的检查表")
        }
        return try select(
            gradingId: grading.id, checklistId: checklist.header.id, catalog: catalog, directory: directory)
    }

    /// The tables with these ids in a tables directory.
    package static func select(gradingId: String, checklistId: String, directory: URL) throws(StoreError)
        -> AssessmentTables
    {
        try select(
            gradingId: gradingId, checklistId: checklistId, catalog: try loadCatalog(directory), directory: directory)
    }

    private static func select(gradingId: String, checklistId: String, catalog: TableCatalog, directory: URL)
        throws(StoreError) -> AssessmentTables
    {
        func source(_ id: String, _ kind: TableCatalog.Kind) throws(StoreError) -> Source {
            guard let entry = catalog.entry(id: id), entry.kind == kind else {
                throw StoreError(.notFound, file: directory.path, message: "表目录中没有\(kind.label)“\(id)”")
            }
            let url = directory.appendingPathComponent(entry.file)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw StoreError(.invalidInput, file: entry.file, message: "无法读取文件（应为UTF-8文本）")
            }
            return Source(file: entry.file, text: text)
        }
        let checklistSource = try source(checklistId, .checklist)
        let criteriaId = catalog.checklist(id: checklistId)?.criteriaId
        return try AssessmentTables(
            grading: try source(gradingId, .grading), checklist: checklistSource,
            criteria: try criteriaId.map { id throws(StoreError) in try source(id, .criteria) })
    }

    /// The catalog of `directory`, reused while every table file's text is unchanged.
    package static func loadCatalog(_ directory: URL) throws(StoreError) -> TableCatalog {
        let texts = TableCatalog.tableFiles(in: directory).map {
            ($0.relative, try? String(contentsOf: $0.url, encoding: .utf8))
        }
        let fingerprint = texts.map { "\($0.0)\u{0}\($0.1 ?? "")" }
        if let catalog = TablesCache.shared.catalog(directory.path, fingerprint: fingerprint) { return catalog }
        do {
            let catalog = try TableCatalog.load(directory: directory)
            TablesCache.shared.keep(catalog, for: directory.path, fingerprint: fingerprint)
            return catalog
        } catch {
            throw StoreError.wrap(error)
        }
    }
}

// MARK: - Snapshots

extension AssessmentTables {
    /// Stores each text in `table_snapshot` unless a snapshot with its hash exists (snapshots are shared).
    func storeSnapshots(_ db: Database, at date: Date) throws {
        let rows: [(Source, String, TableHeader)] =
            [(gradingSource, "grading", grading.header), (checklistSource, "checklist", checklist.header)]
            + (criteriaSource.flatMap { source in criteria.map { (source, "criteria", $0.header) } }.map { [$0] } ?? [])
        for (source, kind, header) in rows {
            try db.execute(
                sql: """
                    INSERT INTO table_snapshot (hash, table_id, kind, version, yaml, stored_at)
                    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING
                    """, arguments: [source.hash, header.id, kind, header.version, source.text, date])
        }
    }

    /// Loads the tables an assessment stored, by their snapshot hashes (cached: snapshots never change).
    static func fromSnapshots(_ db: Database, grading: String, checklist: String, criteria: String?) throws
        -> AssessmentTables
    {
        if let cached = TablesCache.shared[cacheKey(grading, checklist, criteria)] { return cached }
        func source(_ hash: String) throws -> Source {
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT table_id, yaml FROM table_snapshot WHERE hash = ?", arguments: [hash])
            else { throw StoreError(.database, message: "评估所用的表快照 \(hash) 不存在") }
            return Source(file: "快照 " + (row["table_id"] as String), text: row["yaml"])
        }
        return try AssessmentTables(
            grading: try source(grading), checklist: try source(checklist), criteria: try criteria.map(source))
    }

    /// The snapshot stored for a table id and version, if any (the newest when several texts share them).
    static func snapshotText(_ db: Database, tableId: String, version: String) throws -> Source? {
        guard
            let row = try Row.fetchOne(
                db,
                sql:
                    "SELECT table_id, yaml FROM table_snapshot WHERE table_id = ? AND version = ? ORDER BY stored_at DESC",
                arguments: [tableId, version])
        else { return nil }
        return Source(file: "快照 " + (row["table_id"] as String), text: row["yaml"])
    }
}

/// Parsed tables by their texts' hashes, hashes by text, and catalogs by folder: table texts never change
/// under a hash, and parsing them is the slow part of reading an assessment.
private final class TablesCache: @unchecked Sendable {
    static let shared = TablesCache()
    private let lock = NSLock()
    private var tables: [String: AssessmentTables] = [:]
    private var hashes: [String: String] = [:]
    private var catalogs: [String: (fingerprint: [String], catalog: TableCatalog)] = [:]

    subscript(key: String) -> AssessmentTables? {
        get { lock.withLock { tables[key] } }
        set { lock.withLock { tables[key] = newValue } }
    }

    func hash(of text: String) -> String {
        if let hash = lock.withLock({ hashes[text] }) { return hash }
        let hash = SHA256.hex(text)
        lock.withLock { hashes[text] = hash }
        return hash
    }

    func catalog(_ folder: String, fingerprint: [String]) -> TableCatalog? {
        lock.withLock { catalogs[folder].flatMap { $0.fingerprint == fingerprint ? $0.catalog : nil } }
    }

    func keep(_ catalog: TableCatalog, for folder: String, fingerprint: [String]) {
        lock.withLock { catalogs[folder] = (fingerprint, catalog) }
    }
}
