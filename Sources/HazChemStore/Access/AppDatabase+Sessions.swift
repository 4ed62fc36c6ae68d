import Foundation
import GRDB

extension AppDatabase {
    /// The least time between two writes of a session's expiry when it is used (sliding expiry).
    package static let sessionTouchInterval: TimeInterval = 60

    /// Starts a session for `userID` lasting `lifetime` seconds; `tokenHash` is the SHA-256 of the cookie token.
    ///
    /// Expired sessions of every user are removed at the same time.
    @discardableResult
    package func createSession(userID: Int64, tokenHash: String, csrfToken: String, lifetime: TimeInterval)
        throws(StoreError) -> WebSession
    {
        let at = now()
        let session = WebSession(
            tokenHash: tokenHash, userID: userID, csrfToken: csrfToken, createdAt: at,
            expiresAt: at.addingTimeInterval(lifetime), lastSeenAt: at)
        try write { db in
            try WebSession.filter(Column("expires_at") <= at).deleteAll(db)
            try session.insert(db)
        }
        return session
    }

    /// The session with this token hash and its user, nil when unknown, expired (idle for `lifetime` seconds, or
    /// begun `absoluteLimit` seconds ago however busy) or the user is disabled.
    ///
    /// A session used more than ``sessionTouchInterval`` after its last recorded use is extended to
    /// `lifetime` seconds from now, never past `absoluteLimit` seconds after it began.
    package func activeSession(
        tokenHash: String, lifetime: TimeInterval, absoluteLimit: TimeInterval = 12 * 3600
    ) throws(StoreError) -> (session: WebSession, user: AppUser)? {
        let at = now()
        let found = try read { db -> (WebSession, AppUser)? in
            // Every request asks: prepared once per connection.
            guard
                let session = try WebSession.fetchOne(
                    db.cachedStatement(sql: "SELECT * FROM web_session WHERE token_hash = ?"), arguments: [tokenHash]),
                session.expiresAt > at, at < session.createdAt.addingTimeInterval(absoluteLimit),
                let user = try AppUser.fetchOne(
                    db.cachedStatement(sql: "SELECT * FROM app_user WHERE id = ?"), arguments: [session.userID]),
                !user.disabled
            else { return nil }
            return (session, user)
        }
        guard let found else { return nil }
        var session = found.0
        let user = found.1
        if at.timeIntervalSince(session.lastSeenAt) >= Self.sessionTouchInterval {
            let end = min(at.addingTimeInterval(lifetime), session.createdAt.addingTimeInterval(absoluteLimit))
            (session.lastSeenAt, session.expiresAt) = (at, end)
            try write { db in try session.update(db, columns: ["last_seen_at", "expires_at"]) }
        }
        return (session, user)
    }

    /// Ends the session with this token hash (signing out); unknown hashes are ignored.
    package func endSession(tokenHash: String) throws(StoreError) {
        try write { db in _ = try WebSession.deleteOne(db, key: tokenHash) }
    }

    /// Removes every expired session; returns how many.
    @discardableResult
    package func endExpiredSessions() throws(StoreError) -> Int {
        let at = now()
        return try write { db in try WebSession.filter(Column("expires_at") <= at).deleteAll(db) }
    }
}
