import Foundation
import HTTPTypes
import Hummingbird

/// Wraps the router: every response says `X-Content-Type-Options: nosniff` (pages, JSON, static files,
/// downloads, errors), and `HEAD` is answered like `GET` without the body (same status and headers). It sits
/// outside the router because the router picks a route by method before any middleware runs.
struct ResponseHeadersResponder<Inner: HTTPResponder>: HTTPResponder where Inner.Context == WebRequestContext {
    typealias Context = WebRequestContext
    let inner: Inner

    func respond(to request: Request, context: Context) async throws -> Response {
        let isHead = request.method == .head
        var forwarded = request
        if isHead {
            var head = request.head
            head.method = .get
            forwarded = Request(head: head, body: request.body)
        }
        var response = try await inner.respond(to: forwarded, context: context)
        response.headers[.xContentTypeOptions] = "nosniff"
        if isHead {
            if let length = response.body.contentLength { response.headers[.contentLength] = String(length) }
            response.body = ResponseBody()
        }
        return response
    }
}
