import Foundation
import Synchronization

/// Group commit of the web's answer saves: saves that arrive while a write transaction runs wait together and
/// are stored by the next one (``AppDatabase/respond(_:)``), so a burst costs one durable commit (one fsync in
/// WAL with synchronous=FULL) and one load of each assessment's state instead of one per save.
///
/// No save waits for a timer: when the writer is idle a save starts a transaction at once; each save is
/// acknowledged only after the transaction holding it has committed; one failing save does not fail the others.
package final class AnswerSaveQueue: Sendable {
    /// The most saves one transaction takes (the rest wait for the next).
    package static let batchLimit = 64

    private struct Waiting {
        let save: AnswerSave
        let reply: CheckedContinuation<Result<AssessmentEntryOutcome, StoreError>, Never>
    }

    private struct State {
        var waiting: [Waiting] = []
        var draining = false
        /// How many transactions ran, and how many saves they held (for tests and diagnostics).
        var batches = 0
        var saves = 0
    }

    private let state = Mutex(State())

    package init() {}

    /// Transactions run so far, the saves they held, and the saves waiting for the next.
    package var counts: (batches: Int, saves: Int, waiting: Int) {
        state.withLock { ($0.batches, $0.saves, $0.waiting.count) }
    }

    /// Stores `save` in the next write transaction of `database`; returns once that transaction has committed.
    func submit(_ save: AnswerSave, to database: AppDatabase) async -> Result<AssessmentEntryOutcome, StoreError> {
        await withCheckedContinuation { reply in
            let start = state.withLock { state in
                state.waiting.append(Waiting(save: save, reply: reply))
                defer { state.draining = true }
                return !state.draining
            }
            // The drain runs on a thread of the writing lane and stays there while saves wait: between two
            // transactions it never queues behind the requests on the cooperative threads. A lane thread runs no
            // task, so the drain carries no request's Idempotency-Key claim (each save carries its own).
            if start { database.lanes.writes.start { self.drain(database) } }
        }
    }

    /// Runs transactions while saves wait, then stops (the next save starts it again).
    private func drain(_ database: AppDatabase) {
        while true {
            let batch = state.withLock { state in
                let batch = Array(state.waiting.prefix(Self.batchLimit))
                state.waiting.removeFirst(batch.count)
                if batch.isEmpty {
                    state.draining = false
                } else {
                    (state.batches, state.saves) = (state.batches + 1, state.saves + batch.count)
                }
                return batch
            }
            if batch.isEmpty { return }
            let results: [Result<AssessmentEntryOutcome, StoreError>]
            do {
                results = try database.respond(batch.map(\.save))
            } catch {
                results = Array(repeating: .failure(error), count: batch.count)
            }
            for (waiting, result) in zip(batch, results) { waiting.reply.resume(returning: result) }
        }
    }
}

extension AppDatabase {
    /// Saves one answer from async code through the group commit (see ``AnswerSaveQueue``): the same rules and
    /// outcome as ``respond(assessmentID:_:details:by:scored:basedOn:)``, sharing a transaction with the saves
    /// that arrive at the same time.
    package func save(_ save: AnswerSave) async throws(StoreError) -> AssessmentEntryOutcome {
        try await lanes.answerSaves.submit(save, to: self).get()
    }
}
