import Foundation
import GRDB
import HazChemTestSupport
import Testing

/// A database another process keeps locked longer than the busy timeout (10 s): a CLI write gives up with exit 2
/// and a Chinese message saying what to do, and changes nothing.
@Suite("CLI: a database locked by another program (built binary)")
struct LockedDatabaseCLITests {
    @Test("a write waits the busy timeout, then exits 2 saying the database is in use and what to do")
    func lockedWrite() throws {
        let folder = try RepositoryPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("locked.sqlite").path
        let created = try CLIRunner.run(["expert", "add", "--name", "王五", "--specialty", "安全管理", "--db", db])
        try #require(created.status == 0, "\(created.stderr)")
        // Another program (this test) holds the write lock for the whole run.
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let holder = try DatabaseQueue(path: db, configuration: configuration)
        try holder.inDatabase { try $0.execute(sql: "BEGIN IMMEDIATE") }
        defer { try? holder.inDatabase { if $0.isInsideTransaction { try $0.execute(sql: "ROLLBACK") } } }
        let started = Date()
        let blocked = try CLIRunner.run(["expert", "add", "--name", "李六", "--specialty", "化工设计", "--db", db])
        #expect(Date().timeIntervalSince(started) >= 9)
        #expect(blocked.status == 2, "\(blocked.stderr)")
        #expect(blocked.stderr.contains("数据库正被其他程序占用，等待10秒后仍未释放"), "\(blocked.stderr)")
        #expect(blocked.stderr.contains("请稍后重试"), "\(blocked.stderr)")
        #expect(!blocked.stderr.contains("database is locked"), "\(blocked.stderr)")
        try holder.inDatabase { db in
            try db.execute(sql: "ROLLBACK")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM expert") == 1)
        }
    }
}
