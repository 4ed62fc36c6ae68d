import Foundation
import HazChemCore
import HazChemTables
import HazChemTestSupport
import Testing

/// The table catalog: dispatch by kind, header-only kinds, unknown kinds, duplicate ids, examples skipped.
@Suite("Grading table catalog")
struct GradingCatalogTests {
    static var gradingText: String {
        (try? String(contentsOf: RepositoryPaths.checklists.appendingPathComponent("trading.yaml"), encoding: .utf8))
            ?? ""
    }

    @Test("the shipped folder holds both grading tables, official first for production")
    func shipped() throws {
        let catalog = try GradingTablesFixtures.shipped()
        #expect(catalog.gradingTables.map(\.id).sorted() == ["production-storage", "trading"])
        #expect(catalog.gradingTable(for: .production)?.id == "production-storage")
        #expect(catalog.gradingTable(for: .storage)?.id == "production-storage")
        #expect(catalog.gradingTable(for: .tradingWithStorage)?.id == "production-storage")
        #expect(catalog.gradingTable(for: .tradingWithoutStorage)?.id == "trading")
        #expect(catalog.entry(id: "trading")?.header.status == .localDefault)
        #expect(catalog.entry(id: "production-storage")?.file == "production-storage.yaml")
    }

    @Test("every kind loads; checklists load after the tables they link to; examples/ is skipped")
    func kinds() throws {
        let mhiText = try String(
            contentsOf: RepositoryPaths.checklists.appendingPathComponent("gb18218-2018.yaml"), encoding: .utf8)
        let folder = try GradingTablesFixtures.folder([
            "trading.yaml": Self.gradingText,
            "sub/cl.yaml": GradingTablesFixtures.tradingChecklist(id: "cl"),
            "criteria.yaml": GradingTablesFixtures.criteria(id: "crit"),
            "mhi.yml": mhiText,
            "examples/broken.yaml": "table: [",
            "README.md": "# not a table",
        ])
        let (catalog, reports) = TableCatalog.inspect(directory: folder)
        #expect(reports.map(\.file) == ["criteria.yaml", "mhi.yml", "sub/cl.yaml", "trading.yaml"])
        #expect(reports.allSatisfy { $0.problems.isEmpty }, "\(reports)")
        #expect(catalog.entries.map(\.header.id) == ["crit", "gb18218-2018", "trading", "cl"])
        #expect(catalog.entries.map(\.kind) == [.criteria, .mhiReference, .grading, .checklist])
        #expect(catalog.gradingTables.map(\.id) == ["trading"])
        #expect(catalog.checklist(for: .tradingWithoutStorage)?.header.id == "cl")
        #expect(catalog.criteria(id: "crit")?.criteria.count == 1)
        #expect(catalog.majorHazardReference != nil)
    }

    @Test("a checklist whose grading table is not in the folder names the field and what is loaded")
    func missingLinkedTable() throws {
        let folder = try GradingTablesFixtures.folder(["cl.yaml": GradingTablesFixtures.tradingChecklist(id: "cl")])
        let (_, reports) = TableCatalog.inspect(directory: folder)
        let message = reports.flatMap(\.problems).map(\.description).joined(separator: "\n")
        #expect(message.contains("cl.yaml 第8行 字段 grading_table：找不到评分表“trading”"), "\(message)")
    }

    @Test("a duplicate rule id names file, line and id; a checklist linking to that table is told it has errors")
    func duplicateRuleId() throws {
        let broken = Self.gradingText.replacingOccurrences(of: "- id: T1.1.2", with: "- id: T1.1.1")
        let folder = try GradingTablesFixtures.folder([
            "trading.yaml": broken, "cl.yaml": GradingTablesFixtures.tradingChecklist(id: "cl"),
        ])
        do {
            _ = try TableCatalog.load(directory: folder)
            Issue.record("expected an error")
        } catch {
            let text = error.description
            #expect(text.contains("trading.yaml 第28行"), "\(text)")
            #expect(text.contains("规则编号“T1.1.1”重复"), "\(text)")
            #expect(text.contains("评分表“trading”（trading.yaml）有错误，未能加载"), "\(text)")
            #expect(!text.contains("找不到评分表"), "\(text)")
        }
    }

