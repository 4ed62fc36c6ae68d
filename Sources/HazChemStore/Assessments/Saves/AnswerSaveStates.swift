import Foundation
import GRDB
import Synchronization

/// The assessments' states as the last answer-save transaction left them, so the next group of saves does not
/// load them again (loading one is about ten queries and a third of a group's time in the writer).
///
/// A kept state is used only when nothing was written to the database since it was kept: no change on the
/// writing connection (SQLite's total-changes count is unchanged: every INSERT, UPDATE or DELETE moves it, in
/// triggers too, rolled back or not) and no commit by any other connection or process (`PRAGMA data_version`
/// is unchanged). Anything else, and every state is dropped and loaded afresh.
final class AnswerSaveStates: Sendable {
    /// The most states kept (the assessments saved last).
    static let limit = 16

    /// Where the database stood when states were kept: read inside a write transaction, so nobody else can
    /// commit between the reading and the end of that transaction.
    struct Mark: Equatable {
        var totalChanges: Int
        var dataVersion: Int

        /// The mark of `db` now (called inside a write transaction).
        static func current(_ db: Database) throws -> Mark {
            let version = try Int.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) ?? 0
            return Mark(totalChanges: db.totalChangesCount, dataVersion: version)
        }
    }

    private struct Kept {
        var mark: Mark
        var states: [Int64: AssessmentState]
        /// Assessment ids, the one saved last at the end (the first to go when over the limit).
        var order: [Int64]
    }

    private let kept = Mutex<Kept?>(nil)

    /// The kept states still true for `db`, inside the write transaction that begins a group of saves (empty
    /// when anything changed since); the rest are forgotten.
    func valid(in db: Database) throws -> [Int64: AssessmentState] {
        let mark = try Mark.current(db)
        return kept.withLock { kept in
            guard let current = kept, current.mark == mark else {
                kept = nil
                return [:]
            }
            return current.states
        }
    }

    /// Keeps `states` (the valid kept ones updated, plus those loaded since) as true at `mark`, taken at the end
    /// of the transaction that wrote them; call only once that transaction has committed. Past ``limit``, the
    /// states not saved by that transaction go first.
    func keep(_ states: [Int64: AssessmentState], saved: Set<Int64>, at mark: Mark) {
        kept.withLock { kept in
            var order = (kept?.order ?? []).filter { states[$0] != nil && !saved.contains($0) }
            order += states.keys.filter { !order.contains($0) }.sorted {
                saved.contains($0) == saved.contains($1) ? $0 < $1 : !saved.contains($0)
            }
            var next = Kept(mark: mark, states: states, order: order)
            while next.order.count > Self.limit { next.states[next.order.removeFirst()] = nil }
            kept = next
        }
    }

    /// How many states are kept (for tests).
    var count: Int { kept.withLock { $0?.states.count ?? 0 } }
}
