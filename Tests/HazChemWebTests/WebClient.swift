import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore

/// A browser over a HummingbirdTesting client: keeps the session cookie and the page's CSRF token.
struct WebClient {
    /// A response with its body as text.
    struct Page {
        var status: Int
        var body: String
        var location: String?
        var cookies: [String]
    }

    let client: any TestClientProtocol
    /// `name=value` of each cookie the browser holds.
    var cookies: [String: String] = [:]
    /// The last `_csrf` value seen in a page.
    var csrf = ""

    init(_ client: any TestClientProtocol) { self.client = client }

    /// GET `path` with the held cookies.
    @discardableResult
    mutating func get(_ path: String) async throws -> Page {
        try await send(path, method: .get, body: nil)
    }

    /// POST `fields` URL-encoded to `path`; the CSRF token is added unless `csrf` is given (nil leaves it out);
    /// `headers` are sent as well (`Accept`, `X-CSRF-Token` for script requests).
    @discardableResult
    mutating func post(
        _ path: String, _ fields: [(String, String)], csrf token: String?? = .none, headers: HTTPFields = [:]
    ) async throws -> Page {
        var all = fields
        switch token {
        case .none: all.append(("_csrf", csrf))
        case .some(.some(let value)): all.append(("_csrf", value))
        case .some(.none): break
        }
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(path, method: .post, body: body, extra: headers)
    }

    /// Signs in through the form; returns the response of the form post.
    @discardableResult
    mutating func signIn(_ username: String, password: String = WebFixtures.password, next: String = "/") async throws
        -> Page
    {
        try await get("/login")
        let response = try await post("/login", [("username", username), ("password", password), ("next", next)])
        if response.status == 303 { try await get("/") }
        return response
    }

    private mutating func send(
        _ path: String, method: HTTPRequest.Method, body: String?, extra: HTTPFields = [:]
    ) async throws -> Page {
        var headers = extra
        if !cookies.isEmpty {
            headers[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
                separator: "; ")
        }
        if body != nil { headers[.contentType] = "application/x-www-form-urlencoded" }
        let response = try await client.execute(
            uri: path, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
        let setCookies = response.headers[values: .setCookie]
        for header in setCookies {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            let name = String(pair[0])
            let value = pair.count > 1 ? String(pair[1]) : ""
            if value.isEmpty || header.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
        let text = String(buffer: response.body)
        if let range = text.range(of: #"name="_csrf" value=""#), !text.hasPrefix("{") {
            csrf = String(text[range.upperBound...].prefix { $0 != "\"" })
        }
        return Page(
            status: Int(response.status.code), body: text, location: response.headers[.location], cookies: setCookies)
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(
            withAllowedCharacters: CharacterSet(
                charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")) ?? ""
    }
}
