import Foundation
import HazChemWeb
import HummingbirdTesting
import Testing

/// The to-do list (待办) on the home page of each role.
@Suite("Home page to-do list")
struct TodoWebTests {
    @Test("a county clerk sees its overdue report and hazard, each linking where it is acted on")
    func county() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wlht")
            let body = try await browser.get("/").body
            #expect(body.contains("<h2>待办 <span class=\"muted small\">本周 2019-07-01 至 2019-07-07</span></h2>"))
            #expect(body.contains("评估报告已逾期（应于 2019-06-22 前提交）"))
            #expect(body.contains("<a href=\"/hazards/1\">乌兰浩特化工甲有限公司</a>"))
            #expect(body.contains("2019年6月月报待报送") || body.contains("2019年6月月报应于 2019-07-01 前报送"))
            #expect(!body.contains("阿尔山商贸丙有限公司</a>："))
        }
    }

    @Test("the prefecture sees the counties whose monthly report is missing; an expert sees none")
    func prefectureAndExpert() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("meng")
            let body = try await browser.get("/").body
            #expect(body.contains("<a href=\"/monthly?month=2019-06\">阿尔山市</a>"))
            var expert = WebClient(client)
            try await expert.signIn("wang")
            let page = try await expert.get("/").body
            #expect(page.contains("待办"))
            #expect(!page.contains("月报报送"))
        }
    }
}
