import Foundation
import HazChemStore
import HazChemTestSupport
import Testing

@Suite("AppDatabase: where the database lives and how opening fails")
struct AppDatabaseTests {
    @Test("the default path is $HAZCHEM_DB, else ./hazchem.sqlite")
    func defaultPath() {
        #expect(AppDatabase.defaultPath(environment: ["HAZCHEM_DB": "/data/兴安盟.sqlite"]) == "/data/兴安盟.sqlite")
        #expect(AppDatabase.defaultPath(environment: ["HAZCHEM_DB": ""]) == "hazchem.sqlite")
        #expect(AppDatabase.defaultPath(environment: [:]) == "hazchem.sqlite")
    }

    @Test("a missing folder and a file that is not a database are refused in Chinese")
    func openFailures() throws {
        let folder = try RepositoryPaths.temporaryDirectory()
        let missing = folder.appendingPathComponent("no/such.sqlite").path
        let error = #expect(throws: StoreError.self) { try AppDatabase.open(path: missing) }
        #expect(error?.description == "\(missing)：所在目录“\(folder.appendingPathComponent("no").path)”不存在")
        let junk = folder.appendingPathComponent("junk.sqlite")
        try Data("这不是数据库，只是一段足够长的文本，用来冒充数据库文件头部的一百个字节以上的内容。".utf8).write(to: junk)
        let notDatabase = #expect(throws: StoreError.self) { try AppDatabase.open(path: junk.path) }
        #expect(notDatabase?.code == .invalidInput)
        #expect(notDatabase?.description.hasSuffix("文件不是SQLite数据库：请检查 --db 指定的路径") == true)
    }

    @Test("a file database reopens with its data through the same migrations")
    func reopen() throws {
        let path = try RepositoryPaths.temporaryDirectory().appendingPathComponent("c.sqlite").path
        let first = try AppDatabase.open(path: path)
        try first.syncRegions(try RegionConfig.load(contentsOf: StoreFixtures.regionsURL), actor: "测试员")
        let second = try AppDatabase.open(path: path)
        #expect(try second.regions().count == 7)
    }
}
