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

/// Byte identity of a database file and its write-ahead log.
///
/// Opening a pool on a checkpointed file makes GRDB create and drop a table to set up the WAL file
/// (GRDB issue 102), which bumps three header counters (file change counter, schema cookie,
/// version-valid-for: offsets 24, 40 and 92, four bytes each) and nothing else; those are masked, every
/// other byte of the file and its -wal counts.
enum FileFingerprint {
    /// The SHA-256 of `path` (header counters masked) plus `path-wal` (empty when absent), in hex.
    static func of(_ path: String) throws -> String {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        for offset in [24, 40, 92] where bytes.count >= offset + 4 {
            bytes.replaceSubrange(offset..<offset + 4, with: [0, 0, 0, 0])
        }
        if let wal = FileManager.default.contents(atPath: path + "-wal") { bytes += [UInt8](wal) }
        var digest = SHA256()
        digest.update(bytes)
        return digest.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
