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
        var headers: HTTPFields = [:]
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

    /// A response with its raw bytes and headers (downloads).
    struct Download {
        var status: Int
        var headers: HTTPFields
        var bytes: [UInt8]
    }

    /// GET `path` with the held cookies, keeping the body as bytes.
    func download(_ path: String) async throws -> Download {
        let response = try await client.execute(uri: path, method: .get, headers: cookieHeader)
        return Download(
            status: Int(response.status.code), headers: response.headers,
            bytes: Array(response.body.readableBytesView))
    }

    /// POST a `multipart/form-data` body to `path`: `fields` as text parts (the CSRF token added unless `csrf` is
    /// given, nil leaving it out), then `file` as the part `field` named `fileName`.
    @discardableResult
    mutating func upload(
        _ path: String, file: [UInt8], fileName: String, field: String = "file", fields: [(String, String)] = [],
        csrf token: String?? = .none
    ) async throws -> Page {
        let boundary = "----HazChemTestBoundary7MA4YWxkTrZu0gW"
        var all = fields
        switch token {
        case .none: all.append(("_csrf", csrf))
        case .some(.some(let value)): all.append(("_csrf", value))
        case .some(.none): break
        }
        var body: [UInt8] = []
        for (name, value) in all {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Array(
            ("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"; filename=\"\(fileName)\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n").utf8)
        body += file
        body += Array("\r\n--\(boundary)--\r\n".utf8)
        return try await sendBytes(
            path, body: body, headers: [.contentType: "multipart/form-data; boundary=\(boundary)"])
    }

    /// POST raw `bytes` to `path` with `headers` (and the held cookies).
    mutating func sendBytes(_ path: String, body: [UInt8], headers: HTTPFields) async throws -> Page {
        var all = headers
        all.append(contentsOf: cookieHeader)
        let response = try await client.execute(
            uri: path, method: .post, headers: all, body: ByteBuffer(bytes: body))
        return Page(
            status: Int(response.status.code), body: String(buffer: response.body),
            location: response.headers[.location], cookies: response.headers[values: .setCookie])
    }

    /// The `Cookie` header for the held cookies.
    private var cookieHeader: HTTPFields {
        guard !cookies.isEmpty else { return [:] }
        return [
            .cookie: cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        ]
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
            status: Int(response.status.code), body: text, location: response.headers[.location], cookies: setCookies,
            headers: response.headers)
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(
            withAllowedCharacters: CharacterSet(
                charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")) ?? ""
    }
}
