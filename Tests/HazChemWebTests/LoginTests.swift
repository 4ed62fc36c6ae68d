import Foundation
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

    @Test func aDisabledUserCannotSignIn() async throws {
        let fixtures = try WebFixtures()
        try fixtures.database.setUserDisabled(username: "aes", true, actor: "测试员")
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            let page = try await browser.signIn("aes")
            #expect(page.status == 403)
            #expect(page.body.contains("该账号已停用"))
        }
    }

    @Test func fiveFailuresLockTheAccountForAMinuteEvenWithTheRightPassword() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            for attempt in 1...4 {
                let page = try await browser.signIn("meng", password: "wrong\(attempt)")
                #expect(page.status == 401)
            }
            let fifth = try await browser.signIn("meng", password: "wrong5")
            #expect(fifth.status == 429)
            #expect(fifth.body.contains("登录失败次数过多，已暂时锁定，请在 1 分钟后再试"))
            let right = try await browser.signIn("meng")
            #expect(right.status == 429)
            fixtures.clock.advance(61)
            let later = try await browser.signIn("meng")
            #expect(later.status == 303)
            #expect(try fixtures.database.user(username: "meng")?.failedLogins == 0)
        }
    }

    @Test func repeatedFailuresDoubleTheLock() throws {
        let policy = LoginPolicy()
        #expect(policy.lock(afterFailures: 4, allowed: 5) == nil)
        #expect(policy.lock(afterFailures: 5, allowed: 5) == 60)
        #expect(policy.lock(afterFailures: 6, allowed: 5) == 120)
        #expect(policy.lock(afterFailures: 8, allowed: 5) == 480)
        #expect(policy.lock(afterFailures: 40, allowed: 5) == 3600)
    }

    @Test func oneAddressTryingManyNamesIsLockedToo() async throws {
        let fixtures = try WebFixtures()
        var configuration = WebFixtures.configuration()
        configuration.loginPolicy.freeFailuresPerAddress = 3
        try await fixtures.application(configuration).test(.router) { client in
            var browser = WebClient(client)
            for name in ["a1", "b2"] { #expect(try await browser.signIn(name).status == 401) }
            let third = try await browser.signIn("c3")
            #expect(third.status == 429)
            #expect(third.body.contains("请在 1 分钟后再试"))
            #expect(try await browser.signIn("admin").status == 429)
        }
    }

    @Test func signInOnlyRedirectsToPathsOnThisServer() {
        #expect(LoginRoutes.safeNext("/enterprises?q=1") == "/enterprises?q=1")
        #expect(LoginRoutes.safeNext("//evil.example/") == "/")
        #expect(LoginRoutes.safeNext("https://evil.example/") == "/")
        #expect(LoginRoutes.safeNext("/\\evil") == "/")
        #expect(LoginRoutes.safeNext(nil) == "/")
    }
}
