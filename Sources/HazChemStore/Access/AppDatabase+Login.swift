import Foundation
import GRDB
import HazChemCore

extension AppDatabase {
    /// The audit-log table name of failed sign-ins (their `entity_id` is the client address).
    package static let signInAuditEntity = "sign_in"

    /// Checks a sign-in attempt (for callers without a throttle of their own, such as tests).
    ///
    /// An unknown user name costs one hash computation like a known one; unknown names, wrong passwords and
    /// disabled accounts all answer ``LoginOutcome/rejected``. Failures are not written to the audit log here
    /// (the web application does that with the client address).
    package func authenticate(username: String, password: String, hasher: some PasswordHasher)
        throws(StoreError) -> LoginOutcome
    {
        switch try signInCandidate(username: username) {
        case .unknown:
            _ = hasher.hash(password)
            return .rejected
        case .check(let user):
            return try recordSignIn(user, matches: hasher.verify(password, hash: user.passwordHash))
        }
    }

    /// The first step of a sign-in (``authenticate(username:password:hasher:)`` in steps, for callers that hash
    /// on threads of their own): the account to check the password against.
    package func signInCandidate(username: String) throws(StoreError) -> SignInCandidate {
        guard let user = try user(username: username) else { return .unknown }
        return .check(user)
    }

    /// The last step of a sign-in: whether the password `matches` on `user`'s account and the account is usable.
    /// On success `rehashed` (the password hashed at the server's cost, when the stored hash has another cost)
    /// replaces the stored hash.
    package func recordSignIn(_ user: AppUser, matches: Bool, rehashed: String? = nil) throws(StoreError)
        -> LoginOutcome
    {
        guard matches else { return .rejected }
        return try write { db in
            guard var current = try AppUser.fetchOne(db, key: user.id!), !current.disabled,
                current.passwordHash == user.passwordHash
            else { return .rejected }
            if let rehashed {
                current.passwordHash = rehashed
                try current.update(db, columns: ["password_hash"])
            }
            return .success(current)
        }
    }

    /// Writes a failed or refused sign-in to the audit log: the name tried (cut to 64 characters, control
    /// characters dropped), the client address and why; never the password.
    package func logSignInFailure(username: String, address: String, reason: SignInFailure) throws(StoreError) {
        let name = String(
            String(username.unicodeScalars.filter { !$0.properties.generalCategory.isControl }).prefix(64))
        let record = SignInFailureRecord(username: name, address: address, reason: reason.rawValue)
        try write { db in
            try audit(
                db, actor: name.isEmpty ? "（空）" : name, action: "login-failed", entity: Self.signInAuditEntity,
                entityID: String(address.prefix(64)), after: try AuditJSON.encode(record))
        }
    }

    /// The moment the database clock reads now (tests pin it), for callers that time sign-in attempts.
    package var currentTime: Date { now() }
}

/// A failed sign-in as written to the audit log.
private struct SignInFailureRecord: Encodable {
    var username: String
    var address: String
    var reason: String
}

extension Unicode.GeneralCategory {
    /// Whether the category is a control, format or unassigned one (`Cc`, `Cf`, `Cn`…).
    fileprivate var isControl: Bool {
        switch self {
        case .control, .format, .unassigned, .surrogate, .privateUse, .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }
}
