import Foundation
import HazChemStore
import HummingbirdBcrypt

/// Hashes passwords with bcrypt (HummingbirdBcrypt) at a configurable cost.
///
/// From async code use ``hashed(_:)`` and ``verified(_:hash:)``: they run on a pool of their own, at most
/// ``concurrentHashes`` at once (cost 12 takes about a quarter of a second of one core), so a storm of sign-ins
/// waits in line without holding the server's cooperative threads or the store's lanes.
package struct BcryptHasher: PasswordHasher {
    /// How many hashes run at the same time; more wait in line.
    package static let concurrentHashes = 2

    /// log2 of the bcrypt rounds: 12 in production, 4 (the minimum) in tests.
    package var cost: UInt8
    /// The threads hashes run on from async code.
    let pool: BlockingPool

    /// Creates a hasher; `cost` is clamped to bcrypt's 4…31.
    package init(cost: UInt8 = 12) {
        self.cost = min(max(cost, 4), 31)
        pool = BlockingPool(width: Self.concurrentHashes, label: "hazchem.bcrypt")
    }

    package func hash(_ password: String) -> String { Bcrypt.hash(password, cost: cost) }

    package func verify(_ password: String, hash: String) -> Bool { Bcrypt.verify(password, hash: hash) }

    /// ``hash(_:)`` on the bcrypt pool.
    func hashed(_ password: String) async -> String {
        let cost = cost
        return await pool.run { Bcrypt.hash(password, cost: cost) }
    }

    /// ``verify(_:hash:)`` on the bcrypt pool.
    func verified(_ password: String, hash: String) async -> Bool {
        await pool.run { Bcrypt.verify(password, hash: hash) }
    }
}

/// A password hashed beforehand (on the bcrypt pool), handed to a store call that stores a hash.
struct PrehashedPassword: PasswordHasher {
    let hashed: String

    func hash(_ password: String) -> String { hashed }

    func verify(_ password: String, hash: String) -> Bool { false }
}
