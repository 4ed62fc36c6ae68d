import Foundation
import HazChemStore
import HazChemWeb
import Testing

@Suite("Users and sessions in the store")
struct UserStoreTests {
    let hasher = BcryptHasher(cost: 4)

    @Test func addingAUserAuditsItWithoutThePasswordHash() throws {
        let fixtures = try WebFixtures()
        let stored = try fixtures.database.addUser(
            AppUser(username: "Li.Si", displayName: "", role: .prefecture), password: WebFixtures.password,
            hasher: hasher,
            actor: "管理员")
        #expect(stored.displayName == "Li.Si")
        #expect(stored.passwordHash.hasPrefix("$2b$04$"))
        let entry = try #require(try fixtures.database.auditLog(AuditFilter(entity: "app_user")).first)
        #expect(entry.action == "create")
        #expect(entry.user == "管理员")
        let after = try #require(entry.after)
        #expect(after.contains("\"username\":\"Li.Si\""))
        #expect(!after.contains("password"))
        #expect(!after.contains(stored.passwordHash))
        #expect(try fixtures.database.user(username: "li.si")?.id == stored.id)
    }

    @Test(arguments: [
        ("12345678", "密码至少需要10个字符"), ("password", "密码至少需要10个字符"), ("1234567890", "密码过于常见"),
        ("qwertyuiop", "密码过于常见"), ("Admin123456", "密码过于常见"), ("PassW0rd123", "密码过于常见"),
        ("wlht-2019-abc", "密码不能包含用户名"), ("My-WLHT-pass", "密码不能包含用户名"), ("zzzzzzzzzzzz", "密码过于简单"),
    ])
    func thePasswordPolicyRefusesShortCommonAndNameBasedPasswords(password: String, message: String) throws {
        let fixtures = try WebFixtures()
        let problem = LoginPolicy().passwordProblem(password, username: "wlht")
        #expect(problem?.contains(message) == true, "\(password): \(problem ?? "nil")")
        var caught: StoreError?
        do {
            try fixtures.database.changePassword(username: "wlht", password: password, hasher: hasher, actor: "管理员")
        } catch { caught = error }
        #expect(caught?.description.contains(message) == true)
        #expect(LoginPolicy().passwordProblem(WebFixtures.password, username: "wlht") == nil)
    }

    @Test func everyFieldProblemIsReportedAtOnce() throws {
        let fixtures = try WebFixtures()
        let user = AppUser(username: "王五", displayName: "王五", role: .expert, countyCode: "152201")
        #expect(throws: StoreError.self) {
            try fixtures.database.addUser(user, password: "aaaaaaaaaa", hasher: hasher, actor: "管理员")
        }
        do {
            try fixtures.database.addUser(user, password: "aaaaaaaaaa", hasher: hasher, actor: "管理员")
        } catch {
            #expect(
                error.description == """
                    字段“用户名”：用户名应为2至32个英文字母、数字或 . _ - 字符
                    字段“旗县市”：只有旗县市应急管理局用户才选择旗县市
                    字段“关联专家”：专家用户必须关联专家库中的人员
                    字段“密码”：密码过于简单，请至少使用3个不同的字符
                    """)
        }
    }

    @Test func aUserNameIsUniqueRegardlessOfCase() throws {
        let fixtures = try WebFixtures()
        do {
            try fixtures.database.addUser(
                AppUser(username: "ADMIN", displayName: "x", role: .prefecture), password: WebFixtures.password,
                hasher: hasher,
                actor: "管理员")
            Issue.record("duplicate accepted")
        } catch {
            #expect(error.description == "字段“用户名”：用户名“admin”已存在")
        }
    }

    @Test func theLastAdministratorCannotBeDisabled() throws {
        let fixtures = try WebFixtures()
        do {
            try fixtures.database.setUserDisabled(username: "admin", true, actor: "管理员")
            Issue.record("last administrator disabled")
        } catch {
            #expect(error.code == .conflict)
            #expect(error.description.contains("不能停用唯一可用的系统管理员"))
        }
    }

    @Test func changingThePasswordEndsSessions() throws {
        let fixtures = try WebFixtures()
        let database = fixtures.database
        let user = try #require(try database.user(username: "wlht"))
        let hash = String(repeating: "c", count: 64)
        try database.createSession(
            userID: user.id!, tokenHash: hash, csrfToken: String(repeating: "d", count: 64), lifetime: 3600)
        for _ in 1...5 {
            #expect(try database.authenticate(username: "wlht", password: "wrong", hasher: hasher) == .rejected)
        }
        try database.changePassword(
            username: "wlht", password: "New" + WebFixtures.password, hasher: hasher, actor: "管理员")
        #expect(try database.activeSession(tokenHash: hash, lifetime: 3600) == nil)
        #expect(
            try database.authenticate(username: "wlht", password: "New" + WebFixtures.password, hasher: hasher)
                == .success(try database.user(username: "wlht")!))
        let actions = try database.auditLog(AuditFilter(entity: "app_user", entityID: String(user.id!))).map(\.action)
        #expect(actions == ["passwd", "create"])
    }

    @Test func expiredSessionsAreRemoved() throws {
        let fixtures = try WebFixtures()
        let database = fixtures.database
        let user = try #require(try database.user(username: "meng"))
        try database.createSession(
            userID: user.id!, tokenHash: String(repeating: "e", count: 64),
            csrfToken: String(repeating: "f", count: 64),
            lifetime: 60)
        fixtures.clock.advance(61)
        #expect(try database.endExpiredSessions() == 1)
    }
}
