import Foundation
import GRDB

/// A signed-in browser: the SHA-256 of its cookie token, its user and its CSRF token.
package struct WebSession: Sendable, Equatable, Codable {
    /// The lowercase hex SHA-256 of the cookie token (the token itself is never stored).
    package var tokenHash: String
    /// The signed-in user.
    package var userID: Int64
    /// The token every form of this session must send back.
    package var csrfToken: String
    /// When the session began.
    package var createdAt: Date
    /// When the session ends unless used again (sliding expiry).
    package var expiresAt: Date
    /// When the session was last used.
    package var lastSeenAt: Date

    /// Creates a session record.
    package init(
        tokenHash: String, userID: Int64, csrfToken: String, createdAt: Date, expiresAt: Date, lastSeenAt: Date
    ) {
        self.tokenHash = tokenHash
        self.userID = userID
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.lastSeenAt = lastSeenAt
    }

    package enum CodingKeys: String, CodingKey {
        case tokenHash = "token_hash"
        case userID = "user_id"
        case csrfToken = "csrf_token"
        case createdAt = "created_at"
        case expiresAt = "expires_at"
        case lastSeenAt = "last_seen_at"
    }
}

// MARK: - Database

extension WebSession: FetchableRecord, PersistableRecord {
    package static let databaseTableName = "web_session"
}
