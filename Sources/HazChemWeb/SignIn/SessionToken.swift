import Foundation
import HazChemCore
import HazChemReports

/// Random tokens for session cookies and CSRF fields, and the hash under which a session is stored.
package enum SessionToken {
    /// 32 random bytes from the system's secure generator, as 64 lowercase hex digits.
    package static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in
            let byte = UInt8.random(in: .min ... .max, using: &generator)
            return (byte < 16 ? "0" : "") + String(byte, radix: 16)
        }.joined()
    }

    /// The SHA-256 of a cookie token as stored in `web_session.token_hash`.
    package static func hash(_ token: String) -> String { SHA256.hex(token) }

    /// Compares two tokens in time independent of where they differ.
    package static func matches(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count, !x.isEmpty else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}
