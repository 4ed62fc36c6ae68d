import Foundation
import GRDB

extension AppDatabase {
    /// Checks a sign-in attempt and records its result on the account.
    ///
    /// A locked account is refused before the password is checked. An unknown user name costs one hash
    /// computation like a known one, and both answer ``LoginOutcome/rejected``, so timing and messages do
    /// not reveal which user names exist. Failures count towards a lock under `policy`; success clears them.
    package func authenticate(
        username: String, password: String, hasher: some PasswordHasher, policy: LoginPolicy = LoginPolicy()
    ) throws(StoreError) -> LoginOutcome {
        let at = now()
        switch try signInCandidate(username: username, at: at) {
        case .unknown:
            _ = hasher.hash(password)
            return .rejected
        case .decided(let outcome):
            return outcome
        case .check(let user):
            return try recordSignIn(
                user, matches: hasher.verify(password, hash: user.passwordHash), at: at, policy: policy)
        }
    }

    /// The first step of a sign-in (``authenticate(username:password:hasher:policy:)`` in three steps, for callers
    /// that hash on threads of their own): the account to check the password against, or the answer already.
    package func signInCandidate(username: String, at: Date) throws(StoreError) -> SignInCandidate {
        guard let user = try user(username: username) else { return .unknown }
        if let until = user.lockedUntil, until > at { return .decided(.locked(until: until)) }
        return .check(user)
    }

    /// The last step of a sign-in: records whether the password `matches` on `user`'s account (failures count
    /// towards a lock under `policy`, success clears them) and answers the outcome.
    package func recordSignIn(_ user: AppUser, matches: Bool, at: Date, policy: LoginPolicy = LoginPolicy())
        throws(StoreError) -> LoginOutcome
    {
        try write { db in
            guard var current = try AppUser.fetchOne(db, key: user.id!) else { return .rejected }
            guard matches else {
                current.failedLogins += 1
                let lock = policy.lock(afterFailures: current.failedLogins, allowed: policy.freeFailures)
                current.lockedUntil = lock.map { at.addingTimeInterval($0) }
                try current.update(db, columns: ["failed_logins", "locked_until"])
                if let until = current.lockedUntil {
                    try audit(
                        db, actor: current.username, action: "lock", entity: "app_user",
                        entityID: String(current.id!), after: try AuditJSON.encode(current.auditRecord))
                    return .locked(until: until)
                }
                return .rejected
            }
            if current.disabled { return .disabled }
            if current.failedLogins != 0 || current.lockedUntil != nil {
                (current.failedLogins, current.lockedUntil) = (0, nil)
                try current.update(db, columns: ["failed_logins", "locked_until"])
            }
            return .success(current)
        }
    }

    /// The moment the database clock reads now (tests pin it), for callers that time sign-in attempts.
    package var currentTime: Date { now() }
}
