import Foundation
import HazChemCore
import HazChemStore
import Testing

@Suite("Audit log: every mutation recorded, filtered queries")
struct AuditTests {
    @Test("filters by entity, user, time range and limit, newest first")
    func filters() throws {
        let clock = Clock()
        let database = AppDatabase.empty(now: { clock.now() })
        try database.syncRegions(try RegionConfig.load(contentsOf: StoreFixtures.regionsURL), actor: "系统")
        try database.addEnterprise(StoreFixtures.enterprise(1), actor: "张三")
        try database.addExpert(Expert(name: "李专家", specialty: .equipment), actor: "李四")
        var e = try database.addEnterprise(StoreFixtures.enterprise(2), actor: "李四")
        e.name = "改名公司"
        try database.updateEnterprise(e, actor: "张三")

        let all = try database.auditLog(AuditFilter(limit: 100))
        #expect(all.count == 11)
        #expect(all.map(\.id!) == Array((1...11).reversed()).map(Int64.init))
        #expect(try database.auditLog(AuditFilter(entity: "enterprise")).map(\.entityID) == ["2", "2", "1"])
        #expect(try database.auditLog(AuditFilter(user: "张三")).map(\.action) == ["update", "create"])
        let eighth = all.first { $0.id == 8 }!.at
        let tenth = all.first { $0.id == 10 }!.at
        #expect(try database.auditLog(AuditFilter(since: eighth, until: tenth)).map(\.id) == [9, 8])
        #expect(try database.auditLog(AuditFilter(limit: 2)).map(\.id) == [11, 10])
    }

    @Test("a refused mutation leaves no audit row")
    func refusedLeavesNothing() throws {
        let database = try StoreFixtures.database()
        _ = try? database.addEnterprise(StoreFixtures.enterprise(1, county: "999999"), actor: "张三")
        #expect(try database.auditLog(AuditFilter(user: "张三")).isEmpty)
    }
}

/// A clock that moves one second per reading, so audit rows have distinct times.
private final class Clock: @unchecked Sendable {
    private var seconds = 1_561_939_200.0
    private let lock = NSLock()

    func now() -> Date {
        lock.lock()
        defer { lock.unlock() }
        seconds += 1
        return Date(timeIntervalSince1970: seconds)
    }
}
