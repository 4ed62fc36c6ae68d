import Foundation
import HazChemCore
import HazChemStore
import HazChemWeb
import HummingbirdTesting
import Testing

@Suite("Dashboard figures")
struct DashboardTests {
    @Test func theFiguresOfTheSeededCampaign() throws {
        let fixtures = try WebFixtures()
        let figures = try fixtures.database.dashboard(scope: .all)
        #expect(figures.today.description == "2019-07-01")
        #expect(figures.counties.map(\.countyName) == ["乌兰浩特市", "阿尔山市", "科尔沁右翼前旗", "科尔沁右翼中旗", "扎赉特旗", "突泉县"])
        let a = figures.counties[0]
        #expect(a.enterprises == 2)
        #expect(a.byKind == [.production: 1, .storage: 1])
        #expect(a.byStatus == [.operating: 1, .suspended: 1])
        #expect((a.due, a.assessed) == (2, 1))
        #expect(a.coverage == Tenths(raw: 500))
        #expect(a.grades == [.red: 1])
        #expect((a.openMajorHazards, a.overdueHazards) == (1, 1))
        let b = figures.counties[1]
        #expect(b.byStatus == [.operating: 1, .closed: 1])
        #expect((b.due, b.assessed) == (1, 1))
        #expect(b.grades == [.blue: 1, .yellow: 1])
        #expect((b.openMajorHazards, b.overdueHazards) == (0, 1))
        #expect(figures.counties[2].coverage == nil)
        let totals = figures.totals
        #expect((totals.enterprises, totals.due, totals.assessed) == (4, 3, 2))
        #expect(totals.coverage == Tenths(raw: 667))
        #expect(totals.grades == [.red: 1, .yellow: 1, .blue: 1])
        #expect((figures.overdueReports, figures.lateReports) == (1, 1))
        #expect(figures.alerts.map(\.description) == ["液氯储罐区未设置紧急切断装置", "消防通道堆放杂物"])
        #expect(figures.alerts.map(\.overdue) == [true, true])
    }

    @Test func aCountyOrExpertSeesOnlyItsOwnFigures() throws {
        let fixtures = try WebFixtures()
        let county = try fixtures.database.dashboard(scope: .county(WebFixtures.countyB))
        #expect(county.counties.map(\.countyName) == ["阿尔山市"])
        #expect(county.totals.enterprises == 2)
        #expect((county.overdueReports, county.lateReports) == (0, 1))
        #expect(county.alerts.map(\.enterpriseName) == ["阿尔山商贸丙有限公司"])
        let expert = try fixtures.database.dashboard(scope: .panels(expertID: fixtures.expertID))
        #expect(expert.counties.map(\.countyName) == ["乌兰浩特市"])
        #expect(expert.totals.enterprises == 1)
        #expect(expert.totals.grades == [.red: 1])
        #expect(expert.overdueReports == 0)
    }

    @Test func thePageShowsTheNumbersAndTheChart() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("meng")
            let body = try await browser.get("/").body
            #expect(body.contains("<div class=\"value\">2 / 3</div>"))
            #expect(body.contains("覆盖率 66.7%"))
            #expect(body.contains("<svg class=\"chart\""))
            #expect(body.contains("乌兰浩特市：红色1，橙色0，黄色0，蓝色0"))
            #expect(body.contains(##"fill="#FF0000""##))
            #expect(body.contains("液氯储罐区未设置紧急切断装置"))
            #expect(body.contains("/enterprises/\(fixtures.a1)"))
        }
    }

    @Test func theEnterprisePageFlagsOpenMajorHazards() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wlht")
            let body = try await browser.get("/enterprises/\(fixtures.a1)").body
            #expect(body.contains("该企业有 <strong>1</strong> 项重大隐患尚未整改完成"))
            #expect(body.contains("<span class=\"badge grade-red\">红色</span>"))
            #expect(body.contains("第一专家组"))
            #expect(body.contains("第7项"))
            let list = try await browser.get("/enterprises").body
            #expect(list.contains("1 项未整改"))
            let quiet = try await browser.get("/enterprises/\(fixtures.a2)").body
            #expect(!quiet.contains("class=\"banner\""))
            #expect(quiet.contains("未评估"))
        }
    }
}
