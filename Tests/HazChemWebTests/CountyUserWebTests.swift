import Foundation
import HazChemCore
import HazChemStore
import HazChemWeb
import HummingbirdTesting
import Testing

/// A county bureau creates the accounts of its clerks and of the experts it manages, nothing else.
@Suite("User management by a county bureau")
struct CountyUserWebTests {
    static func fields(_ username: String, role: String, county: String = "", expert: String = "") -> [(String, String)]
    {
        [
            ("username", username), ("displayName", username), ("role", role), ("county", county), ("expert", expert),
            ("password", WebFixtures.password), ("passwordConfirm", WebFixtures.password),
        ]
    }

    @Test("a county clerk sees its county's accounts and creates a clerk and an expert account of its own")
    func county() async throws {
        let fixtures = try WebFixtures()
        let own = try fixtures.database.addExpert(
            Expert(name: "乌市专家", specialty: .equipment, countyCode: WebFixtures.countyA), actor: "测试员")
        let foreign = try fixtures.database.addExpert(
            Expert(name: "阿市专家", specialty: .equipment, countyCode: WebFixtures.countyB), actor: "测试员")
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wlht")
            let list = try await browser.get("/admin/users")
            #expect(list.status == 200)
            #expect(list.body.contains("wlht"))
            #expect(!list.body.contains(">aes<") && !list.body.contains(">admin<") && !list.body.contains(">meng<"))
            let form = try await browser.get("/admin/users/new")
            #expect(!form.body.contains("value=\"administrator\"") && !form.body.contains("value=\"prefecture\""))
            #expect(form.body.contains("乌市专家") && !form.body.contains("阿市专家"))
            let admin = try await browser.post("/admin/users", Self.fields("boss", role: "administrator"))
            #expect(admin.status == 400)
            #expect(admin.body.contains("只能新增本局用户、专家和安全监管人员账号"))
            let elsewhere = try await browser.post(
                "/admin/users", Self.fields("clerk2", role: "county", county: WebFixtures.countyB))
            #expect(elsewhere.status == 400)
            #expect(elsewhere.body.contains("只能新增本旗县市的用户"))
            let stranger = try await browser.post(
                "/admin/users", Self.fields("zhuanjia2", role: "expert", expert: String(foreign.id!)))
            #expect(stranger.status == 400)
            #expect(stranger.body.contains("只能关联本旗县市管理的专家"))
            #expect(try fixtures.database.user(username: "boss") == nil)
            let clerk = try await browser.post(
                "/admin/users", Self.fields("clerk", role: "county", county: WebFixtures.countyA))
            #expect(clerk.status == 303)
            let expert = try await browser.post(
                "/admin/users", Self.fields("zhuanjia", role: "expert", expert: String(own.id!)))
            #expect(expert.status == 303)
            #expect(try fixtures.database.user(username: "zhuanjia")?.expertID == own.id)
            let aes = try #require(try fixtures.database.user(username: "aes")?.id)
            #expect(try await browser.post("/admin/users/\(aes)/disable", []).status == 404)
            #expect(try fixtures.database.user(username: "aes")?.disabled == false)
            let clerkID = try #require(try fixtures.database.user(username: "clerk")?.id)
            #expect(try await browser.post("/admin/users/\(clerkID)/disable", []).status == 303)
            #expect(try fixtures.database.user(username: "clerk")?.disabled == true)
        }
    }
}
