import Foundation
import Hummingbird
import Logging

/// Turns every error below it into a Chinese error page with the right status (404, 403, 400, 500).
///
/// Server errors are logged with their detail; the page shows only a generic message.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    /// The error page's view model.
    struct ErrorPage {
        var status: Int
        var heading: String
        var message: String
    }

    let pages: PageRenderer

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let webError = WebError.from(error)
            if webError.code == .internalError {
                context.logger.error("请求 \(request.method) \(request.uri.path) 失败：\(String(describing: error))")
            }
            let page = ErrorPage(status: Int(webError.status.code), heading: webError.title, message: webError.message)
            return try pages.render(
                "error", title: webError.title, page: page, request: request, context: context, status: webError.status
            ).response(from: request, context: context)
        }
    }
}
