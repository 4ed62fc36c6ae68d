import Foundation

/// The result of a sign-in attempt.
package enum LoginOutcome: Sendable, Equatable {
    /// The password is right and the account usable.
    case success(AppUser)
    /// Unknown user or wrong password (the two are not told apart).
    case rejected
    /// Too many failures: refused until the given moment, without checking the password.
    case locked(until: Date)
    /// The password is right but the account is disabled.
    case disabled

    /// The message shown on the sign-in page, nil on success.
    package func message(now: Date) -> String? {
        switch self {
        case .success: nil
        case .rejected: "用户名或密码错误"
        case .locked(let until): LoginPolicy.waitMessage(until: until, now: now)
        case .disabled: "该账号已停用，请联系系统管理员"
        }
    }
}

/// The first step of a sign-in (``AppDatabase/signInCandidate(username:at:)``).
package enum SignInCandidate: Sendable, Equatable {
    /// No such user: hash the password anyway (same time as a known user) and answer ``LoginOutcome/rejected``.
    case unknown
    /// Answered without checking the password (a locked account).
    case decided(LoginOutcome)
    /// Check the password against this account's hash, then ``AppDatabase/recordSignIn(_:matches:at:policy:)``.
    case check(AppUser)
}
