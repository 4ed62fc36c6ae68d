import Foundation
import HTTPTypes
import HazChemCore
import HazChemStore
import HummingbirdTesting
import Testing

@testable import HazChemWeb

@Suite("Web: panels (teams), their visits and replacements, assessments created from visits")
struct PanelWebTests {
    /// The fixtures plus five experts of 乌兰浩特市's library (the chemical-design one employed by a1) and a
    /// regulator; their ids by name.
    static func fixtures() throws -> (WebFixtures, [String: Int64]) {
        let fixtures = try WebFixtures()
        var ids: [String: Int64] = [:]
        for (name, specialty, employer) in [
            ("安组长", Specialty.safetyManagement, nil), ("化专家", .chemicalDesign, fixtures.a1),
            ("电专家", .electricalInstrumentation, nil), ("应专家", .emergencyRescue, nil),
            ("监管员", .safetyManagement, nil), ("备专家", .emergencyRescue, nil),
        ] as [(String, Specialty, Int64?)] {
            ids[name] = try fixtures.database.addExpert(
                Expert(name: name, specialty: specialty, employerEnterpriseID: employer), actor: "测试员"
            ).id!
        }
        return (fixtures, ids)
    }

    static func team(_ ids: [String: Int64], region: String = WebFixtures.countyA, rescue: Bool = true)
        -> [(String, String)]
    {
        var fields = [
            ("name", "乌兰浩特市第二专家组"), ("region", region), ("leader", String(ids["安组长"]!)),
            ("member-chemicalDesign", String(ids["化专家"]!)),
            ("member-electricalInstrumentation", String(ids["电专家"]!)), ("regulator", String(ids["监管员"]!)),
        ]
        if rescue { fields.append(("member-emergencyRescue", String(ids["应专家"]!))) }
        return fields
    }

    @Test func panelsAreScopedAndClosedToExpertsAndRegulators() async throws {
        let (fixtures, _) = try Self.fixtures()
        try await fixtures.application().test(.router) { client in
            var county = WebClient(client)
            try await county.signIn("wlht")
            let own = try await county.get("/panels")
            #expect(own.status == 200 && own.body.contains("第一专家组"))
            #expect(own.body.contains("href=\"/panels\""))
            var other = WebClient(client)
            try await other.signIn("aes")
            #expect(try await !other.get("/panels").body.contains("第一专家组"))
            #expect(try await other.get("/panels/1").status == 404)
            #expect(try await other.post("/panels/1/visits", [("enterprise", String(fixtures.a1))]).status == 404)
            var prefecture = WebClient(client)
            try await prefecture.signIn("meng")
            #expect(try await prefecture.get("/panels/1").body.contains("第一专家组"))
            var expert = WebClient(client)
            try await expert.signIn("wang")
            for path in ["/panels", "/panels/new", "/panels/1", "/assessments/new"] {
                #expect(try await expert.get(path).status == 403, "\(path)")
            }
            #expect(try await !expert.get("/").body.contains("href=\"/panels\""))
        }
    }

