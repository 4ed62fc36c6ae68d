import Foundation
import HazChemStore
import HazChemWeb
import HummingbirdTesting
import Testing

@Suite("User management pages")
struct UserAdminTests {
    @Test func invalidInputIsShownOnTheFormWithTheEnteredValuesKept() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("admin")
            let page = try await browser.post(
                "/admin/users",
                [
                    ("username", "x"), ("displayName", "赵六"), ("role", "county"), ("county", ""),
                    ("expert", ""), ("password", "short"), ("passwordConfirm", "short"),
                ])
            #expect(page.status == 400)
            #expect(page.body.contains("请更正下列标出的问题后重新提交"))
            #expect(page.body.contains("用户名应为2至32个英文字母、数字或 . _ - 字符"))
            #expect(page.body.contains("旗县市应急管理局用户必须选择所属旗县市"))
            #expect(page.body.contains("密码至少需要10个字符"))
            #expect(page.body.contains(#"name="username" value="x""#))
            #expect(page.body.contains(#"name="displayName" value="赵六""#))
            #expect(page.body.contains(#"<option value="county" selected>"#))
            #expect(!page.body.contains("short"))
            #expect(try fixtures.database.user(username: "x") == nil)
        }
    }

    @Test func mismatchedPasswordsAndAMissingRoleAreReported() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("admin")
            let page = try await browser.post(
                "/admin/users",
                [
                    ("username", "zhao"), ("role", ""), ("password", WebFixtures.password),
                    ("passwordConfirm", WebFixtures.password + "x"),
                ])
            #expect(page.status == 400)
            #expect(page.body.contains("请选择角色"))
            #expect(page.body.contains("两次输入的密码不一致"))
            #expect(page.body.contains(#"name="username" value="zhao""#))
        }
    }

    @Test func anAddedUserIsListedAndCanSignIn() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var admin = WebClient(client)
            try await admin.signIn("admin")
            let created = try await admin.post(
                "/admin/users",
                [
                    ("username", "kyqq"), ("displayName", "科右前旗用户"), ("role", "county"), ("county", "152221"),
                    ("expert", ""), ("password", WebFixtures.password), ("passwordConfirm", WebFixtures.password),
                ])
            #expect(created.status == 303)
            #expect(created.location == "/admin/users?added=kyqq")
            let list = try await admin.get(created.location!).body
            #expect(list.contains("已新增用户“kyqq”"))
            #expect(list.contains("科尔沁右翼前旗"))
            var user = WebClient(client)
            #expect(try await user.signIn("kyqq", password: WebFixtures.password).status == 303)
            #expect(try await user.get("/").body.contains("旗县市应急管理局 · 科尔沁右翼前旗"))
        }
    }

    @Test func disablingAUserEndsTheirSessionsAndEnablingRestoresSignIn() async throws {
        let fixtures = try WebFixtures()
        let id = try #require(try fixtures.database.user(username: "aes")?.id)
        try await fixtures.application().test(.router) { client in
            var user = WebClient(client)
            try await user.signIn("aes")
            var admin = WebClient(client)
            try await admin.signIn("admin")
            let disabled = try await admin.post("/admin/users/\(id)/disable", [])
            #expect(disabled.status == 303)
            #expect(try await admin.get(disabled.location!).body.contains("已停用用户“aes”"))
            #expect(try await user.get("/").status == 303)
            #expect(try await user.signIn("aes").status == 401)
            #expect(try await admin.post("/admin/users/\(id)/enable", []).status == 303)
            #expect(try await user.signIn("aes").status == 303)
        }
    }

    @Test func administratorsCannotDisableThemselves() async throws {
        let fixtures = try WebFixtures()
        let id = try #require(try fixtures.database.user(username: "admin")?.id)
        try await fixtures.application().test(.router) { client in
            var admin = WebClient(client)
            try await admin.signIn("admin")
            let page = try await admin.post("/admin/users/\(id)/disable", [])
            #expect(page.status == 400)
            #expect(page.body.contains("不能停用自己的账号"))
        }
    }

    @Test func otherRolesCannotPostToUserManagement() async throws {
        let fixtures = try WebFixtures()
        let id = try #require(try fixtures.database.user(username: "aes")?.id)
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("meng")
            #expect(try await browser.post("/admin/users/\(id)/disable", []).status == 403)
            #expect(
                try await browser.post("/admin/users", [("username", "evil"), ("role", "administrator")]).status == 403)
            #expect(try fixtures.database.user(username: "aes")?.disabled == false)
        }
    }
}
