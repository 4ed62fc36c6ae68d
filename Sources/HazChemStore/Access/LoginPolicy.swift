import Foundation
import HazChemCore

/// How repeated failed sign-ins are slowed down, per account and per client address.
///
/// Decision: after ``freeFailures`` consecutive failures an account is locked for ``baseLock``, doubling
/// with every further failure up to ``maxLock``; a successful sign-in clears the count. Client addresses
/// get the same treatment with a larger allowance (``freeFailuresPerAddress``), so one office sharing an
/// address is not locked out by a single mistyping colleague.
package struct LoginPolicy: Sendable, Equatable {
    /// Failures allowed before an account is locked.
    package var freeFailures: Int
    /// Failures allowed from one client address before it is locked.
    package var freeFailuresPerAddress: Int
    /// The first lock, in seconds.
    package var baseLock: TimeInterval
    /// The longest lock, in seconds.
    package var maxLock: TimeInterval
    /// The shortest password accepted, in characters.
    package var minimumPasswordLength: Int

    /// Creates a policy; the defaults are 5 failures per account, 20 per address, 1 minute doubling to 1 hour,
    /// passwords of at least 8 characters.
    package init(
        freeFailures: Int = 5, freeFailuresPerAddress: Int = 20, baseLock: TimeInterval = 60,
        maxLock: TimeInterval = 3600, minimumPasswordLength: Int = 8
    ) {
        self.freeFailures = freeFailures
        self.freeFailuresPerAddress = freeFailuresPerAddress
        self.baseLock = baseLock
        self.maxLock = maxLock
        self.minimumPasswordLength = minimumPasswordLength
    }

    /// How long to lock after `failures` consecutive failures when `allowed` are free; nil when not locked.
    package func lock(afterFailures failures: Int, allowed: Int) -> TimeInterval? {
        guard failures >= allowed else { return nil }
        let doublings = min(failures - allowed, 30)
        return min(baseLock * Double(1 << doublings), maxLock)
    }

    /// What is wrong with a new password, nil when it is acceptable.
    package func passwordProblem(_ password: String) -> String? {
        if password.count < minimumPasswordLength { return "密码至少需要\(minimumPasswordLength)个字符" }
        if password.utf8.count > 72 { return "密码不能超过72个字节（约24个汉字）" }
        if password.trimmed != password { return "密码首尾不能是空格" }
        if Set(password).count < 3 { return "密码过于简单，请至少使用3个不同的字符" }
        return nil
    }

    /// `请在 5 分钟后再试`, the wait until `until` rounded up to whole minutes.
    package static func waitMessage(until: Date, now: Date) -> String {
        let minutes = max(1, Int((until.timeIntervalSince(now) / 60).rounded(.up)))
        return "登录失败次数过多，已暂时锁定，请在 \(minutes) 分钟后再试"
    }
}
