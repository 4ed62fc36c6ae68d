import Foundation
import HazChemCore
import HazChemTables
import HazChemTestSupport
import Testing

/// Every worked example in Checklists/examples/ scores to the total and grade in its `expected:` block.
@Suite("Grading worked examples")
struct GradingExamplesTests {
    static let examples: [String] = {
        let folder = RepositoryPaths.checklists.appendingPathComponent("examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
    }()

    @Test("there are examples for every grade, direct red and trading")
    func coverage() throws {
        #expect(Self.examples.count >= 6)
        var grades = Set<Grade>()
        var tables = Set<String>()
        var directRed = false
        for name in Self.examples {
            let (sheet, _) = try Self.run(name)
            grades.insert(sheet.grade)
            tables.insert(sheet.table.id)
            if !sheet.directRed.isEmpty && sheet.scoreGrade != .red { directRed = true }
        }
        #expect(grades == Set(Grade.allCases))
        #expect(tables == ["production-storage", "trading"])
        #expect(directRed)
    }

    @Test("each example matches its expected block", arguments: examples)
    func example(name: String) throws {
        let (sheet, expected) = try Self.run(name)
        #expect(sheet.total == expected.total)
        #expect(sheet.grade == expected.grade)
        #expect(sheet.directRed.map(\.id) == expected.directRed)
    }

    /// Scores an example and reads its `expected:` block (total, grade, direct_red).
    static func run(_ name: String) throws -> (ScoreSheet, (total: Tenths, grade: Grade, directRed: [String])) {
        let url = RepositoryPaths.checklists.appendingPathComponent("examples/\(name)")
        let sheet = try AnswersLoader.score(contentsOf: url, catalog: GradingTablesFixtures.shipped())
        let document = YAMLDocument(contentsOf: url)
        let block = try #require(document.root?.required("expected"))
        block.rejectUnknownKeys(["total", "grade", "direct_red"])
        let total = block.required("total")?.tenths
        let grade = block.text("grade").flatMap(Grade.init(label:))
        let red = block.required("direct_red")?.texts
        try document.finish()
        return (sheet, (try #require(total), try #require(grade), try #require(red)))
    }
}
