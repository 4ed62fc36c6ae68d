import Foundation
import Synchronization

/// Runs blocking work (SQLite calls, bcrypt) on threads of its own, at most `width` jobs at once.
///
/// Jobs wait in line, first come first served, and their callers wait without holding a thread, so async handlers
/// never block the two cooperative threads of a small server. The pool's threads have full-size stacks (unlike
/// Dispatch's worker threads), start when work arrives and end after a few idle seconds.
package final class BlockingPool: Sendable {
    /// How many jobs may run at the same time.
    package let width: Int
    private let label: String
    private let condition = NSCondition()
    private let state = Mutex(State())

    private struct State {
        var jobs: [@Sendable () -> Void] = []
        var head = 0
        var threads = 0
        var idle = 0
    }

    /// Seconds an idle thread waits for work before it ends.
    private static let idleSeconds: TimeInterval = 5
    /// Each thread's stack: SQLite, GRDB and template rendering go deeper than Dispatch's 512 KB allow.
    private static let stackSize = 8 << 20

    /// A pool running at most `width` (at least 1) jobs at once; `label` names its threads.
    package init(width: Int, label: String) {
        self.width = max(width, 1)
        self.label = label
    }

    /// How many jobs are waiting for a thread (for tests and diagnostics).
    package var waitingCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return state.withLock { $0.jobs.count - $0.head }
    }

    /// Runs `work` on a thread of the pool once one is free, and returns its result.
    package func run<T: Sendable, E: Error>(_ work: @escaping @Sendable () throws(E) -> T) async throws(E) -> T {
        let result: Result<T, E> = await withCheckedContinuation { continuation in
            enqueue { continuation.resume(returning: Result { () throws(E) -> T in try work() }) }
        }
        return try result.get()
    }

    /// Starts `job` on a thread of the pool once one is free, without waiting for it.
    package func start(_ job: @escaping @Sendable () -> Void) { enqueue(job) }

    private func enqueue(_ job: @escaping @Sendable () -> Void) {
        condition.lock()
        let startThread = state.withLock { state -> Bool in
            state.jobs.append(job)
            // A new thread when more jobs wait than idle threads can take, up to the width.
            guard state.jobs.count - state.head > state.idle, state.threads < width else { return false }
            state.threads += 1
            return true
        }
        condition.signal()
        condition.unlock()
        if startThread {
            let thread = Thread { [self] in work() }
            thread.stackSize = Self.stackSize
            thread.name = label
            thread.start()
        }
    }

    /// A thread's loop: take the next job, run it; end after ``idleSeconds`` without work.
    private func work() {
        while true {
            condition.lock()
            var job = next()
            if job == nil {
                state.withLock { $0.idle += 1 }
                _ = condition.wait(until: Date(timeIntervalSinceNow: Self.idleSeconds))
                state.withLock { $0.idle -= 1 }
                job = next()
                if job == nil {
                    state.withLock { $0.threads -= 1 }
                    condition.unlock()
                    return
                }
            }
            condition.unlock()
            job?()
        }
    }

    /// The oldest waiting job, taken off the line (called with the condition locked).
    private func next() -> (@Sendable () -> Void)? {
        state.withLock { state in
            guard state.head < state.jobs.count else { return nil }
            let job = state.jobs[state.head]
            state.head += 1
            if state.head == state.jobs.count {
                state.jobs.removeAll(keepingCapacity: true)
                state.head = 0
            }
            return job
        }
    }
}
