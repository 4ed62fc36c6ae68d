import Foundation
import HazChemReports
import HazChemTestSupport
import HazChemXLSX
import Testing

/// The built `hazchem` binary end to end: import the example, export its workbooks, import a form.
@Suite("hazchem export and import-form (built binary)")
struct ExportCLITests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `hazchem args…` in the checkout with the database `db`.
    static func run(_ arguments: [String], db: URL) throws -> Run {
        let folder = db.deletingLastPathComponent()
        let out = folder.appendingPathComponent("stdout-\(UUID().uuidString)")
        let err = folder.appendingPathComponent("stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let (outHandle, errHandle) = (try FileHandle(forWritingTo: out), try FileHandle(forWritingTo: err))
        let process = Process()
        process.executableURL = RepositoryPaths.hazchemBinary
        process.arguments = arguments
        process.currentDirectoryURL = RepositoryPaths.root
        var environment = ProcessInfo.processInfo.environment
        environment["HAZCHEM_DB"] = db.path
        environment["HAZCHEM_USER"] = "测试员"
        environment["HAZCHEM_TABLES"] = nil
        process.environment = environment
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return Run(
            status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
            stderr: try String(contentsOf: err, encoding: .utf8))
    }

    @Test("import the example, export report, form, register and hazards, import-form refused for a signed assessment")
    func exports() throws {
        let folder = try RepositoryPaths.temporaryDirectory()
        let db = folder.appendingPathComponent("hazchem.sqlite")
        let imported = try Self.run(
            ["assessment", "import", "Checklists/examples/assessment/hongda-2019.yaml"], db: db)
        #expect(imported.status == 0, "\(imported.stderr)")

        let report = folder.appendingPathComponent("报告.xlsx")
        let reportRun = try Self.run(["export", "report", "1", "--out", report.path], db: db)
        #expect(reportRun.status == 0, "\(reportRun.stderr)")
        #expect(reportRun.stdout.contains("得分 79.4，黄色"))
        let basics = try XLSXReader(url: report).sheet(named: "基本情况")
        #expect(basics.value(rightOf: "评估得分") == .text("79.4 分"))

        let register = folder.appendingPathComponent("台账.xlsx")
        let registerRun = try Self.run(["export", "register", "--out", register.path], db: db)
        #expect(registerRun.status == 0, "\(registerRun.stderr)")
        #expect(registerRun.stderr == "", "no progress when stderr is not a terminal")
        let registerSheet = try XLSXReader(url: register).sheet(named: "企业台账")
        #expect(registerSheet.rowCount == 2)
        #expect(registerSheet[row: 1, column: 17] == .text("黄色"))

        let hazards = folder.appendingPathComponent("隐患.xlsx")
        let hazardsRun = try Self.run(
            ["export", "hazards", "--out", hazards.path, "--overdue", "--as-of", "2019-08-01", "--county", "乌兰浩特市"],
            db: db)
        #expect(hazardsRun.status == 0, "\(hazardsRun.stderr)")
        #expect(hazardsRun.stdout.contains("2 项隐患，其中逾期 2 项"))
        #expect(try XLSXReader(url: hazards).sheet(named: "隐患整改台账").rowCount == 3)
        let linked = try Self.run(
            ["export", "hazards", "--out", hazards.path, "--web-url", "https://hazchem.example.gov.cn"], db: db)
        #expect(linked.status == 0, "\(linked.stderr)")
        let badURL = try Self.run(["export", "hazards", "--out", hazards.path, "--web-url", "hazchem.local"], db: db)
        #expect(badURL.status == 64)
        #expect(badURL.stderr.contains("--web-url 应为以 http:// 或 https:// 开头的网页地址"))

        let form = folder.appendingPathComponent("表单.xlsx")
        let formRun = try Self.run(["export", "form", "1", "--out", form.path], db: db)
        #expect(formRun.status == 0, "\(formRun.stderr)")
        #expect(try XLSXReader(url: form).sheetNames.contains("元数据"))
        let refused = try Self.run(["assessment", "import-form", form.path], db: db)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("不能导入检查表表单"))

        let badCounty = try Self.run(["export", "register", "--out", register.path, "--county", "火星"], db: db)
        #expect(badCounty.status == 2)
        #expect(badCounty.stderr.contains("未知的旗县市“火星”"))
        let missing = try Self.run(["export", "report", "9", "--out", report.path], db: db)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("评估 #9"))
    }

    @Test("import-form of a filled form records it; the second run changes nothing; a non-form exits 2")
    func importForm() throws {
        let folder = try RepositoryPaths.temporaryDirectory()
        let db = folder.appendingPathComponent("hazchem.sqlite")
        let file = folder.appendingPathComponent("blank.yaml")
        try StoreFixtures.exampleText(.blank).write(to: file, atomically: true, encoding: .utf8)
        #expect(try Self.run(["assessment", "import", file.path], db: db).status == 0)
        let form = folder.appendingPathComponent("表单.xlsx")
        #expect(try Self.run(["export", "form", "1", "--out", form.path], db: db).status == 0)
        let source = try StoreFixtures.database()
        let detail = try StoreFixtures.detail(StoreFixtures.importExample(.onSite, into: source), in: source)
        try XLSXCellEditor.edit(form, cells: StoreFixtures.cells(answering: detail, form: form))

        let first = try Self.run(["assessment", "import-form", form.path], db: db)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("已导入表单到评估 #1"))
        #expect(first.stdout.contains("当前得分 79.4，黄色"))
        let second = try Self.run(["assessment", "import-form", form.path, "--assessment", "1"], db: db)
        #expect(second.status == 0)
        #expect(second.stdout.contains("未作修改"))

        let notForm = folder.appendingPathComponent("台账.xlsx")
        #expect(try Self.run(["export", "register", "--out", notForm.path], db: db).status == 0)
        let refused = try Self.run(["assessment", "import-form", notForm.path], db: db)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("缺少隐藏的工作表「元数据」"))
    }
}
