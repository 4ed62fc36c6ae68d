import Foundation
import HazChemStore

/// Counts failed sign-ins per client address and locks an address that fails too often.
///
/// Accounts are throttled in the database (``HazChemStore/AppDatabase/authenticate(username:password:hasher:policy:)``);
/// this adds the same exponential lock per address, so one client cannot try many user names. Kept in
/// memory: a restart forgets it. An address's count is forgotten after ``LoginPolicy/maxLock`` without failures.
actor LoginThrottle {
    private struct Entry {
        var failures = 0
        var lastFailure = Date.distantPast
        var lockedUntil: Date?
    }

    private let policy: LoginPolicy
    private var entries: [String: Entry] = [:]

    init(policy: LoginPolicy) { self.policy = policy }

    /// Until when `address` is locked at `now`, nil when it may try.
    func lockedUntil(_ address: String, now: Date) -> Date? {
        guard let until = entries[address]?.lockedUntil, until > now else { return nil }
        return until
    }

    /// Records a failure from `address`; returns the lock it causes, if any.
    @discardableResult
    func recordFailure(_ address: String, now: Date) -> Date? {
        var entry = entries[address] ?? Entry()
        if now.timeIntervalSince(entry.lastFailure) > policy.maxLock { entry.failures = 0 }
        entry.failures += 1
        entry.lastFailure = now
        entry.lockedUntil = policy.lock(afterFailures: entry.failures, allowed: policy.freeFailuresPerAddress)
            .map { now.addingTimeInterval($0) }
        entries[address] = entry
        if entries.count > 10_000 {
            entries = entries.filter { now.timeIntervalSince($0.value.lastFailure) <= policy.maxLock }
        }
        return entry.lockedUntil
    }
}
