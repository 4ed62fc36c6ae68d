import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Every response: nosniff, HEAD like GET, strict months")
struct ResponseHeadersTests {
    @Test("pages, static files, errors and downloads all say nosniff; HEAD answers like GET without a body")
    func nosniffAndHead() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            for path in ["/login", "/static/app.css", "/no-such-page"] {
                let get = try await client.execute(uri: path, method: .get)
                #expect(get.headers[.xContentTypeOptions] == "nosniff", "\(path)")
                let head = try await client.execute(uri: path, method: .head)
                #expect(head.status == get.status, "\(path)")
                #expect(head.headers[.xContentTypeOptions] == "nosniff", "\(path)")
                #expect(head.headers[.contentType] == get.headers[.contentType], "\(path)")
                #expect(head.body.readableBytes == 0, "\(path)")
            }
        }
    }

    @Test(
        "a month must be written YYYY-MM on the web", arguments: ["2019-1", "2019-7", "201907", "2019年7月", "2019-13"])
    func strictMonth(month: String) async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("meng")
            let encoded = month.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!
            let page = try await browser.get("/monthly?month=\(encoded)")
            #expect(page.status == 400)
            #expect(page.body.contains("应为 YYYY-MM"))
            #expect(try await browser.get("/monthly?month=2019-07").status == 200)
        }
    }

    @Test(
        "a known path with a method it does not take answers 405 with Allow",
        arguments: [
            ("/login", HTTPRequest.Method.put, "GET, HEAD, POST"), ("/enterprises", .delete, "GET, HEAD, POST"),
            ("/logout", .get, "POST"), ("/assessments/1/sign", .get, "POST"), ("/static/app.css", .delete, "GET, HEAD"),
        ])
    func methodNotAllowed(path: String, method: HTTPRequest.Method, allow: String) async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            let response = try await client.execute(uri: path, method: method)
            #expect(response.status == .methodNotAllowed)
            #expect(response.headers[.allow] == allow)
            #expect(response.headers[.xContentTypeOptions] == "nosniff")
            #expect(String(buffer: response.body).contains("该地址不支持 \(method.rawValue) 请求"))
        }
    }

    @Test func unknownPathsStay404AndRightMethodsPass() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            let unknown = try await client.execute(uri: "/no-such-page", method: .post)
            #expect(unknown.status == .notFound)
            let head = try await client.execute(uri: "/login", method: .head)
            #expect(head.status == .ok)
            let list = try await client.execute(uri: "/enterprises", method: .get)
            #expect(list.status == .seeOther)
        }
    }
}
