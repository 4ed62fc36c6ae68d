import Foundation
import HazChemStore
import HazChemWeb
import HummingbirdTesting
import Testing

/// Every route's access rule per role, cross-county attempts included.
@Suite("Access by role and county")
struct AccessTests {
    /// Who may open what: `a1`/`b1` stand for those enterprises' pages.
    static let rules: [(user: String, path: String, status: Int)] = [
        ("admin", "/", 200), ("meng", "/", 200), ("wlht", "/", 200), ("aes", "/", 200), ("wang", "/", 200),
        ("admin", "/enterprises", 200), ("wlht", "/enterprises", 200), ("wang", "/enterprises", 200),
        ("admin", "a1", 200), ("meng", "a1", 200), ("meng", "b1", 200),
        ("wlht", "a1", 200), ("wlht", "b1", 404), ("aes", "b1", 200), ("aes", "a1", 404),
        ("wang", "a1", 200), ("wang", "b1", 404), ("wang", "a2", 404),
        ("admin", "/enterprises/99999", 404), ("admin", "/enterprises/abc", 404),
        ("admin", "/admin/users", 200), ("admin", "/admin/users/new", 200),
        ("meng", "/admin/users", 403), ("wlht", "/admin/users", 200), ("wang", "/admin/users/new", 403),
    ]

    @Test func everyRoleGetsExactlyWhatItMaySee() async throws {
        let fixtures = try WebFixtures()
        let ids = ["a1": fixtures.a1, "a2": fixtures.a2, "b1": fixtures.b1]
        try await fixtures.application().test(.router) { client in
            var browsers: [String: WebClient] = [:]
            for rule in Self.rules {
                var browser = browsers[rule.user] ?? WebClient(client)
                if browsers[rule.user] == nil { try await browser.signIn(rule.user) }
                let path = ids[rule.path].map { "/enterprises/\($0)" } ?? rule.path
                let page = try await browser.get(path)
                #expect(page.status == rule.status, "\(rule.user) \(path)")
                if rule.status == 404 {
                    #expect(page.body.contains("页面不存在"), "\(rule.user) \(path)")
                    #expect(!page.body.contains("阿尔山商贸丙"), "\(rule.user) \(path)")
                }
                if rule.status == 403 { #expect(page.body.contains("没有权限"), "\(rule.user) \(path)") }
                browsers[rule.user] = browser
            }
        }
    }

    @Test func aCountyListNeverShowsAnotherCountyWhateverTheFilter() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wlht")
            for query in [
                "", "?county=152202", "?q=%E9%98%BF%E5%B0%94%E5%B1%B1", "?q=\(WebFixtures.creditCode(3))", "?page=2",
            ] {
                let body = try await browser.get("/enterprises" + query).body
                #expect(!body.contains("阿尔山商贸丙") && !body.contains("阿尔山化工丁"), "\(query)")
                #expect(!body.contains("/enterprises/\(fixtures.b1)"), "\(query)")
            }
            let all = try await browser.get("/enterprises").body
            #expect(all.contains("乌兰浩特化工甲有限公司"))
            #expect(all.contains("乌兰浩特储运乙有限公司"))
            #expect(!all.contains("name=\"county\""))
        }
    }

    @Test func theExpertSeesOnlyTheEnterprisesOfTheirPanels() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wang")
            let body = try await browser.get("/enterprises").body
            #expect(body.contains("乌兰浩特化工甲有限公司"))
            #expect(!body.contains("乌兰浩特储运乙有限公司"))
            #expect(!body.contains("阿尔山商贸丙") && !body.contains("阿尔山化工丁"))
            #expect(body.contains("第 1 页 共 1 页（1 家）"))
        }
    }

    @Test func theMenuShowsUserManagementToAdministratorsAndCountyBureaus() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            for (user, shown) in [("admin", true), ("meng", false), ("wlht", true), ("wang", false)] {
                var browser = WebClient(client)
                try await browser.signIn(user)
                #expect(try await browser.get("/").body.contains("href=\"/admin/users\"") == shown, "\(user)")
            }
        }
    }

    @Test func theStoreAnswersNilOutsideTheScope() throws {
        let fixtures = try WebFixtures()
        let database = fixtures.database
        #expect(try database.enterpriseDetail(id: fixtures.b1, scope: .county(WebFixtures.countyA)) == nil)
        #expect(try database.enterpriseDetail(id: fixtures.b1, scope: .county(WebFixtures.countyB)) != nil)
        #expect(try database.enterpriseDetail(id: fixtures.a2, scope: .panels(expertID: fixtures.expertID)) == nil)
        let listing = try database.enterpriseListing(
            EnterpriseFilter(countyCode: WebFixtures.countyB), scope: .county(WebFixtures.countyA), page: 1)
        #expect(listing.total == 0)
    }
}
