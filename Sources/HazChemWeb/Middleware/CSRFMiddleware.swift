import Foundation
import HTTPTypes
import Hummingbird

/// Reads every POST form into ``WebRequestContext/form`` and refuses it unless it carries the right token.
///
/// Signed-in forms send the session's token in the hidden field `_csrf` (the `csrf` partial) or, for
/// scripts, the `X-CSRF-Token` header. The sign-in form, sent before any session exists, is checked
/// against the `hazchem_login_csrf` cookie instead (double submit). A missing or wrong token is a 403 page.
/// Forms of anonymous requests elsewhere pass through to ``RequireLoginMiddleware``.
///
/// Bodies are read into memory up to ``maxFormSize``; a later upload route (filled-in forms) should send
/// its token in `X-CSRF-Token` and be given its own size limit here.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    /// The largest form body read, in bytes.
    static let maxFormSize = 1 << 20
    /// The header scripts send the token in.
    static let header = HTTPField.Name("X-CSRF-Token")!
    /// The hidden form field holding the token.
    static let field = "_csrf"

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard request.method != .get, request.method != .head else { return try await next(request, context) }
        var request = request
        var context = context
        let body = try await request.collectBody(upTo: Self.maxFormSize)
        let isForm = request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") ?? false
        if isForm { context.form = FormData(urlEncoded: String(buffer: body)) }
        let sent = context.form[Self.field] ?? request.headers[Self.header] ?? ""
        let expected: String?
        if request.uri.path == LoginRoutes.loginPath {
            expected = request.cookies[SessionCookie.loginCSRFName]?.value
        } else if let identity = context.identity {
            expected = identity.csrfToken
        } else {
            return try await next(request, context)
        }
        guard let expected, SessionToken.matches(sent, expected) else { throw WebError.csrf }
        return try await next(request, context)
    }
}
