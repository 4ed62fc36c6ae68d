import Foundation
import HTTPTypes
import HazChemStore
import HazChemWeb
import HummingbirdTesting
import Testing

@Suite("Sessions: sign-out, expiry, cookies, dev sign-in")
struct SessionTests {
    @Test func signingOutEndsTheSessionAndItsCookie() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("admin")
            let token = try #require(browser.cookies["hazchem_session"])
            let out = try await browser.post("/logout", [])
            #expect(out.status == 303)
            #expect(out.location == "/login?out=1")
            #expect(browser.cookies["hazchem_session"] == nil)
            #expect(try await browser.get("/login?out=1").body.contains("您已安全退出"))
            browser.cookies["hazchem_session"] = token
            let again = try await browser.get("/")
            #expect(again.status == 303)
            #expect(again.location == "/login?next=/&expired=1")
        }
    }

    @Test func anIdleSessionExpiresAfterEightHoursAndSendsTheUserToSignIn() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("meng")
            fixtures.clock.advance(8 * 3600 + 1)
            let page = try await browser.get("/enterprises?q=%E7%94%B2")
            #expect(page.status == 303)
            #expect(page.location == "/login?next=/enterprises%3Fq%3D%25E7%2594%25B2&expired=1")
            let login = try await browser.get(page.location!)
            #expect(login.body.contains("登录已过期，请重新登录"))
            #expect(login.body.contains(#"name="next" value="/enterprises?q=%E7%94%B2""#))
        }
    }

    @Test func usingASessionKeepsItAlive() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("meng")
            for _ in 1...3 {
                fixtures.clock.advance(3.5 * 3600)
                #expect(try await browser.get("/").status == 200)
            }
        }
    }

    @Test func aSessionEndsTwelveHoursAfterSigningInHoweverBusy() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("meng")
            fixtures.clock.advance(6 * 3600)
            #expect(try await browser.get("/").status == 200)
            fixtures.clock.advance(5 * 3600)
            let busy = try await browser.get("/")
            #expect(busy.status == 200)
            // The renewed cookie does not outlive the absolute limit (one hour left).
            #expect(busy.cookies.contains { $0.hasPrefix("hazchem_session=") && $0.contains("Max-Age=3600") })
            fixtures.clock.advance(3600)
            let ended = try await browser.get("/")
            #expect(ended.status == 303)
            #expect(ended.location == "/login?next=/&expired=1")
        }
    }

    @Test func theAbsoluteLimitIsConfigurable() async throws {
        let fixtures = try WebFixtures()
        var configuration = WebFixtures.configuration()
        configuration.sessionAbsoluteLimit = 9 * 3600
        try await fixtures.application(configuration).test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("meng")
            fixtures.clock.advance(5 * 3600)
            #expect(try await browser.get("/").status == 200)
            fixtures.clock.advance(3 * 3600)
            #expect(try await browser.get("/").status == 200)
            fixtures.clock.advance(3600)
            #expect(try await browser.get("/").status == 303)
        }
        configuration.sessionAbsoluteLimit = 3600
        await #expect(throws: WebError.self) { _ = try await fixtures.application(configuration) }
    }

    @Test func anonymousRequestsAreSentToSignIn() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            for path in ["/", "/enterprises", "/enterprises/1", "/admin/users"] {
                let page = try await browser.get(path)
                #expect(page.status == 303, "\(path)")
                #expect(page.location?.hasPrefix("/login?next=") == true, "\(path)")
            }
            #expect(try await browser.get("/no-such-page").status == 404)
            #expect(try await browser.get("/static/app.css").status == 200)
        }
    }

    @Test func pagesCarryTheSecurityHeaders() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            let response = try await client.execute(uri: "/login", method: .get)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            #expect(response.headers[.cacheControl] == "no-store")
            #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
            // The assessment page downscales camera photos and shows queued ones through blob: addresses.
            #expect(response.headers[.contentSecurityPolicy]?.contains("img-src 'self' data: blob:;") == true)
            #expect(response.headers[.xContentTypeOptions] == "nosniff")
        }
    }

    @Test func cookiesAreSecureWhenListeningBeyondLoopback() async throws {
        let fixtures = try WebFixtures()
        var configuration = WebFixtures.configuration()
        configuration = WebConfiguration(
            templatesDirectory: configuration.templatesDirectory, host: "0.0.0.0", port: 8080)
        configuration.bcryptCost = 4
        #expect(configuration.secureCookies)
        try await fixtures.application(configuration).test(.router) { client in
            var browser = WebClient(client)
            let response = try await browser.signIn("admin")
            #expect(response.cookies.contains { $0.hasPrefix("hazchem_session=") && $0.contains("Secure") })
        }
    }

    @Test(arguments: [(["local"], "https", true), ([], "https", false), (["local"], "http", false)])
    func aTrustedProxySayingHTTPSMakesCookiesSecure(proxies: [String], scheme: String, secure: Bool) async throws {
        let fixtures = try WebFixtures()
        var configuration = WebFixtures.configuration()
        configuration.trustedProxies = Set(proxies)
        try await fixtures.application(configuration).test(.router) { client in
            var browser = WebClient(client)
            try await browser.get("/login")
            let response = try await browser.post(
                "/login", [("username", "admin"), ("password", WebFixtures.password)],
                headers: [HTTPField.Name("X-Forwarded-Proto")!: scheme])
            let cookie = try #require(response.cookies.first { $0.hasPrefix("hazchem_session=") })
            #expect(cookie.contains("Secure") == secure)
        }
    }

    @Test func devSignInWorksOnlyWithTheConfiguredToken() async throws {
        let fixtures = try WebFixtures()
        var configuration = WebFixtures.configuration()
        configuration.devLoginToken = "browser-test-token-123"
        try await fixtures.application(configuration).test(.router) { client in
            var browser = WebClient(client)
            #expect(try await browser.get("/dev-login?token=wrong-token-000000&user=admin").status == 404)
            #expect(try await browser.get("/dev-login?token=browser-test-token-123&user=nobody").status == 404)
            let page = try await browser.get("/dev-login?token=browser-test-token-123&user=admin&next=/enterprises")
            #expect(page.status == 303)
            #expect(page.location == "/enterprises")
            #expect(try await browser.get("/admin/users").status == 200)
        }
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            let page = try await browser.get("/dev-login?token=browser-test-token-123&user=admin")
            #expect(page.status == 404)
        }
    }

    @Test func devSignInIsRefusedUnlessOnLoopback() throws {
        var configuration = WebConfiguration(
            templatesDirectory: URL(fileURLWithPath: "/tmp"), host: "192.168.1.10", port: 8080)
        configuration.devLoginToken = "browser-test-token-123"
        #expect(throws: WebError(.configuration, "--dev-login-token 只能在本机回环地址（127.0.0.1）上使用，当前监听 192.168.1.10")) {
            try configuration.validate()
        }
    }

    @Test func theTemplatesFolderIsFoundBesideTheExecutable() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let found = try WebConfiguration.locateTemplates(
            explicit: nil, environment: [:], currentDirectory: URL(fileURLWithPath: "/"),
            executable: root.appendingPathComponent(".build/debug/hazchem"))
        #expect(found.path == root.appendingPathComponent("Templates").path)
        #expect(throws: WebError.self) {
            try WebConfiguration.locateTemplates(
                explicit: "/no/such/folder", environment: [:], currentDirectory: root, executable: nil)
        }
    }
}
