import Foundation
import HTTPTypes
import HazChemCore
import HazChemStore
import HazChemWeb
import HummingbirdTesting
import Testing

/// Every assessment route's access rule per role: visibility (404 outside the scope or panel) and what each
/// role may change (403 with the reason).
@Suite("Assessment pages: access by role, county and panel")
struct AssessmentAccessTests {
    static let pages: [(user: String, status: Int)] = [
        ("admin", 200), ("meng", 200), ("wlht", 200), ("aes", 404), ("wjg", 200), ("lm", 200), ("chen", 200),
        ("wang", 404),
    ]

    @Test func theAssessmentPageIsVisibleInScopeAndOnThePanelOnly() async throws {
        let fixtures = try AssessmentFixtures()
        try await fixtures.application().test(.router) { client in
            for rule in Self.pages {
                var browser = WebClient(client)
                try await browser.signIn(rule.user)
                let page = try await browser.get(fixtures.path())
                #expect(page.status == rule.status, "\(rule.user)")
                let list = try await browser.get("/assessments").body
                #expect(list.contains("兴安盟宏达化工有限公司") == (rule.status == 200), "\(rule.user)")
                if rule.status == 404 { #expect(!page.body.contains("宏达"), "\(rule.user)") }
            }
            var admin = WebClient(client)
            try await admin.signIn("admin")
            #expect(try await admin.get("/assessments/99999").status == 404)
            #expect(try await admin.get("/assessments/abc").status == 404)
        }
    }

    /// (user, path suffix, fields, expected status): what each role may post.
    static let posts: [(user: String, path: String, fields: [(String, String)], status: Int)] = [
        ("wjg", "/items/A01", AssessmentFixtures.item("conforming"), 303),
        ("lm", "/items/A01", AssessmentFixtures.item("conforming"), 403),
        ("lm", "/items/E01", AssessmentFixtures.item("conforming"), 303),
        ("chen", "/items/A01", AssessmentFixtures.item("conforming"), 403),
        ("wlht", "/items/A01", AssessmentFixtures.item("conforming"), 403),
        ("meng", "/items/A01", AssessmentFixtures.item("conforming"), 403),
        ("aes", "/items/A01", AssessmentFixtures.item("conforming"), 404),
        ("wang", "/items/A01", AssessmentFixtures.item("conforming"), 404),
        ("wjg", "/items/Z99", AssessmentFixtures.item("conforming"), 404),
        ("lm", "/answers", [("r.1.1.3", "是")], 303), ("wlht", "/answers", [("r.1.1.3", "是")], 403),
        ("aes", "/answers", [("r.1.1.3", "是")], 404), ("chen", "/answers/confirm", [], 403),
        ("wjg", "/risk", [("affectedArea", "厂区")], 303), ("meng", "/risk", [("affectedArea", "厂区")], 403),
        ("lm", "/spot-checks", [("person", "王五"), ("role", "worker"), ("result", "passed")], 303),
        ("wlht", "/spot-checks", [("person", "王五"), ("role", "worker"), ("result", "passed")], 403),
        ("lm", "/submit", [("date", "2019-07-18")], 403), ("wlht", "/submit", [], 403),
        ("aes", "/submit", [], 404), ("lm", "/start", [], 403), ("lm", "/reopen", [], 403),
        ("lm", "/correct", [], 403), ("wlht", "/sign", [], 403), ("chen", "/sign", [], 403),
        ("wjg", "/disposition", [("class", "rectify")], 403), ("chen", "/disposition", [("class", "rectify")], 403),
        ("aes", "/disposition", [("class", "rectify")], 404),
    ]

    @Test func everyFormRefusesTheRolesThatMayNotUseIt() async throws {
        let fixtures = try AssessmentFixtures()
        try await fixtures.application().test(.router) { client in
            var browsers: [String: WebClient] = [:]
            for rule in Self.posts {
                var browser = browsers[rule.user] ?? WebClient(client)
                if browsers[rule.user] == nil { try await browser.signIn(rule.user) }
                let page = try await browser.post(fixtures.path(rule.path), rule.fields)
                #expect(page.status == rule.status, "\(rule.user) \(rule.path)")
                if rule.status == 403 {
                    #expect(page.body.contains("只有") || page.body.contains("专业的专家填写"), "\(rule.user) \(rule.path)")
                }
                browsers[rule.user] = browser
            }
        }
    }

    @Test func anExpertOutsideTheSectionsSpecialtyIsToldWhy() async throws {
        let fixtures = try AssessmentFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("lm")
            let json = try await browser.post(
                fixtures.path("/items/A01"), AssessmentFixtures.item("nonConforming", finding: "未考核"),
                headers: [.accept: "application/json"])
            #expect(json.status == 403)
            #expect(json.body.contains("\"ok\":false"))
            #expect(json.body.contains("检查表第A部分“安全管理机构与人员”由安全管理专业的专家填写，您在本专家组负责化工设计(工艺)专业，不能填写"))
            let form = try await browser.post(
                fixtures.path("/items/A01"), AssessmentFixtures.item("nonConforming", finding: "未考核"))
            #expect(form.status == 403)
            #expect(form.body.contains("由安全管理专业的专家填写"))
            let stored = try #require(try fixtures.database.assessmentDetail(id: fixtures.assessmentID))
            #expect(stored.responses.first { $0.response.itemID == "A01" }?.response.response == .conforming)
        }
    }

    @Test func thePageShowsFormsOnlyForTheSectionsTheUserMayAnswer() async throws {
        let fixtures = try AssessmentFixtures()
        try await fixtures.application().test(.router) { client in
            var leader = WebClient(client)
            try await leader.signIn("wjg")
            let body = try await leader.get(fixtures.path()).body
            // The leader may answer every section.
            #expect(body.contains("action=\"/assessments/\(fixtures.assessmentID)/items/A01\""))
            #expect(body.contains("action=\"/assessments/\(fixtures.assessmentID)/items/E01\""))
            #expect(body.contains("提交评估报告"))
            var member = WebClient(client)
            try await member.signIn("lm")
            let own = try await member.get(fixtures.path()).body
            #expect(!own.contains("action=\"/assessments/\(fixtures.assessmentID)/items/A01\""))
            var county = WebClient(client)
            try await county.signIn("wlht")
            let read = try await county.get(fixtures.path()).body
            #expect(!read.contains("/items/A01\""))
            #expect(read.contains("检查表和评分为只读"))
            #expect(!read.contains("提交评估报告"))
        }
    }

    @Test func everyFormOnTheAssessmentPageCarriesTheToken() async throws {
        let fixtures = try AssessmentFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wjg")
            let body = try await browser.get(fixtures.path()).body
            let forms = body.components(separatedBy: "<form method=\"post\"").count - 1
            let tokens = body.components(separatedBy: "name=\"_csrf\" value=\"\(browser.csrf)\"").count - 1
            #expect(forms > 46 && forms == tokens)
        }
    }
}
