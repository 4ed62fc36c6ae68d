import Foundation
import HazChemStore
import Synchronization
import Testing

@Suite("BlockingPool and the store's lanes: blocking work off the cooperative threads, bounded")
struct BlockingPoolTests {
    /// Counts jobs running at once and remembers the most seen.
    final class Gauge: Sendable {
        let state = Mutex((running: 0, most: 0, done: 0))
        func enter() {
            state.withLock {
                $0.running += 1; $0.most = max($0.most, $0.running)
            }
        }
        func leave() {
            state.withLock {
                $0.running -= 1; $0.done += 1
            }
        }
    }

    @Test("never more jobs run at once than the width, and every job runs", arguments: [1, 2, 4])
    func bounded(width: Int) async {
        let pool = BlockingPool(width: width, label: "test")
        let gauge = Gauge()
        await withTaskGroup(of: Int.self) { group in
            for n in 0..<24 {
                group.addTask {
                    await pool.run {
                        gauge.enter()
                        usleep(2000)  // a blocking call, as SQLite's fsync or bcrypt would be
                        gauge.leave()
                        return n
                    }
                }
            }
            var sum = 0
            for await n in group { sum += n }
            #expect(sum == (0..<24).reduce(0, +))
        }
        let state = gauge.state.withLock { $0 }
        #expect(state.done == 24)
        #expect(state.most <= width)
        #expect(state.most >= 1)
        #expect(pool.waitingCount == 0)
    }

    @Test("a job's error reaches the caller with its type")
    func errors() async {
        let pool = BlockingPool(width: 1, label: "test")
        let error = await #expect(throws: StoreError.self) {
            try await pool.run { () throws(StoreError) -> Int in throw StoreError(.conflict, message: "冲突") }
        }
        #expect(error?.code == .conflict)
    }

    @Test("store calls through run and runRead see each other's writes")
    func lanes() async throws {
        let database = AppDatabase.empty()
        let before = try await database.runRead { try $0.regions().count }
        let regions = try RegionConfig.load(contentsOf: StoreFixtures.regionsURL)
        try await database.run { try $0.syncRegions(regions, actor: "测试员") }
        let after = try await database.runRead { try $0.regions().count }
        #expect(before == 0)
        #expect(after == regions.count)
    }
}