    @Test("an unknown kind, a missing kind and a duplicate id are errors naming file, line and field")
    func errors() throws {
        let folder = try GradingTablesFixtures.folder([
            "a.yaml": GradingTablesFixtures.criteria(id: "same"),
            "b.yaml": GradingTablesFixtures.criteria(id: "same"),
            "c.yaml": GradingTablesFixtures.header(kind: "recipe", id: "c"),
            "d.yaml": "id: d\ntitle: 无类型\n",
            "e.yaml": GradingTablesFixtures.criteria(id: "e", appliesTo: "[production, mining]"),
        ])
        do {
            _ = try TableCatalog.load(directory: folder)
            Issue.record("expected an error")
        } catch {
            let lines = error.description.split(separator: "\n").map(String.init)
            #expect(lines.count == 4, "\(error)")
            #expect(lines.contains("b.yaml 第2行 字段 id：表编号“same”重复：已在 a.yaml 中定义"), "\(error)")
            #expect(
                lines.contains {
                    $0.hasPrefix("c.yaml 第1行 字段 kind：未知的表类型“recipe”（可用：grading、checklist、criteria、mhi-reference）")
                })
            #expect(lines.contains("d.yaml 第1行 字段 kind：缺少必填字段"), "\(error)")
            #expect(lines.contains { $0.hasPrefix("e.yaml 第7行 字段 applies_to[1]：未知企业类型“mining”") }, "\(error)")
        }
    }

    @Test("a missing folder is an error, not an empty catalog")
    func missingFolder() {
        #expect(throws: TableError.self) { try TableCatalog.load(directory: URL(fileURLWithPath: "/no/such/folder")) }
    }

    @Test("a bad grading table makes its file fail and leaves the others loaded")
    func partial() throws {
        let folder = try GradingTablesFixtures.folder([
            "good.yaml": Self.gradingText,
            "bad.yaml": Self.gradingText.replacingOccurrences(of: "id: trading", with: "id: trading-2")
                .replacingOccurrences(of: "cap: 20", with: "cap: 0"),
        ])
        let (catalog, reports) = TableCatalog.inspect(directory: folder)
        #expect(catalog.gradingTables.map(\.id) == ["trading"])
        let bad = try #require(reports.first { $0.file == "bad.yaml" })
        #expect(bad.problems.count == 3)  // three projects have cap 20
        #expect(bad.problems.allSatisfy { $0.message.contains("分值上限应为正数") && $0.line != nil })
    }

    @Test("the tables folder: --tables, then HAZCHEM_TABLES, then ./Checklists, then up from the executable")
    func locate() throws {
        let root = try GradingTablesFixtures.folder([
            "Checklists/x.yaml": "", "other/x.yaml": "", "bin/deep/hazchem": "",
        ])
        let elsewhere = try RepositoryPaths.temporaryDirectory()
        let exe = root.appendingPathComponent("bin/deep/hazchem")
        func find(_ explicit: String?, _ env: [String: String], cwd: URL, exe: URL?) throws(TableError) -> String {
            try TableCatalog.locateDirectory(
                explicit: explicit, environment: env, currentDirectory: cwd, executable: exe
            )
            .resolvingSymlinksInPath().path
        }
        let other = root.appendingPathComponent("other").resolvingSymlinksInPath().path
        let checklists = root.appendingPathComponent("Checklists").resolvingSymlinksInPath().path
        #expect(try find("other", ["HAZCHEM_TABLES": "/nonexistent"], cwd: root, exe: nil) == other)
        #expect(try find(nil, ["HAZCHEM_TABLES": other], cwd: elsewhere, exe: nil) == other)
        #expect(try find(nil, [:], cwd: root, exe: nil) == checklists)
        #expect(try find(nil, [:], cwd: elsewhere, exe: exe) == checklists)
        #expect(throws: TableError.self) { try find("missing", [:], cwd: root, exe: nil) }
        #expect(throws: TableError.self) { try find(nil, ["HAZCHEM_TABLES": "/nonexistent"], cwd: root, exe: nil) }
        do {
            _ = try find(nil, [:], cwd: elsewhere, exe: nil)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("请用 --tables DIR 指定，或设置环境变量 HAZCHEM_TABLES"))
        }
    }
}
