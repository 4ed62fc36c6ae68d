import Foundation
import HazChemStore
import Hummingbird

/// Lets only the given roles through; others get the 403 page.
struct RequireRoleMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    /// The roles allowed.
    let roles: Set<UserRole>

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let role = context.identity?.user.role, roles.contains(role) else { throw WebError.forbidden }
        return try await next(request, context)
    }
}
