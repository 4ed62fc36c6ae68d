import Foundation
import HazChemStore
import HummingbirdBcrypt

/// Hashes passwords with bcrypt (HummingbirdBcrypt) at a configurable cost.
package struct BcryptHasher: PasswordHasher {
    /// log2 of the bcrypt rounds: 12 in production, 4 (the minimum) in tests.
    package var cost: UInt8

    /// Creates a hasher; `cost` is clamped to bcrypt's 4…31.
    package init(cost: UInt8 = 12) { self.cost = min(max(cost, 4), 31) }

    package func hash(_ password: String) -> String { Bcrypt.hash(password, cost: cost) }

    package func verify(_ password: String, hash: String) -> Bool { Bcrypt.verify(password, hash: hash) }
}
