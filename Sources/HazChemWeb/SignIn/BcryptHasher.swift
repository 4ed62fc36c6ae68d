import Foundation
import HazChemStore
import HummingbirdBcrypt

/// Hashes passwords with bcrypt (HummingbirdBcrypt) at a configurable cost.
///
/// One running server uses one cost (``WebConfiguration/bcryptCost``, 12 by default): new passwords, the dummy
/// hash an unknown user name is checked against and, on sign-in, any stored hash of another cost (rehashed).
///
/// From async code use ``hashed(_:)`` and ``verified(_:hash:)``: they run on a pool of their own, at most
/// ``concurrentHashes`` at once (cost 12 takes about a quarter of a second of one core), so a storm of sign-ins
/// waits in line without holding the server's cooperative threads or the store's lanes.
package struct BcryptHasher: PasswordHasher {
    /// How many hashes run at the same time; more wait in line.
    package static let concurrentHashes = 2

    /// The cost of every password hash the programs write: 12 (about a quarter of a second).
    package static let defaultCost: UInt8 = 12

    /// log2 of the bcrypt rounds: 12 in production, 4 (the minimum) in tests.
    package let cost: UInt8
    /// The threads hashes run on from async code.
    let pool: BlockingPool
    /// A hash of a random password at ``cost``: an unknown user name's password is checked against it, so it takes
    /// as long as a known one's. Empty unless asked for.
    let dummyHash: String

    /// Creates a hasher; `cost` is clamped to bcrypt's 4…31. With `dummy`, also computes ``dummyHash``.
    package init(cost: UInt8 = defaultCost, dummy: Bool = false) {
        let cost = min(max(cost, 4), 31)
        self.cost = cost
        pool = BlockingPool(width: Self.concurrentHashes, label: "hazchem.bcrypt")
        dummyHash = dummy ? Bcrypt.hash(SessionToken.random(), cost: cost) : ""
    }

    /// The cost a bcrypt hash (`$2b$12$…`) was made with, nil when it is no bcrypt hash.
    package static func cost(of hash: String) -> UInt8? {
        let parts = hash.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count >= 4, parts[0].isEmpty, parts[1].hasPrefix("2") else { return nil }
        return UInt8(parts[2])
    }

    /// Whether a hash should be replaced by one at this hasher's cost.
    func needsRehash(_ hash: String) -> Bool { Self.cost(of: hash) != cost }

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
