import Foundation
import HazChemCore
import HazChemStore
import HazChemWeb
import HummingbirdTesting
import Testing

/// The next assessment due on the web pages, three years and a bit after the fixtures' assessments.
@Suite("Assessment cycle on the web")
struct AssessmentCycleWebTests {
    /// 2019-07-01 + 1,128 days = 2022-08-02: a1 and b1 (on site to 2019-06-12) are overdue since 2022-06-12.
    static let advance: TimeInterval = 1_128 * 86_400

    @Test func theListShowsTheDueDayAndFlagsOverdueEnterprises() async throws {
        let fixtures = try WebFixtures()
        fixtures.clock.advance(Self.advance)
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("meng")
            let list = try await browser.get("/enterprises").body
            #expect(list.contains("<th>下次评估到期日</th>"))
            #expect(list.contains("<td>2022-06-12 <span class=\"flag\">逾期未评估</span></td>"))
            #expect(list.contains("<td>未评估，应即评估</td>"))
            #expect(list.contains("<td>不需评估（已关闭）</td>"))
            let detail = try await browser.get("/enterprises/\(fixtures.a1)").body
            #expect(detail.contains("该企业<strong>逾期未评估</strong>：下次评估到期日 2022-06-12（逾期未评估）"))
            #expect(detail.contains("<dt>涉及自身反应性化学品装置</dt><dd>否</dd>"))
            let never = try await browser.get("/enterprises/\(fixtures.a2)").body
            #expect(!never.contains("该企业<strong>逾期未评估</strong>"))
            #expect(never.contains("<dt>下次评估到期日</dt><dd>未评估，应即评估</dd>"))
            let dashboard = try await browser.get("/").body
            #expect(dashboard.contains("<div class=\"label\">逾期未评估企业</div>\n    <div class=\"value\">2</div>"))
        }
        #expect(try fixtures.database.dashboard(scope: .all).totals.overdueAssessments == 2)
        #expect(try fixtures.database.dashboard(scope: .county(WebFixtures.countyB)).totals.overdueAssessments == 1)
    }

    @Test func beforeTheCycleEndsNothingIsOverdue() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("meng")
            let list = try await browser.get("/enterprises").body
            #expect(list.contains("<td>2022-06-12</td>"))
            #expect(!list.contains("<span class=\"flag\">逾期未评估</span>"))
        }
        #expect(try fixtures.database.dashboard(scope: .all).totals.overdueAssessments == 0)
    }
}
