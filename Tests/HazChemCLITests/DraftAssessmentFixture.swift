import Foundation
import GRDB
import HazChemCore
import HazChemTestSupport
import Testing

/// A fresh database holding one enterprise, five experts, a panel and one assessment in 现场评估中, built with
/// the commands themselves; plus plain-SQL access to write what the commands would refuse.
struct DraftAssessmentFixture {
    /// The scratch folder holding the database.
    let folder: URL
    /// The database file.
    let db: String

    /// Builds the fixture in a new scratch folder.
    init() throws {
        folder = try RepositoryPaths.temporaryDirectory()
        db = folder.appendingPathComponent("campaign.sqlite").path
        try run([
            "enterprise", "add", "--credit-code", "911522017566012341", "--name", "兴安测试化工有限公司", "--county", "乌兰浩特市",
            "--kind", "储存", "--in-park", "是",
        ])
        for (name, specialty) in [("甲", "安全管理"), ("乙", "化工设计"), ("丙", "电气仪表"), ("丁", "应急救援"), ("戊", "安全管理")] {
            try run(["expert", "add", "--name", name, "--specialty", specialty])
        }
        try run([
            "panel", "create", "--name", "一组", "--enterprise", "911522017566012341", "--start", "2019-07-01",
            "--end", "2019-07-02", "--leader", "1", "--member", "2", "--member", "3", "--member", "4", "--regulator",
            "5",
        ])
        try run(["assessment", "create", "--enterprise", "911522017566012341", "--panel", "1"])
        try run(["assessment", "start", "1"])
    }

    /// Runs a command on the fixture's database and expects it to succeed.
    @discardableResult
    func run(_ arguments: [String]) throws -> CLIRunner.Result {
        let result = try CLIRunner.run(arguments + ["--db", db])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result
    }

    /// Executes plain SQL on the database, bypassing every check of the store.
    func execute(_ sql: String) throws {
        let queue = try DatabaseQueue(path: db)
        try queue.write { try $0.execute(sql: sql) }
    }

    /// The fingerprint of the database file (see ``FileFingerprint``), to compare before and after.
    func fingerprint() throws -> String { try FileFingerprint.of(db) }
}

/// What a database file stores, to compare before and after a refused command.
///
/// Not the raw bytes: opening a pool on a checkpointed file makes GRDB create and drop a table to set up the
/// WAL (GRDB issue 102), which changes header counters and may move a page to the free list, although no
/// record changes. The fingerprint covers the whole schema (`sqlite_master`) and every row of every table,
/// `sqlite_sequence` and `grdb_migrations` included, read through a read-only connection.
enum FileFingerprint {
    /// The SHA-256, in hex, of the schema and every row of the database at `path`.
    static func of(_ path: String) throws -> String {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        let text = try queue.read { db -> String in
            var text = ""
            for row in try Row.fetchAll(db, sql: "SELECT type, name, sql FROM sqlite_master ORDER BY type, name") {
                text += "\(row)\n"
            }
            let tables = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            for table in tables {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"") { text += "\(table) \(row)\n" }
            }
            return text
        }
        try queue.close()
        var digest = SHA256()
        digest.update([UInt8](text.utf8))
        return digest.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
