import Foundation

/// The result of a sign-in attempt.
package enum LoginOutcome: Sendable, Equatable {
    /// The password is right and the account usable.
    case success(AppUser)
    /// Unknown user, wrong password or disabled account: the three are not told apart.
    case rejected
    /// Too many recent failures: refused until the given moment, without checking the password.
    case throttled(until: Date)

    /// The message shown on the sign-in page, nil on success.
    package func message(now: Date) -> String? {
        switch self {
        case .success: nil
        case .rejected: "用户名或密码错误"
        case .throttled(let until): LoginPolicy.waitMessage(until: until, now: now)
        }
    }
}

/// The first step of a sign-in (``AppDatabase/signInCandidate(username:)``).
package enum SignInCandidate: Sendable, Equatable {
    /// No such user: check the password against a dummy hash anyway (same time as a known user) and answer
    /// ``LoginOutcome/rejected``.
    case unknown
    /// Check the password against this account's hash, then ``AppDatabase/recordSignIn(_:matches:rehashed:)``.
    case check(AppUser)
}

/// Why a sign-in failed, as written to the audit log (never shown on the sign-in page).
package enum SignInFailure: String, Sendable, Equatable, Codable {
    /// No user of that name.
    case unknownUser = "unknown-user"
    /// A known user, a wrong password.
    case wrongPassword = "wrong-password"
    /// The right password of a disabled account.
    case disabledAccount = "disabled-account"
    /// Refused without checking the password: too many recent failures of the name or the address.
    case throttled

    /// The reason in Chinese, for the audit page.
    package var label: String {
        switch self {
        case .unknownUser: "用户名不存在"
        case .wrongPassword: "密码错误"
        case .disabledAccount: "账号已停用"
        case .throttled: "尝试过于频繁，已拒绝"
        }
    }
}
