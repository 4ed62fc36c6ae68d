import Foundation
import HazChemStore
import Hummingbird

/// Finds the signed-in user from the session cookie and keeps the session alive while it is used.
///
/// The cookie holds a random token; the database holds only its SHA-256. An unknown or expired token
/// marks the request ``WebRequestContext/sessionExpired`` and clears the cookie. A valid session's
/// expiry slides (see ``HazChemStore/AppDatabase/activeSession(tokenHash:lifetime:absoluteLimit:)``), never past
/// ``WebConfiguration/sessionAbsoluteLimit`` after signing in, and the cookie is renewed with it.
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
        let lifetime = configuration.sessionLifetime
        let limit = configuration.sessionAbsoluteLimit
        // One trip to the reading lane: the session, its user and the county name the page header shows.
        let found = try await database.runRead { store throws(StoreError) -> (WebIdentity, Date)? in
            guard let active = try store.activeSession(tokenHash: hash, lifetime: lifetime, absoluteLimit: limit)
            else { return nil }
            var identity = WebIdentity(user: active.user, tokenHash: hash, csrfToken: active.session.csrfToken)
            if case .county(let code) = active.user.scope {
                identity.countyName = try store.regionDirectory().county(code: code)?.name ?? code
            }
            return (identity, active.session.createdAt.addingTimeInterval(limit))
        }
        if let found {
            context.identity = found.0
        } else {
            context.sessionExpired = true
        }
        var response = try await next(request, context)
        if !SessionCookie.isSet(SessionCookie.name, in: response) {
            let secure = configuration.cookiesSecure(request, context)
            let remaining = found.map { $0.1.timeIntervalSince(database.currentTime).rounded(.up) } ?? 0
            response.setCookie(
                context.identity == nil
                    ? SessionCookie.clear(SessionCookie.name, secure: secure)
                    : SessionCookie.make(
                        SessionCookie.name, value: token, lifetime: min(configuration.sessionLifetime, remaining),
                        secure: secure))
        }
        return response
    }
}
