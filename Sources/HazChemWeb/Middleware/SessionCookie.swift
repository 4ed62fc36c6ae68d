import Foundation
import Hummingbird

/// The session cookie and the sign-in form's CSRF cookie: HttpOnly, SameSite=Lax, path `/`.
enum SessionCookie {
    /// The session cookie's name; its value is the random token whose SHA-256 the database keeps.
    static let name = "hazchem_session"
    /// The cookie paired with the sign-in form's hidden field (double submit), before any session exists.
    static let loginCSRFName = "hazchem_login_csrf"

    /// A cookie holding `value` for `lifetime` seconds.
    static func make(_ name: String, value: String, lifetime: TimeInterval, secure: Bool) -> Cookie {
        Cookie(
            name: name, value: value, maxAge: Int(lifetime), path: "/", secure: secure, httpOnly: true,
            sameSite: .lax)
    }

    /// A cookie telling the browser to forget `name`.
    static func clear(_ name: String, secure: Bool) -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    /// Whether `response` already sets the cookie `name` (a sign-in or sign-out handler did).
    static func isSet(_ name: String, in response: Response) -> Bool {
        response.headers[values: .setCookie].contains { $0.hasPrefix(name + "=") }
    }
}
