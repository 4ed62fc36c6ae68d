import Foundation
import HazChemCore

/// How repeated failed sign-ins are slowed down, per account and per client address, and which passwords are
/// accepted.
///
/// Decision: nothing locks. After ``freeFailures`` consecutive failures of one user name (known or not) the next
/// attempt must wait ``baseDelay`` seconds, doubling with every further failure up to ``maxDelay``; a client
/// address gets the same with a larger allowance (``freeFailuresPerAddress``), so an office sharing an address is
/// not slowed by one mistyping colleague. An attempt during the wait is refused without checking the password.
/// A successful sign-in clears the name's count; a count is forgotten after ``forgetAfter`` without failures.
package struct LoginPolicy: Sendable, Equatable {
    /// Failures of one user name allowed before attempts are delayed.
    package var freeFailures: Int
    /// Failures from one client address allowed before attempts are delayed.
    package var freeFailuresPerAddress: Int
    /// The first delay, in seconds.
    package var baseDelay: TimeInterval
    /// The longest delay, in seconds.
    package var maxDelay: TimeInterval
    /// Seconds without failures after which a count starts again from zero.
    package var forgetAfter: TimeInterval
    /// The shortest password accepted, in characters.
    package var minimumPasswordLength: Int

    /// Creates a policy; the defaults are 3 free failures per user name, 10 per address, a delay of 1 second
    /// doubling to 30 seconds, counts forgotten after 15 minutes, passwords of at least 10 characters.
    package init(
        freeFailures: Int = 3, freeFailuresPerAddress: Int = 10, baseDelay: TimeInterval = 1,
        maxDelay: TimeInterval = 30, forgetAfter: TimeInterval = 900, minimumPasswordLength: Int = 10
    ) {
        self.freeFailures = freeFailures
        self.freeFailuresPerAddress = freeFailuresPerAddress
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.forgetAfter = forgetAfter
        self.minimumPasswordLength = minimumPasswordLength
    }

    /// How long the next attempt must wait after `failures` consecutive failures when `allowed` are free; nil
    /// when it need not wait.
    package func delay(afterFailures failures: Int, allowed: Int) -> TimeInterval? {
        guard failures >= allowed else { return nil }
        let doublings = min(failures - allowed, 30)
        return min(baseDelay * Double(1 << doublings), maxDelay)
    }

    /// What is wrong with a new password for the account `username`, nil when it is acceptable.
    package func passwordProblem(_ password: String, username: String) -> String? {
        if password.count < minimumPasswordLength { return "密码至少需要\(minimumPasswordLength)个字符" }
        if password.utf8.count > 72 { return "密码不能超过72个字节（约24个汉字）" }
        if password.trimmed != password { return "密码首尾不能是空格" }
        if Set(password).count < 3 { return "密码过于简单，请至少使用3个不同的字符" }
        let name = username.trimmed.lowercased()
        if !name.isEmpty, password.lowercased().contains(name) { return "密码不能包含用户名" }
        if CommonPasswords.contains(password) { return "密码过于常见，容易被猜中，请换一个" }
        return nil
    }

    /// `登录尝试过于频繁，请 5 秒后再试`, the wait until `until` rounded up to whole seconds.
    package static func waitMessage(until: Date, now: Date) -> String {
        let seconds = max(1, Int(until.timeIntervalSince(now).rounded(.up)))
        return "登录尝试过于频繁，请 \(seconds) 秒后再试"
    }
}
