import Foundation
import HazChemCore
import HazChemTables
import HazChemTestSupport

/// The shipped catalog, loaded once, and temporary table folders for catalog tests.
enum GradingTablesFixtures {
    /// Checklists/ through the real catalog.
    static let shippedResult = Result { () throws(TableError) -> TableCatalog in
        try TableCatalog.load(directory: RepositoryPaths.checklists)
    }

    /// The shipped catalog.
    static func shipped() throws -> TableCatalog { try shippedResult.get() }

    /// A temporary folder holding `files` (relative path → text).
    static func folder(_ files: [String: String]) throws -> URL {
        let root = try RepositoryPaths.temporaryDirectory()
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    /// A minimal header of `kind` with `id`.
    static func header(kind: String, id: String, appliesTo: String? = "[production]") -> String {
        var text = """
            kind: \(kind)
            id: \(id)
            title: 表\(id)
            version: "1"
            basis: 测试
            status: local-default

            """
        if let appliesTo { text += "applies_to: \(appliesTo)\n" }
        return text
    }

    /// A minimal valid criteria list (kind: criteria) with one criterion.
    static func criteria(id: String, appliesTo: String? = nil) -> String {
        header(kind: "criteria", id: id, appliesTo: appliesTo) + "criteria:\n  - {number: 1, text: 条款一}\n"
    }

    /// A minimal valid checklist linking rule T1.1.1 of the shipped trading table.
    static func tradingChecklist(id: String) -> String {
        header(kind: "checklist", id: id, appliesTo: "[tradingWithoutStorage]") + """
            grading_table: trading
            sections:
              - id: A
                title: 测试分区
                specialty: safetyManagement
                items:
                  - {id: A01, requirement: 持有有效经营许可证, basis: 测试依据, grading: ["T1.1.1"]}

            """
    }
}
