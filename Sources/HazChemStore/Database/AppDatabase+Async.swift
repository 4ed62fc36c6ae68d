import Foundation

/// The two lanes async callers (the web server) reach the store through.
///
/// Store calls are synchronous (the CLI uses them directly). From async code they run on threads of their own:
/// calls that may write go through a narrow lane (GRDB serialises writers anyway), page reads through a wider
/// one beside it, so readers never queue behind a burst of saves and no cooperative thread ever waits on SQLite.
package final class StoreLanes: Sendable {
    /// Calls that may write: SQLite runs one writer at a time, so two threads keep it busy.
    let writes = BlockingPool(width: 2, label: "hazchem.store.writes")
    /// Read-only calls, beside the writer (WAL); as wide as GRDB's default reader pool.
    let reads = BlockingPool(width: 4, label: "hazchem.store.reads")
    /// The web's answer saves, committed in groups on the writing lane.
    package let answerSaves = AnswerSaveQueue()
    /// The assessments' states the last group of saves left (reused while nothing else is written).
    let answerStates = AnswerSaveStates()

    package init() {}
}

extension AppDatabase {
    /// Runs `work` (store calls that may write) on the store's writing lane, off the cooperative thread pool.
    ///
    /// `try await database.run { try $0.respond(…) }` from async code; the CLI calls the store directly.
    @discardableResult
    package func run<T: Sendable, E: Error>(_ work: @escaping @Sendable (AppDatabase) throws(E) -> T)
        async throws(E) -> T
    {
        let database = self
        // The lane's threads are not the caller's task: the operation being applied goes along.
        let claim = IdempotencyClaim.current
        let result: Result<T, E> = await lanes.writes.run {
            IdempotencyClaim.$current.withValue(claim) { Result { () throws(E) -> T in try work(database) } }
        }
        return try result.get()
    }

    /// Runs `work` (read-only store calls: pages, lists, look-ups) on the store's reading lane, beside writers.
    @discardableResult
    package func runRead<T: Sendable, E: Error>(_ work: @escaping @Sendable (AppDatabase) throws(E) -> T)
        async throws(E) -> T
    {
        let database = self
        return try await lanes.reads.run { () throws(E) -> T in try work(database) }
    }
}
