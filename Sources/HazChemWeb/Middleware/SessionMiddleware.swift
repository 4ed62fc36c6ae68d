import Foundation
import HazChemStore
import Hummingbird

/// Finds the signed-in user from the session cookie and keeps the session alive while it is used.
///
/// The cookie holds a random token; the database holds only its SHA-256. An unknown or expired token
/// marks the request ``WebRequestContext/sessionExpired`` and clears the cookie. A valid session's
/// expiry slides (see ``HazChemStore/AppDatabase/activeSession(tokenHash:lifetime:)``) and the cookie is
/// renewed with it.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    let database: AppDatabase
    let configuration: WebConfiguration

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let token = request.cookies[SessionCookie.name]?.value, !token.isEmpty else {
            return try await next(request, context)
        }
        var context = context
        let hash = SessionToken.hash(token)
        if let active = try database.activeSession(tokenHash: hash, lifetime: configuration.sessionLifetime) {
            context.identity = WebIdentity(user: active.user, tokenHash: hash, csrfToken: active.session.csrfToken)
        } else {
            context.sessionExpired = true
        }
        var response = try await next(request, context)
        if !SessionCookie.isSet(SessionCookie.name, in: response) {
            response.setCookie(
                context.identity == nil
                    ? SessionCookie.clear(SessionCookie.name, secure: configuration.secureCookies)
                    : SessionCookie.make(
                        SessionCookie.name, value: token, lifetime: configuration.sessionLifetime,
                        secure: configuration.secureCookies))
        }
        return response
    }
}
