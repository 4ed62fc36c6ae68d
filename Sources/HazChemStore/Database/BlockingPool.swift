import Dispatch
import Synchronization

/// Runs blocking work (SQLite calls, bcrypt) off Swift's cooperative thread pool, at most `width` jobs at once.
///
/// A job runs on a Dispatch worker thread; a caller beyond the width waits in line (first come, first served)
/// without holding any thread, so async handlers never block the two cooperative threads of a small server.
package final class BlockingPool: Sendable {
    /// How many jobs may run at the same time.
    package let width: Int
    private let label: String
    private let state: Mutex<State>

    private struct State {
        var running = 0
        var waiting: [CheckedContinuation<Void, Never>] = []
        var head = 0
    }

    /// A pool running at most `width` (at least 1) jobs at once; `label` names its threads' queue.
    package init(width: Int, label: String) {
        self.width = max(width, 1)
        self.label = label
        state = Mutex(State())
    }

    /// How many callers are waiting for a free place (for tests and diagnostics).
    package var waitingCount: Int { state.withLock { $0.waiting.count - $0.head } }

    /// Runs `work` on a thread of the pool once a place is free, and returns its result.
    package func run<T: Sendable, E: Error>(_ work: @escaping @Sendable () throws(E) -> T) async throws(E) -> T {
        await acquire()
        defer { release() }
        let result: Result<T, E> = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: Result { () throws(E) -> T in try work() })
            }
        }
        return try result.get()
    }

    private func acquire() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let admitted = state.withLock { state -> Bool in
                if state.running < width {
                    state.running += 1
                    return true
                }
                state.waiting.append(continuation)
                return false
            }
            if admitted { continuation.resume() }
        }
    }

    /// Hands the place to the longest waiter, or frees it.
    private func release() {
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard state.head < state.waiting.count else {
                state.running -= 1
                return nil
            }
            let next = state.waiting[state.head]
            state.head += 1
            if state.head > 64, state.head * 2 > state.waiting.count {
                state.waiting.removeFirst(state.head)
                state.head = 0
            }
            return next
        }
        next?.resume()
    }
}
