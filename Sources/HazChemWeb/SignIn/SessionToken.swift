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

extension SessionToken {
    /// HMAC-SHA256 (RFC 2104) of `message` under `key`.
    static func hmac(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var block = key
        if block.count > 64 {
            var hash = SHA256()
            hash.update(block)
            block = hash.finalize()
        }
        block += [UInt8](repeating: 0, count: 64 - block.count)
        var inner = SHA256()
        inner.update(block.map { $0 ^ 0x36 })
        inner.update(message)
        var outer = SHA256()
        outer.update(block.map { $0 ^ 0x5C })
        outer.update(inner.finalize())
        return outer.finalize()
    }
}

/// The sign-in form's CSRF tokens: issued by this server (`GET /login`), signed with a secret only the running
/// process knows, valid for ``lifetime`` seconds. `POST /login` must send back a token that verifies and has not
/// expired (and equals the sign-in cookie); a token a client made up, or one from before a restart, is refused.
struct LoginFormTokens: Sendable {
    /// How long an issued token stays valid: one hour.
    static let lifetime: TimeInterval = 3600

    private let secret: [UInt8]
    private let now: @Sendable () -> Date

    /// Tokens under a fresh random secret, timed by `now` (the database clock, which tests pin).
    init(now: @escaping @Sendable () -> Date) {
        var generator = SystemRandomNumberGenerator()
        secret = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        self.now = now
    }

    /// A new token of 112 hex digits: the expiry (16, seconds since 1970), a nonce (32) and the signature (64).
    func issue() -> String {
        let expiry = String(UInt64(max(0, now().timeIntervalSince1970 + Self.lifetime)), radix: 16)
        let body = String(repeating: "0", count: 16 - expiry.count) + expiry + SessionToken.random().prefix(32)
        return body + signature(body)
    }

    /// Whether `token` was issued by this process and has not expired.
    func isValid(_ token: String) -> Bool {
        guard token.utf8.count == 112, token.allSatisfy(\.isHexDigit) else { return false }
        let body = String(token.prefix(48))
        guard SessionToken.matches(String(token.suffix(64)), signature(body)),
            let expiry = UInt64(body.prefix(16), radix: 16)
        else { return false }
        return Double(expiry) > now().timeIntervalSince1970
    }

    private func signature(_ body: String) -> String {
        SessionToken.hmac(key: secret, message: Array(body.utf8)).map { byte in
            (byte < 16 ? "0" : "") + String(byte, radix: 16)
        }.joined()
    }
}
