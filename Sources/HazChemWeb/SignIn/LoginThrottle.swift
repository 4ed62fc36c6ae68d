import Foundation
import HazChemCore
import HazChemStore

/// Slows down repeated failed sign-ins per user name and per client address, without ever locking.
///
/// After ``HazChemStore/LoginPolicy/freeFailures`` failures of one name (known or not: unknown names behave
/// the same, so the delay reveals nothing) or ``HazChemStore/LoginPolicy/freeFailuresPerAddress`` from one
/// address, the next attempt must wait a delay doubling with each failure up to
/// ``HazChemStore/LoginPolicy/maxDelay``; attempts during the wait are refused without checking the password.
/// Kept in memory: a restart forgets it.
actor LoginThrottle {
    private struct Entry {
        var failures = 0
        var lastFailure = Date.distantPast
        var until = Date.distantPast
        /// Whether a refusal during the current wait was already written to the audit log.
        var refusalLogged = false
    }

    /// A refused attempt: until when, and whether it is the first refusal of this wait (worth an audit row).
    struct Refusal: Equatable {
        var until: Date
        var firstOfWait: Bool
    }

    private let policy: LoginPolicy
    private var entries: [String: Entry] = [:]

    init(policy: LoginPolicy) { self.policy = policy }

    private static func nameKey(_ username: String) -> String { "name:" + username.trimmed.lowercased() }
    private static func addressKey(_ address: String) -> String { "addr:" + address }

    /// The refusal of an attempt for `username` from `address` at `now`, nil when it may go ahead.
    func refusal(username: String, address: String, now: Date) -> Refusal? {
        var refusal: Refusal?
        for key in [Self.nameKey(username), Self.addressKey(address)] {
            guard var entry = entries[key], entry.until > now else { continue }
            let first = !entry.refusalLogged
            entry.refusalLogged = true
            entries[key] = entry
            if refusal == nil || entry.until > refusal!.until {
                refusal = Refusal(until: entry.until, firstOfWait: first || (refusal?.firstOfWait ?? false))
            }
        }
        return refusal
    }

    /// Records a failure of `username` from `address`.
    func recordFailure(username: String, address: String, now: Date) {
        for (key, allowed) in [
            (Self.nameKey(username), policy.freeFailures), (Self.addressKey(address), policy.freeFailuresPerAddress),
        ] {
            var entry = entries[key] ?? Entry()
            if now.timeIntervalSince(entry.lastFailure) > policy.forgetAfter { entry.failures = 0 }
            entry.failures += 1
            entry.lastFailure = now
            entry.until = policy.delay(afterFailures: entry.failures, allowed: allowed).map { now + $0 } ?? now
            entry.refusalLogged = false
            entries[key] = entry
        }
        if entries.count > 20_000 {
            entries = entries.filter { now.timeIntervalSince($0.value.lastFailure) <= policy.forgetAfter }
        }
    }

    /// Forgets the failures of `username` after a successful sign-in (the address keeps its count).
    func recordSuccess(username: String) {
        entries[Self.nameKey(username)] = nil
    }
}
