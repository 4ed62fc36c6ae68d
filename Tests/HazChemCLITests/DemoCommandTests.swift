import Foundation
import HazChemTestSupport
import Testing

@Suite("CLI: hazchem demo")
struct DemoCommandTests {
    @Test("generates a database, refuses to overwrite it without --force, and the monthly report reads it")
    func demo() throws {
        let folder = try RepositoryPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("sub/demo.sqlite").path
        let first = try CLIRunner.run(["demo", "--db", db, "--enterprises", "40", "--seed", "3"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("已生成演示数据（种子 3，数据截至 2019-12-06）：\(db)"))
        #expect(first.stdout.contains("企业 40 家："))
        #expect(first.stdout.contains("密码均为 hazchem-demo"))
        #expect(first.stderr.isEmpty, "no progress bar when stderr is not a terminal")

        let again = try CLIRunner.run(["demo", "--db", db, "--enterprises", "40"])
        #expect(again.status == 2)
        #expect(again.stderr.contains("数据库已有数据"))
        #expect(again.stderr.contains("--force"))

        let forced = try CLIRunner.run(["demo", "--db", db, "--enterprises", "40", "--seed", "3", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stdout.split(separator: "\n").dropLast() == first.stdout.split(separator: "\n").dropLast())

        let report = try CLIRunner.run(["report", "monthly", "--month", "2019-11", "--db", db, "--as-of", "2019-12-06"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("合计"))
    }
}
