import Foundation
import GRDB
import HazChemStore
import HazChemTestSupport
import Testing

@Suite("Backup: an online consistent copy")
struct BackupTests {
    @Test("the copy of a WAL file database passes integrity_check and holds the same rows")
    func backup() throws {
        let folder = try RepositoryPaths.temporaryDirectory()
        let database = try AppDatabase.open(path: folder.appendingPathComponent("campaign.sqlite").path)
        try database.syncRegions(try RegionConfig.load(contentsOf: StoreFixtures.regionsURL), actor: "测试员")
        for n in 1...20 { try database.addEnterprise(StoreFixtures.enterprise(n), actor: "测试员") }
        let target = folder.appendingPathComponent("backup.sqlite").path
        try database.backup(to: target)

        let copy = try DatabaseQueue(path: target)
        let (check, enterprises, audits, name) = try copy.read { db in
            (
                try String.fetchOne(db, sql: "PRAGMA integrity_check"),
                try Int.fetchOne(db, sql: "SELECT count(*) FROM enterprise"),
                try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log"),
                try String.fetchOne(db, sql: "SELECT name FROM enterprise WHERE id = 20")
            )
        }
        #expect(check == "ok" && enterprises == 20 && audits == 27 && name == "兴安化工20有限公司")
        let reopened = try AppDatabase.open(path: target)
        #expect(try reopened.enterprises() == database.enterprises())

        let error = #expect(throws: StoreError.self) { try database.backup(to: target) }
        #expect(error?.description == "\(target)：备份目标文件已存在，请换一个文件名或先删除它")
    }
}
