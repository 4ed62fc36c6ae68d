import Foundation
import HazChemStore
import HazChemWeb
import HummingbirdTesting
import Testing

@Suite("CSRF tokens on every form")
struct CSRFTests {
    @Test(arguments: [String?.none, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"])
    func aFormWithoutTheSessionTokenIsRefused(token: String?) async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("admin")
            let fields = [
                ("username", "newuser"), ("displayName", "新用户"), ("role", "prefecture"),
                ("password", WebFixtures.password), ("passwordConfirm", WebFixtures.password),
            ]
            let page = try await browser.post("/admin/users", fields, csrf: .some(token))
            #expect(page.status == 403)
            #expect(page.body.contains("CSRF 校验失败"))
            #expect(try fixtures.database.user(username: "newuser") == nil)
            let out = try await browser.post("/logout", [], csrf: .some(token))
            #expect(out.status == 403)
            #expect(try await browser.get("/").status == 200)
        }
    }

    @Test func theSignInFormNeedsItsOwnCookieToken() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.get("/login")
            let token = browser.csrf
            #expect(token.count == 112)
            browser.cookies["hazchem_login_csrf"] = nil
            let page = try await browser.post("/login", [("username", "admin"), ("password", WebFixtures.password)])
            #expect(page.status == 403)
            browser.cookies["hazchem_login_csrf"] = token
            let wrong = try await browser.post(
                "/login", [("username", "admin"), ("password", WebFixtures.password)],
                csrf: .some(String(token.reversed())))
            #expect(wrong.status == 403)
            let right = try await browser.post("/login", [("username", "admin"), ("password", WebFixtures.password)])
            #expect(right.status == 303)
        }
    }

    @Test func theSignInTokenMustBeOneTheServerIssuedAndNotExpired() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            // A token the client made up, sent as both cookie and field (the old double submit), is refused.
            let made = String(repeating: "ab", count: 56)
            browser.cookies["hazchem_login_csrf"] = made
            let forged = try await browser.post(
                "/login", [("username", "admin"), ("password", WebFixtures.password)], csrf: .some(made))
            #expect(forged.status == 403)
            // A page keeps its issued token; an hour later it has expired and the page issues a new one.
            try await browser.get("/login")
            let issued = browser.csrf
            #expect(issued != made)
            try await browser.get("/login")
            #expect(browser.csrf == issued)
            fixtures.clock.advance(3601)
            let stale = try await browser.post("/login", [("username", "admin"), ("password", WebFixtures.password)])
            #expect(stale.status == 403)
            try await browser.get("/login")
            #expect(browser.csrf != issued)
            let fresh = try await browser.post("/login", [("username", "admin"), ("password", WebFixtures.password)])
            #expect(fresh.status == 303)
        }
    }

    @Test func everyFormOfTheSignedInPagesCarriesTheToken() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("admin")
            for path in ["/", "/admin/users", "/admin/users/new"] {
                let body = try await browser.get(path).body
                let forms = body.components(separatedBy: "<form method=\"post\"").count - 1
                let tokens = body.components(separatedBy: "name=\"_csrf\" value=\"\(browser.csrf)\"").count - 1
                #expect(forms > 0 && forms == tokens, "\(path)")
            }
        }
    }
}
