import Foundation
import GRDB
import Synchronization

/// A web operation applied under an `Idempotency-Key`, bound to the task that applies it.
///
/// The first write transaction made while a claim is current stores the key (an answer not yet known: status 0)
/// in that same transaction, so the change and its key commit together or not at all: a resend after a crash
/// between the change and the recording of its answer is never applied a second time. The answer is filled in
/// by ``AppDatabase/recordIdempotentAnswer(user:key:_:)`` once it is known. A second request with the same key
/// arriving while the first is applied finds the key and is refused (``StoreError/Code/conflict``).
package final class IdempotencyClaim: Sendable {
    /// The operation being applied by the current task (the web server binds it around a request's handler).
    @TaskLocal package static var current: IdempotencyClaim?

    /// The signed-in user.
    package let user: String
    /// The client's operation id.
    package let key: String
    /// The request it names (`POST /assessments/5/items/A01`).
    package let request: String
    private let stored = Mutex(false)

    /// Creates a claim.
    package init(user: String, key: String, request: String) {
        self.user = user
        self.key = key
        self.request = request
    }

    /// Whether a committed transaction holds the key.
    package var isStored: Bool { stored.withLock { $0 } }

    /// Stores the key in the transaction of `db`; refuses when it is already there.
    func store(_ db: Database, at now: Date) throws {
        let taken =
            try Bool.fetchOne(
                db, sql: "SELECT 1 FROM idempotency_key WHERE user = ? AND key = ?", arguments: [user, key]) ?? false
        if taken {
            throw StoreError(.conflict, message: "同一操作（Idempotency-Key \(key)）已经执行或正在执行，未重复执行")
        }
        try db.execute(
            sql: """
                INSERT INTO idempotency_key (key, user, request, status, content_type, body, created_at)
                VALUES (?, ?, ?, 0, '', X'', ?)
                """, arguments: [key, user, request, now])
    }

    /// Notes that the transaction storing the key committed.
    func committed() { stored.withLock { $0 = true } }
}
