import Foundation
import Hummingbird

/// Sends a request without a signed-in user to the sign-in page, remembering where it was going.
struct RequireLoginMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        if context.identity != nil { return try await next(request, context) }
        var target = "/login?next=" + LoginRoutes.encode(request.method == .get ? request.uri.description : "/")
        if context.sessionExpired { target += "&expired=1" }
        return HTMLPage.redirect(to: target)
    }
}
