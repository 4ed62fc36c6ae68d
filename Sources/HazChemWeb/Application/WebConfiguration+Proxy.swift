import Foundation
import HTTPTypes
import Hummingbird

extension WebConfiguration {
    /// The header a reverse proxy puts the client's address in.
    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!
    /// The header a reverse proxy puts the client's scheme in.
    static let forwardedProto = HTTPField.Name("X-Forwarded-Proto")!

    /// Whether the request came through one of ``trustedProxies``.
    func isFromTrustedProxy(_ context: WebRequestContext) -> Bool {
        trustedProxies.contains(context.clientAddress)
    }

    /// The client's address: the connection's remote address, or the last address of `X-Forwarded-For` when the
    /// connection comes from a trusted proxy.
    func clientAddress(_ request: Request, _ context: WebRequestContext) -> String {
        guard isFromTrustedProxy(context), let header = request.headers[Self.forwardedFor],
            let last = header.split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !last.isEmpty,
            last.count <= 64
        else { return context.clientAddress }
        return last
    }

    /// Whether this response's cookies carry `Secure`: always with ``secureCookies``, and when a trusted proxy says
    /// the client used HTTPS.
    func cookiesSecure(_ request: Request, _ context: WebRequestContext) -> Bool {
        if secureCookies { return true }
        return isFromTrustedProxy(context) && request.headers[Self.forwardedProto]?.lowercased() == "https"
    }
}
