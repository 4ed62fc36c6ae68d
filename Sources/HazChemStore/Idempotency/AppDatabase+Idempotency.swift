import Foundation
import GRDB

/// The stored answer to a web operation sent with an `Idempotency-Key`.
package struct IdempotentAnswer: Sendable, Equatable {
    /// The request it answered (`POST /assessments/5/items/A01`).
    package var request: String
    /// The HTTP status; 0 while the operation is applied or when its answer was lost (the change is stored).
    package var status: Int
    /// The `Content-Type`.
    package var contentType: String
    /// The body.
    package var body: [UInt8]

    /// Creates an answer.
    package init(request: String, status: Int, contentType: String, body: [UInt8]) {
        self.request = request
        self.status = status
        self.contentType = contentType
        self.body = body
    }
}

extension AppDatabase {
    /// How long answers are kept for replays.
    package static let idempotencyWindow: TimeInterval = 30 * 86_400

    /// The answer stored for `user`'s operation `key`, if any.
    package func idempotentAnswer(user: String, key: String) throws(StoreError) -> IdempotentAnswer? {
        try read { db in
            try Row.fetchOne(
                db,
                sql: "SELECT request, status, content_type, body FROM idempotency_key WHERE user = ? AND key = ?",
                arguments: [user, key]
            ).map {
                IdempotentAnswer(
                    request: $0["request"], status: $0["status"], contentType: $0["content_type"],
                    body: [UInt8]($0["body"] as Data))
            }
        }
    }

    /// Keeps the answer to `user`'s operation `key` (the first answer wins when two arrive together; the key
    /// stored with the change by ``IdempotencyClaim`` gets its answer) and forgets answers older than
    /// ``idempotencyWindow``.
    package func recordIdempotentAnswer(user: String, key: String, _ answer: IdempotentAnswer) throws(StoreError) {
        let now = now()
        try write { db in
            try db.execute(
                sql: "DELETE FROM idempotency_key WHERE created_at < ?",
                arguments: [now.addingTimeInterval(-Self.idempotencyWindow)])
            try db.execute(
                sql: """
                    INSERT INTO idempotency_key (key, user, request, status, content_type, body, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (user, key) DO UPDATE SET status = excluded.status,
                        content_type = excluded.content_type, body = excluded.body WHERE status = 0
                    """,
                arguments: [key, user, answer.request, answer.status, answer.contentType, Data(answer.body), now])
        }
    }
}
