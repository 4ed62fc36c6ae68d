import Foundation
import HTTPTypes
import HazChemCore
import HazChemStore
import HazChemWeb
import HummingbirdTesting
import Testing

/// Entering the checklist, the grading sheet the server recomputes, refused entries keeping what was typed,
/// CSRF and expired sessions on the entry forms.
@Suite("Assessment entry")
struct AssessmentEntryTests {
    static let json: HTTPFields = [.accept: "application/json"]

    @Test("an assessment still being filled in shows its grade as provisional (暂定) in the page title")
    func provisionalGradeWhileOnSite() async throws {
        let fixtures = try AssessmentFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wjg")
            let page = try await browser.get(fixtures.path()).body
            let title = page.components(separatedBy: "<h1>").dropFirst().first?.components(separatedBy: "</h1>").first
            #expect(title?.contains("（暂定）") == true)
        }
    }

    @Test func savingAnItemRescoresTheGradingSheet() async throws {
        let fixtures = try AssessmentFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wjg")
            let before = try await browser.get(fixtures.path()).body
            #expect(before.contains("<span class=\"value\">79.4</span>"))
            let saved = try await browser.post(
                fixtures.path("/items/A01"),
                AssessmentFixtures.item("nonConforming", finding: "安全管理人员刘某未经考核", location: "安全环保部"),
                headers: Self.json)
            #expect(saved.status == 200)
            #expect(saved.body.contains("\"changed\":true"))
            #expect(saved.body.contains("\"expert\":\"王建国\""))
            #expect(saved.body.contains("\"sectionProgress\":\"已查 15/15，不符合 1 项\""))
            #expect(saved.body.contains("score-total grade-orange"))
            #expect(saved.body.contains(">74.4</span>"))
            #expect(saved.body.contains("6.1.1 企业主要负责人和安全生产管理人员未依法经考核合格的，每一人次扣5分（1）"))
            #expect(saved.body.contains("1 项预填答案尚待专家组确认"))
            let again = try await browser.post(
                fixtures.path("/items/A01"),
                AssessmentFixtures.item("nonConforming", finding: "安全管理人员刘某未经考核", location: "安全环保部"),
                headers: Self.json)
            #expect(again.body.contains("\"changed\":false"))
            let red = try await browser.post(
                fixtures.path("/items/A07"), AssessmentFixtures.item("nonConforming", finding: "电工无证上岗"),
                headers: Self.json)
            #expect(red.body.contains("score-total grade-red"))
            #expect(red.body.contains("直接判定红色（按分数为橙色）"))
            let page = try await browser.get(fixtures.path()).body
            #expect(page.contains("<span class=\"value\">74.4</span>"))
            #expect(page.contains("安全管理人员刘某未经考核"))
            let stored = try #require(try fixtures.database.assessmentDetail(id: fixtures.assessmentID))
            let line = try #require(stored.responses.first { $0.response.itemID == "A01" })
            #expect(line.response.response == .nonConforming)
            #expect(line.expert?.name == "王建国")
            #expect(stored.scoreSheet?.total == Tenths(parsing: "74.4"))
        }
    }

    @Test func aPlainFormPostRedirectsBackToTheItem() async throws {
        let fixtures = try AssessmentFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wjg")
            let saved = try await browser.post(
                fixtures.path("/items/B09"),
                AssessmentFixtures.item(
                    "nonConforming", finding: "工艺卡片未明确报警值", measure: "修订工艺卡片", deadline: "2019-09-30",
                    responsible: "李建军"))
            #expect(saved.status == 303)
            #expect(saved.location == fixtures.path("?done=saved&item=B09#item-B09"))
            let page = try await browser.get(saved.location!).body
            #expect(page.contains("检查项已保存，得分已重新计算。"))
            let stored = try #require(try fixtures.database.assessmentDetail(id: fixtures.assessmentID))
            let line = try #require(stored.responses.first { $0.response.itemID == "B09" }?.response)
            #expect(line.finding == "工艺卡片未明确报警值")
            #expect(line.measure == "修订工艺卡片")
            #expect(line.deadline == LocalDate(year: 2019, month: 9, day: 30))
            #expect(line.responsiblePerson == "李建军")
        }
    }

    @Test func refusedEntriesComeBackWithWhatWasTyped() async throws {
        let fixtures = try AssessmentFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wjg")
            let badDate = try await browser.post(
                fixtures.path("/items/A03"),
                AssessmentFixtures.item("nonConforming", finding: "制度未更新XYZ", measure: "修订制度", deadline: "2019-13-45"))
            #expect(badDate.status == 400)
            #expect(badDate.body.contains("整改期限“2019-13-45”不是有效日期，应为 YYYY-MM-DD"))
            #expect(badDate.body.contains(">制度未更新XYZ</textarea>"))
            #expect(badDate.body.contains(">修订制度</textarea>"))
            #expect(badDate.body.contains("value=\"2019-13-45\""))
            #expect(badDate.body.contains("value=\"nonConforming\" checked"))
            let major = try await browser.post(
                fixtures.path("/items/A03"), AssessmentFixtures.item("conforming", finding: "备注ABC", major: true))
            #expect(major.status == 400)
            #expect(major.body.contains("检查项 A03 标记为重大隐患，但答复为“符合”（只有不符合项才构成隐患）"))
            #expect(major.body.contains(">备注ABC</textarea>"))
            let answers = try await browser.post(
                fixtures.path("/answers"), [("r.1.2.2", "abc"), ("r.6.1.5", "9")])
            #expect(answers.status == 400)
            #expect(answers.body.contains("1.2.2：应填写非负整数，实际为“abc”"))
            #expect(answers.body.contains("name=\"r.1.2.2\" value=\"abc\""))
            let tooMany = try await browser.post(fixtures.path("/answers"), [("r.6.1.5", "9")])
            #expect(tooMany.status == 400)
            #expect(tooMany.body.contains("规则 6.1.5 最多计"))
            let spot = try await browser.post(
                fixtures.path("/spot-checks"), [("person", "赵六"), ("role", ""), ("result", "passed"), ("note", "备注Q")])
            #expect(spot.status == 400)
            #expect(spot.body.contains("请选择被抽查人员的岗位"))
            #expect(spot.body.contains("name=\"person\" value=\"赵六\""))
            #expect(spot.body.contains("name=\"note\" value=\"备注Q\""))
            let stored = try #require(try fixtures.database.assessmentDetail(id: fixtures.assessmentID))
            #expect(stored.responses.first { $0.response.itemID == "A03" }?.response.response == .conforming)
            #expect(stored.spotChecks.count == 6)
        }
    }

    @Test func gradingAnswersAreSavedAndConfirmed() async throws {
        let fixtures = try AssessmentFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wjg")
            _ = try await browser.post(
                fixtures.path("/items/A01"), AssessmentFixtures.item("nonConforming", finding: "未考核"))
            let saved = try await browser.post(fixtures.path("/answers"), [("r.9.1.3", "否"), ("r.1.1.3", "是")])
            #expect(saved.status == 303)
            var detail = try #require(try fixtures.database.assessmentDetail(id: fixtures.assessmentID))
            #expect(detail.scoreSheet?.total == Tenths(parsing: "72.4"))
            #expect(detail.answers.first { $0.ruleID == "6.1.1" }?.source == .prefilled)
            let confirmed = try await browser.post(fixtures.path("/answers/confirm"), [])
            #expect(confirmed.status == 303)
            detail = try #require(try fixtures.database.assessmentDetail(id: fixtures.assessmentID))
            #expect(detail.answers.allSatisfy { $0.source == .confirmed })
        }
    }

    @Test func entryFormsNeedTheSessionsToken() async throws {
        let fixtures = try AssessmentFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wjg")
            let token = browser.csrf
            let missing = try await browser.post(
                fixtures.path("/items/A01"), AssessmentFixtures.item("notChecked"), csrf: .some(nil),
                headers: Self.json)
            #expect(missing.status == 403)
            #expect(missing.body.contains("CSRF 校验失败"))
            let wrong = try await browser.post(
                fixtures.path("/items/A01"), AssessmentFixtures.item("notChecked"), csrf: .some(nil),
                headers: [.accept: "application/json", CSRFHeader.name: String(token.reversed())])
            #expect(wrong.status == 403)
            let header = try await browser.post(
                fixtures.path("/items/A01"), AssessmentFixtures.item("notChecked"), csrf: .some(nil),
                headers: [.accept: "application/json", CSRFHeader.name: token])
            #expect(header.status == 200)
            for path in ["/answers", "/risk", "/spot-checks", "/submit", "/sign", "/disposition"] {
                #expect(try await browser.post(fixtures.path(path), [], csrf: .some(nil)).status == 403, "\(path)")
            }
        }
    }

    @Test func anExpiredSessionIsSentToSignInWithoutSaving() async throws {
        let fixtures = try AssessmentFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wjg")
            fixtures.base.clock.advance(8 * 3600 + 1)
            let page = try await browser.post(
                fixtures.path("/items/A01"), AssessmentFixtures.item("notChecked"), headers: Self.json)
            #expect(page.status == 303)
            #expect(page.location == "/login?next=/&expired=1")
            let stored = try #require(try fixtures.database.assessmentDetail(id: fixtures.assessmentID))
            #expect(stored.responses.first { $0.response.itemID == "A01" }?.response.response == .conforming)
            let view = try await browser.get(fixtures.path())
            #expect(view.status == 303)
        }
    }
}

/// The CSRF header name scripts use.
enum CSRFHeader {
    static let name = HTTPField.Name("X-CSRF-Token")!
}
