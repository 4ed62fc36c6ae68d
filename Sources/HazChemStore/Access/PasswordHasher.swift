import Foundation

/// Turns passwords into stored hashes and checks them; the web module supplies bcrypt.
///
/// The store never keeps or logs a password: it checks the password rules, hands the text to the hasher
/// and stores only the result.
package protocol PasswordHasher: Sendable {
    /// A salted one-way hash of `password`.
    func hash(_ password: String) -> String
    /// Whether `password` matches `hash`.
    func verify(_ password: String, hash: String) -> Bool
}
