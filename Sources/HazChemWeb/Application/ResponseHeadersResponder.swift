import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Wraps the router: every response says `X-Content-Type-Options: nosniff` (pages, JSON, static files,
/// downloads, errors), `HEAD` is answered like `GET` without the body (same status and headers), and a method a
/// known path does not take is answered `405 Method Not Allowed` with `Allow`. It sits outside the router because
/// the router picks a route by method before any middleware runs.
struct ResponseHeadersResponder<Inner: HTTPResponder>: HTTPResponder where Inner.Context == WebRequestContext {
    typealias Context = WebRequestContext
    let inner: Inner
    /// The methods of every route, to tell a wrong method (405) from an unknown path (404).
    let routes: RouteMethods

    func respond(to request: Request, context: Context) async throws -> Response {
        let isHead = request.method == .head
        let allowed = routes.methods(for: request.uri.path)
        if !allowed.isEmpty, !allowed.contains(isHead ? .get : request.method) {
            return Self.methodNotAllowed(request.method, allowed: allowed)
        }
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

extension ResponseHeadersResponder where Inner == RouterResponder<WebRequestContext> {
    /// The responder of `router`, knowing its routes.
    init(router: Router<WebRequestContext>) {
        self.init(inner: router.buildResponder(), routes: RouteMethods(router.routes.map { ($0.path, $0.method) }))
    }
}

extension ResponseHeadersResponder {
    /// `405 Method Not Allowed` naming the methods the path takes (`HEAD` wherever `GET` is).
    static func methodNotAllowed(_ method: HTTPRequest.Method, allowed: Set<HTTPRequest.Method>) -> Response {
        var methods = allowed
        if methods.contains(.get) { methods.insert(.head) }
        let list = methods.map(\.rawValue).sorted().joined(separator: ", ")
        let text = "该地址不支持 \(method.rawValue) 请求（可用：\(list)）。\n"
        return Response(
            status: .methodNotAllowed,
            headers: [
                .allow: list, .contentType: "text/plain; charset=utf-8", .xContentTypeOptions: "nosniff",
                .contentLength: String(text.utf8.count),
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: method == .head ? "" : text)))
    }
}

/// The methods each route pattern of the router takes.
///
/// Asked on every request, so the patterns are taken apart once: a route's elements without the empty and `!`
/// ones, routes grouped by their number of elements; a pattern ending in `**` (any depth) is checked apart.
struct RouteMethods: Sendable {
    private struct Pattern: Sendable {
        let elements: [RouterPath.Element]
        let method: HTTPRequest.Method
    }

    /// Patterns without `**`, by element count.
    private let byCount: [Int: [Pattern]]
    /// Patterns ending in `**` (cut before it): they match any path with more parts than their elements.
    private let recursive: [Pattern]

    init(_ routes: [(RouterPath, HTTPRequest.Method)]) {
        var byCount: [Int: [Pattern]] = [:]
        var recursive: [Pattern] = []
        for (path, method) in routes {
            var elements = path.components.filter { $0.description != "!" && !$0.description.isEmpty }
            if let index = elements.firstIndex(where: { $0.description == "**" }) {
                elements.removeSubrange(index...)
                recursive.append(Pattern(elements: elements, method: method))
            } else {
                byCount[elements.count, default: []].append(Pattern(elements: elements, method: method))
            }
        }
        self.byCount = byCount
        self.recursive = recursive
    }

    /// Every method some route matching `path` takes; empty for an unknown path.
    func methods(for path: String) -> Set<HTTPRequest.Method> {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        var methods = Set<HTTPRequest.Method>()
        for pattern in byCount[parts.count] ?? [] where Self.matches(pattern, parts) { methods.insert(pattern.method) }
        for pattern in recursive where parts.count > pattern.elements.count && Self.matches(pattern, parts) {
            methods.insert(pattern.method)
        }
        return methods
    }

    /// Whether the first elements of `parts` fit `pattern`'s elements one by one.
    private static func matches(_ pattern: Pattern, _ parts: [Substring]) -> Bool {
        for (element, part) in zip(pattern.elements, parts) where !(element ~= part) { return false }
        return true
    }
}
