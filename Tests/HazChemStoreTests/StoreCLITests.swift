import Foundation
import GRDB
import HazChemTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// End-to-end runs of the built `hazchem` binary against a file database.
@Suite("CLI: store commands end to end")
struct StoreCLITests {
    /// What a finished run printed and returned.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// A folder with a database path, shared by the commands of one test.
    let folder: URL
    let dbPath: String

    init() throws {
        folder = try RepositoryPaths.temporaryDirectory()
        dbPath = folder.appendingPathComponent("campaign.sqlite").path
    }

    /// Runs `hazchem arguments… --db <this test's db>` from the checkout (so Config/regions.yaml is found).
    func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = RepositoryPaths.hazchemBinary
        process.arguments = arguments + ["--db", dbPath]
        process.currentDirectoryURL = RepositoryPaths.root
        var environment = ProcessInfo.processInfo.environment
        environment["HAZCHEM_USER"] = "测试员"
        environment["HAZCHEM_DB"] = nil
        environment["HAZCHEM_REGIONS"] = nil
        process.environment = environment
        let out = folder.appendingPathComponent("stdout-\(UUID().uuidString)")
        let err = folder.appendingPathComponent("stderr-\(UUID().uuidString)")
        try Data().write(to: out)
        try Data().write(to: err)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
            stderr: try String(contentsOf: err, encoding: .utf8))
    }

    func write(_ text: String, _ name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test("import of a bad file exits 2 naming row and column, and stores nothing")
    func badImport() throws {
        let bad = StoreFixtures.creditCode(2).dropLast() + "0"
        let file = try write(
            "统一社会信用代码,企业名称,旗县市,企业类型\n\(StoreFixtures.creditCode(1)),甲公司,乌兰浩特市,生产\n\(bad),乙公司,乌兰浩特市,生产\n",
            "bad.csv")
        let result = try run(["enterprise", "import", file])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("bad.csv 第3行 列“统一社会信用代码”：统一社会信用代码校验位错误：第18位应为“"))
        #expect(result.stdout.isEmpty)
        let list = try run(["enterprise", "list"])
        #expect(list.stdout == "统一社会信用代码\t企业名称\t旗县市\t企业类型\t经营状态\t重大危险源\t下次评估到期日\n")
    }

    @Test("import, list, show, update, experts, panel, audit and backup work together")
    func workflow() throws {
        let file = try write(
            ([StoreFixtures.fullHeader] + [StoreFixtures.csvRow(1), StoreFixtures.csvRow(2, county: "突泉县")])
                .joined(separator: "\r\n"), "ok.csv")
        #expect(try run(["enterprise", "import", file]).stdout == "导入完成：共2行，新增2家，更新0家，未变0家\n")
        let list = try run(["enterprise", "list", "--county", "突泉县"])
        #expect(list.stdout.split(separator: "\n").count == 2 && list.stdout.contains("兴安化工2有限公司\t突泉县\t生产\t在产\t三级"))
        let code = StoreFixtures.creditCode(1)
        #expect(try run(["enterprise", "update", code, "--status", "停产"]).stdout == "已更新企业：兴安化工1有限公司（\(code)）\n")
        #expect(try run(["enterprise", "show", code]).stdout.contains("经营状态：停产\n"))
        let people = [("安", "安全管理"), ("化", "化工设计"), ("电", "电气仪表"), ("应", "应急救援"), ("监", "安全管理")]
        for (index, (name, specialty)) in people.enumerated() {
            let added = try run(["expert", "add", "--name", name + "专家", "--specialty", specialty])
            #expect(added.stdout.hasPrefix("已新增专家：\(name)专家（编号\(index + 1)，"))
        }
        let panel = try run([
            "panel", "create", "--name", "第一组", "--enterprise", code, "--start", "2019-07-01", "--end", "2019-07-02",
            "--leader", "1", "--member", "2", "--member", "3", "--member", "4", "--regulator", "5",
        ])
        #expect(panel.status == 0 && panel.stdout.hasPrefix("已组建专家组：第一组（编号1）\n现场评估安排（编号1）："))
        #expect(try run(["panel", "show", "1"]).stdout.contains("组长\t1\t安专家\t安全管理"))
        let refused = try run([
            "panel", "create", "--name", "第二组", "--enterprise", code, "--start", "2019-07-02", "--end", "2019-07-02",
            "--leader", "1", "--regulator", "5",
        ])
        #expect(refused.status == 2 && refused.stderr.contains("专家组“第二组”：专家组至少应有4名专家"))
        let audit = try run(["audit", "--entity", "enterprise", "--user", "测试员"])
        #expect(
            audit.stdout.split(separator: "\n").map { $0.split(separator: "\t")[3] } == [
                "操作", "update", "import", "create", "create",
            ])
        let backup = folder.appendingPathComponent("copy.sqlite").path
        #expect(try run(["backup", backup]).status == 0)
        #expect(
            try DatabaseQueue(path: backup).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM panel_member") } == 5
        )
        #expect(try run(["region", "list"]).stdout.contains("152221\t科尔沁右翼前旗\t旗县市\t科右前旗\n"))
    }

    @Test("expert add records the county and the regulator flag; list shows them; an unknown county exits 2")
    func expertCountyAndRegulator() throws {
        let added = try run([
            "expert", "add", "--name", "王监管", "--specialty", "安全管理", "--county", "科右前旗", "--regulator",
        ])
        #expect(added.status == 0 && added.stdout.hasPrefix("已新增安全监管人员：王监管（编号1，"))
        #expect(try run(["expert", "add", "--name", "李专家", "--specialty", "应急救援"]).status == 0)
        let list = try run(["expert", "list"]).stdout.split(separator: "\n").map { $0.split(separator: "\t").suffix(2) }
        #expect(list.map { $0.joined(separator: "|") } == ["身份|所属旗县市", "专家|盟市专家库", "安全监管人员|科尔沁右翼前旗"])
        let refused = try run(["expert", "add", "--name", "赵专家", "--specialty", "安全管理", "--county", "不存在旗"])
        #expect(refused.status == 2 && refused.stderr.contains("未知的旗县市“不存在旗”"))
        #expect(try run(["expert", "list"]).stdout.split(separator: "\n").count == 3)
    }

    @Test("killing an import mid-way leaves an intact database with none or all of the rows")
    func killedImport() throws {
        let count = 20_000
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try write(
            ([StoreFixtures.fullHeader] + (1...count).map { StoreFixtures.csvRow($0) }).joined(separator: "\n"),
            "big.csv")
        let process = Process()
        process.executableURL = RepositoryPaths.hazchemBinary
        process.arguments = ["enterprise", "import", "--progress", "--db", dbPath, file]
        process.currentDirectoryURL = RepositoryPaths.root
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var seen = ""
        while !seen.contains("写入") {
            let data = pipe.fileHandleForReading.availableData
            if data.isEmpty { break }
            seen += String(decoding: data, as: UTF8.self)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(seen.contains("写入 1000/\(count)"))

        let database = try DatabaseQueue(path: dbPath)
        let (check, stored, regions) = try database.read { db in
            (
                try String.fetchOne(db, sql: "PRAGMA integrity_check"),
                try Int.fetchOne(db, sql: "SELECT count(*) FROM enterprise"),
                try Int.fetchOne(db, sql: "SELECT count(*) FROM region")
            )
        }
        #expect(check == "ok")
        #expect(stored == 0 || stored == count)
        #expect(regions == 7)
    }
}