    @Test func aTeamIsFormedScheduledAndReplacedWithRuleErrorsInChinese() async throws {
        let (fixtures, ids) = try Self.fixtures()
        try await fixtures.application().test(.router) { client in
            var county = WebClient(client)
            try await county.signIn("wlht")
            _ = try await county.get("/panels/new")
            let missing = try await county.post("/panels", Self.team(ids, rescue: false))
            #expect(missing.status == 400 && missing.body.contains("专家组缺少以下专业的专家：应急救援"))
            let foreign = try await county.post("/panels", Self.team(ids, region: WebFixtures.countyB))
            #expect(foreign.status == 400 && foreign.body.contains("旗县市应急管理局只能为本旗县市组建专家组"))
            #expect(try await county.post("/panels", Self.team(ids), csrf: .some(nil)).status == 403)
            let formed = try await county.post("/panels", Self.team(ids))
            #expect(formed.status == 303 && formed.location == "/panels/2?added=1")
            // 化专家 works for a1: scheduling a1 is refused next to the enterprise; reversed dates next to the dates.
            let conflict = try await county.post(
                "/panels/2/visits",
                [("enterprise", String(fixtures.a1)), ("start", "2019-07-10"), ("end", "2019-07-08")])
            #expect(conflict.status == 400)
            #expect(conflict.body.contains("<p class=\"field-error\">专家“化专家”"))
            #expect(conflict.body.contains("受雇于被评估企业“乌兰浩特化工甲有限公司”，应当回避"))
            #expect(conflict.body.contains("现场评估结束日期2019-07-08早于开始日期2019-07-10"))
            let scheduled = try await county.post(
                "/panels/2/visits",
                [("enterprise", String(fixtures.a2)), ("start", "2019-07-08"), ("end", "2019-07-09")])
            #expect(
                scheduled.status == 303 && scheduled.location == "/panels/2?scheduled=1", "\(scheduled.location ?? "")")
            let page = try await county.get("/panels/2").body
            #expect(page.contains("乌兰浩特储运乙有限公司") && page.contains("2019-07-08至2019-07-09"))
            #expect(page.contains("/assessments/new?visit="))
            let replaced = try await county.post(
                "/panels/2/replace",
                [
                    ("expert", String(ids["应专家"]!)), ("replacement", String(ids["备专家"]!)), ("reason", "请调离"),
                    ("date", "2019-07-05"),
                ])
            #expect(replaced.status == 303)
            let after = try await county.get("/panels/2").body
            #expect(after.contains("替换：应专家 → 备专家，2019-07-05，原因：请调离（wlht登记）"))
            let entry = try #require(try fixtures.database.auditLog(AuditFilter(entity: "panel")).first)
            #expect(entry.action == "replace" && entry.user == "wlht")
        }
    }

    @Test func aMemberLeaveIsRecordedForOneVisitOnceWithErrorsInChinese() async throws {
        let (fixtures, ids) = try Self.fixtures()
        try await fixtures.application().test(.router) { client in
            var county = WebClient(client)
            try await county.signIn("wlht")
            #expect(try await county.post("/panels", Self.team(ids)).status == 303)
            let scheduled = try await county.post(
                "/panels/2/visits",
                [("enterprise", String(fixtures.a2)), ("start", "2019-07-08"), ("end", "2019-07-09")])
            #expect(scheduled.status == 303)
            let visit = try #require(try fixtures.database.panelDetail(id: 2)?.visits.first?.visit.id)
            let page = try await county.get("/panels/2").body
            #expect(page.contains("action=\"/panels/2/leave\"") && page.contains("乌兰浩特储运乙有限公司（2019-07-08至2019-07-09）"))
            let leave = [
                ("leave_expert", String(ids["应专家"]!)), ("leave_visit", String(visit)), ("leave_reason", "住院"),
                ("leave_date", "2019-07-07"),
            ]
            let missing = try await county.post("/panels/2/leave", leave.filter { $0.0 != "leave_visit" })
            #expect(missing.status == 400 && missing.body.contains("现场评估：请选择现场评估"))
            let outsider = try await county.post(
                "/panels/2/leave", [("leave_expert", String(ids["备专家"]!))] + leave.dropFirst())
            #expect(outsider.status == 400 && outsider.body.contains("不是本专家组的成员"))
            let recorded = try await county.post("/panels/2/leave", leave)
            #expect(recorded.status == 303 && recorded.location == "/panels/2?leave=1")
            let after = try await county.get("/panels/2?leave=1").body
            #expect(after.contains("已登记请假") && after.contains("请假：应专家（现场评估安排编号\(visit)），2019-07-07，原因：住院（wlht登记）"))
            let twice = try await county.post("/panels/2/leave", leave)
            #expect(twice.status == 400 && twice.body.contains("该成员此次现场评估的请假已登记"))
            let entry = try #require(try fixtures.database.auditLog(AuditFilter(entity: "panel")).first)
            #expect(entry.action == "leave" && entry.user == "wlht")
        }
    }

    @Test func anAssessmentIsCreatedFromAScheduledVisit() async throws {
        let (fixtures, ids) = try Self.fixtures()
        var assignments: [Panel.Assignment] = [.init(expertID: ids["安组长"]!, role: .leader)]
        for name in ["电专家", "应专家"] { assignments.append(.init(expertID: ids[name]!, role: .member)) }
        assignments.append(.init(expertID: ids["备专家"]!, role: .member, specialty: .chemicalDesign))
        assignments.append(.init(expertID: ids["监管员"]!, role: .regulator))
        let panel = try fixtures.database.createPanel(
            name: "第二组", regionCode: WebFixtures.countyB, assignments: assignments, actor: "测试员")
        let visit = try fixtures.database.scheduleVisit(
            panelID: panel.panel.id!, enterpriseID: fixtures.b1,
            onSite: (LocalDate(parsing: "2019-07-08")!, LocalDate(parsing: "2019-07-09")!), actor: "测试员")
        try await fixtures.application().test(.router) { client in
            var wrongCounty = WebClient(client)
            try await wrongCounty.signIn("wlht")
            #expect(try await !wrongCounty.get("/assessments/new").body.contains("阿尔山商贸丙有限公司"))
            #expect(try await wrongCounty.post("/assessments/new", [("visit", String(visit.id!))]).status == 404)
            var county = WebClient(client)
            try await county.signIn("aes")
            let form = try await county.get("/assessments/new?visit=\(visit.id!)")
            #expect(form.body.contains("阿尔山商贸丙有限公司") && form.body.contains("selected"))
            let created = try await county.post("/assessments/new", [("visit", String(visit.id!))])
            #expect(created.status == 303)
            let id = try #require(created.location.flatMap { Int64($0.split(separator: "/").last!) })
            let assessment = try #require(try fixtures.database.assessmentDetail(id: id)?.assessment)
            #expect(assessment.checklistTableID == "trading-checklist" && assessment.panelID == panel.panel.id)
            #expect(assessment.onSiteStart?.description == "2019-07-08")
            #expect(try fixtures.database.panelVisit(id: visit.id!)?.assessmentID == id)
            // A visit has one assessment: it is no longer offered.
            #expect(try await county.post("/assessments/new", [("visit", String(visit.id!))]).status == 404)
        }
    }
}

@Suite("Web: the panel leader answers any section, recorded as standing in")
struct LeaderAnswerWebTests {
    @Test func theLeaderAnswersAnotherSpecialtysSectionAndThePageSaysSo() async throws {
        let fixtures = try AssessmentFixtures()
        try await fixtures.application().test(.router) { client in
            var leader = WebClient(client)
            try await leader.signIn("wjg")
            _ = try await leader.get(fixtures.path())
            let saved = try await leader.post(
                fixtures.path("/items/E01"), AssessmentFixtures.item("conforming"),
                headers: [.accept: "application/json"])
            #expect(saved.status == 200 && saved.body.contains("\"ok\":true"))
            let detail = try #require(try fixtures.database.assessmentDetail(id: fixtures.assessmentID))
            let line = try #require(detail.responses.first { $0.response.itemID == "E01" })
            #expect(line.expert?.name == "王建国")
            #expect(line.response.standInFor == detail.checklist.section(containing: "E01")?.specialty)
            #expect(try await leader.get(fixtures.path()).body.contains("填写人：王建国（代"))
        }
    }
}
