import Foundation
import HTTPTypes
import HazChemStore
import HummingbirdTesting
import Testing

@testable import HazChemWeb

@Suite("Sign-in and throttling")
struct LoginTests {
    @Test func signInSetsAnHttpOnlySameSiteSessionCookieAndOpensTheDashboard() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            let login = try await browser.get("/login")
            #expect(login.status == 200)
            #expect(login.body.contains("<h1>登录</h1>"))
            let response = try await browser.post(
                "/login", [("username", "wlht"), ("password", WebFixtures.password), ("next", "/enterprises")])
            #expect(response.status == 303)
            #expect(response.location == "/enterprises")
            let cookie = try #require(response.cookies.first { $0.hasPrefix("hazchem_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(cookie.contains("Max-Age=28800"))
            #expect(!cookie.contains("Secure"))
            let page = try await browser.get("/")
            #expect(page.status == 200)
            #expect(page.body.contains("乌市用户"))
            #expect(page.body.contains("旗县市应急管理局 · 乌兰浩特市"))
        }
    }

    @Test func theDatabaseKeepsOnlyTheHashOfTheSessionToken() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("admin")
            let token = try #require(browser.cookies["hazchem_session"])
            #expect(token.count == 64)
            #expect(try fixtures.database.activeSession(tokenHash: token, lifetime: 60) == nil)
            #expect(try fixtures.database.activeSession(tokenHash: SessionToken.hash(token), lifetime: 60) != nil)
        }
    }

    @Test(arguments: [("wlht", "wrong-password"), ("nobody", WebFixtures.password)])
    func aWrongPasswordOrUnknownUserGetsTheSameMessage(username: String, password: String) async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            let page = try await browser.signIn(username, password: password)
            #expect(page.status == 401)
            #expect(page.body.contains("用户名或密码错误"))
            #expect(page.body.contains("value=\"\(username)\""))
            #expect(browser.cookies["hazchem_session"] == nil)
        }
    }

    @Test(arguments: [WebFixtures.password, "wrong-password"])
    func aDisabledAccountAnswersLikeAWrongPassword(password: String) async throws {
        let fixtures = try WebFixtures()
        try fixtures.database.setUserDisabled(username: "aes", true, actor: "测试员")
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            let page = try await browser.signIn("aes", password: password)
            #expect(page.status == 401)
            #expect(page.body.contains("用户名或密码错误"))
            #expect(!page.body.contains("停用"))
        }
    }

    @Test func failuresDelayTheNextAttemptWithoutCheckingThePasswordAndNeverLock() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            for attempt in 1...3 {
                #expect(try await browser.signIn("meng", password: "wrong\(attempt)").status == 401)
            }
            let early = try await browser.signIn("meng")
            #expect(early.status == 429)
            #expect(early.body.contains("登录尝试过于频繁，请 1 秒后再试"))
            fixtures.clock.advance(1)
            #expect(try await browser.signIn("meng", password: "wrong4").status == 401)
            #expect(try await browser.signIn("meng").body.contains("请 2 秒后再试"))
            // However many failures, the wait never passes 30 seconds and the right password then works.
            for attempt in 5...12 {
                fixtures.clock.advance(30)
                #expect(try await browser.signIn("meng", password: "wrong\(attempt)").status == 401)
            }
            #expect(try await browser.signIn("meng").body.contains("请 30 秒后再试"))
            fixtures.clock.advance(30)
            #expect(try await browser.signIn("meng").status == 303)
        }
    }

    @Test func unknownNamesAreDelayedJustLikeKnownOnes() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            for name in ["meng", "nobody"] {
                for _ in 1...3 { #expect(try await browser.signIn(name, password: "wrong-password").status == 401) }
                let refused = try await browser.signIn(name, password: "wrong-password")
                #expect(refused.status == 429)
                #expect(refused.body.contains("登录尝试过于频繁，请 1 秒后再试"))
            }
        }
    }

    @Test func delaysDoubleUpToThirtySeconds() {
        let policy = LoginPolicy()
        #expect(policy.delay(afterFailures: 2, allowed: 3) == nil)
        #expect(policy.delay(afterFailures: 3, allowed: 3) == 1)
        #expect(policy.delay(afterFailures: 4, allowed: 3) == 2)
        #expect(policy.delay(afterFailures: 6, allowed: 3) == 8)
        #expect(policy.delay(afterFailures: 40, allowed: 3) == 30)
    }

    @Test func oneAddressTryingManyNamesIsDelayedToo() async throws {
        let fixtures = try WebFixtures()
        var configuration = WebFixtures.configuration()
        configuration.loginPolicy.freeFailuresPerAddress = 3
        try await fixtures.application(configuration).test(.router) { client in
            var browser = WebClient(client)
            for name in ["a1", "b2", "c3"] { #expect(try await browser.signIn(name).status == 401) }
            let fourth = try await browser.signIn("admin")
            #expect(fourth.status == 429)
            #expect(fourth.body.contains("请 1 秒后再试"))
        }
    }

    @Test(arguments: [true, false])
    func forwardedAddressesCountOnlyFromATrustedProxy(trusted: Bool) async throws {
        let fixtures = try WebFixtures()
        var configuration = WebFixtures.configuration()
        configuration.loginPolicy.freeFailuresPerAddress = 2
        // Under the test client the connection has no remote address: it is `local`.
        if trusted { configuration.trustedProxies = ["local"] }
        try await fixtures.application(configuration).test(.router) { client in
            var browser = WebClient(client)
            func attempt(_ name: String, from address: String) async throws -> Int {
                try await browser.get("/login")
                return try await browser.post(
                    "/login", [("username", name), ("password", "wrong-password")],
                    headers: [HTTPField.Name("X-Forwarded-For")!: "203.0.113.9, \(address)"]
                ).status
            }
            #expect(try await attempt("a1", from: "10.0.0.1") == 401)
            #expect(try await attempt("b2", from: "10.0.0.1") == 401)
            #expect(try await attempt("c3", from: "10.0.0.1") == 429)
            #expect(try await attempt("d4", from: "10.0.0.2") == (trusted ? 401 : 429))
            let rows = try fixtures.database.auditLog(AuditFilter(entity: AppDatabase.signInAuditEntity))
            #expect(rows.first?.entityID == (trusted ? "10.0.0.2" : "local"))
        }
    }

    @Test func failedSignInsAreAuditedWithNameAndAddressNeverThePassword() async throws {
        let fixtures = try WebFixtures()
        try fixtures.database.setUserDisabled(username: "aes", true, actor: "测试员")
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("nobody", password: "secret-typed-1")
            try await browser.signIn("meng", password: "secret-typed-2")
            try await browser.signIn("aes")
            for _ in 1...2 { try await browser.signIn("meng", password: "secret-typed-3") }
            #expect(try await browser.signIn("meng").status == 429)
            #expect(try await browser.signIn("meng").status == 429)
            let rows = try fixtures.database.auditLog(AuditFilter(entity: AppDatabase.signInAuditEntity))
            #expect(rows.map(\.user) == ["meng", "meng", "meng", "aes", "meng", "nobody"])
            #expect(rows.allSatisfy { $0.action == "login-failed" && $0.entityID == "local" })
            let reasons = rows.compactMap { $0.after }.map { $0.components(separatedBy: "\"reason\":\"")[1].prefix(5) }
            #expect(reasons == ["throt", "wrong", "wrong", "disab", "wrong", "unkno"])
            #expect(
                rows.allSatisfy {
                    !($0.after ?? "").contains("secret-typed") && !($0.after ?? "").contains(WebFixtures.password)
                })
            // Only the first refusal of a wait is logged (one row above for two refusals).
            try await browser.signIn("admin")
            let page = try await browser.get("/audit?entity=sign_in")
            #expect(page.body.contains("login-failed"))
            #expect(page.body.contains("nobody"))
        }
        try await fixtures.application().test(.router) { client in
            var prefecture = WebClient(client)
            try await prefecture.signIn("meng")
            let page = try await prefecture.get("/audit")
            #expect(page.status == 200)
            #expect(!page.body.contains("login-failed"))
        }
    }

    @Test func signInRehashesAPasswordOfAnotherCostAndTheDummyUsesTheServerCost() async throws {
        let fixtures = try WebFixtures()
        var configuration = WebFixtures.configuration()
        configuration.bcryptCost = 5
        #expect(try fixtures.database.user(username: "wlht")?.passwordHash.hasPrefix("$2b$04$") == true)
        try await fixtures.application(configuration).test(.router) { client in
            var browser = WebClient(client)
            let page = try await browser.signIn("wlht")
            #expect(page.status == 303)
        }
        let rehashed = try #require(try fixtures.database.user(username: "wlht")?.passwordHash)
        #expect(rehashed.hasPrefix("$2b$05$"))
        #expect(BcryptHasher(cost: 5).verify(WebFixtures.password, hash: rehashed))
        #expect(BcryptHasher(cost: 5, dummy: true).dummyHash.hasPrefix("$2b$05$"))
        #expect(BcryptHasher.cost(of: rehashed) == 5)
        #expect(BcryptHasher.cost(of: "nonsense") == nil)
    }

    @Test func signInOnlyRedirectsToPathsOnThisServer() {
        #expect(LoginRoutes.safeNext("/enterprises?q=1") == "/enterprises?q=1")
        #expect(LoginRoutes.safeNext("//evil.example/") == "/")
        #expect(LoginRoutes.safeNext("https://evil.example/") == "/")
        #expect(LoginRoutes.safeNext("/\\evil") == "/")
        #expect(LoginRoutes.safeNext(nil) == "/")
    }
}
