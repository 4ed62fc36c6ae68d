import Foundation
import HazChemCore
import HazChemStore
import HazChemWeb
import HummingbirdTesting
import Testing

/// `/experts`: list, add and edit, scoped to the bureau.
@Suite("Expert pages")
struct ExpertWebTests {
    @Test("a county clerk adds and edits its own experts; bad fields come back next to the field")
    func county() async throws {
        let fixtures = try WebFixtures()
        let other = try fixtures.database.addExpert(
            Expert(name: "阿市专家", specialty: .equipment, countyCode: WebFixtures.countyB), actor: "测试员")
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wlht")
            #expect(try await browser.get("/").body.contains("<a href=\"/experts\""))
            let form = try await browser.get("/experts/new")
            #expect(form.status == 200)
            #expect(form.body.contains("<option value=\"152201\" selected>乌兰浩特市</option>"))
            #expect(!form.body.contains("盟市专家库"))
            let bad = try await browser.post(
                "/experts",
                [("name", " "), ("specialty", ""), ("employer", "91152201MA0N000000"), ("county", "152201")])
            #expect(bad.status == 400)
            #expect(bad.body.contains("<p class=\"field-error\">请选择专业</p>"))
            #expect(bad.body.contains("没有统一社会信用代码为“91152201MA0N000000”的企业"))
            let good = try await browser.post(
                "/experts",
                [
                    ("name", "李工"), ("specialty", "chemicalDesign"), ("organisation", "内蒙古化工设计院"), ("title", "高级工程师"),
                    ("employer", WebFixtures.creditCode(1)), ("phone", "13900000000"), ("county", "152201"),
                    ("regulator", "1"),
                ])
            #expect(good.status == 303)
            let stored = try #require(try fixtures.database.experts().first { $0.name == "李工" })
            #expect(stored.countyCode == WebFixtures.countyA)
            #expect(stored.employerEnterpriseID == fixtures.a1)
            #expect(stored.isRegulator)
            let list = try await browser.get("/experts?done=added")
            #expect(list.body.contains("李工"))
            #expect(list.body.contains("乌兰浩特化工甲有限公司"))
            #expect(!list.body.contains("阿市专家"))
            #expect(try await browser.get("/experts/\(other.id!)/edit").status == 404)
            #expect(try await browser.post("/experts/\(other.id!)/edit", [("name", "改")]).status == 404)
            let edit = try await browser.get("/experts/\(stored.id!)/edit")
            #expect(edit.body.contains("value=\"\(WebFixtures.creditCode(1))\""))
            let saved = try await browser.post(
                "/experts/\(stored.id!)/edit",
                [("name", "李工"), ("specialty", "chemicalDesign"), ("title", "正高级工程师"), ("county", "152201")])
            #expect(saved.status == 303)
            let updated = try #require(try fixtures.database.expert(id: stored.id!))
            #expect(updated.title == "正高级工程师" && updated.employerEnterpriseID == nil && !updated.isRegulator)
            let audit = try fixtures.database.auditLog(AuditFilter(entity: "expert"))
            #expect(audit.contains { $0.user == "wlht" && $0.action == "update" })
            let elsewhere = try await browser.post(
                "/experts", [("name", "王工"), ("specialty", "equipment"), ("county", WebFixtures.countyB)])
            #expect(elsewhere.status == 400)
            #expect(elsewhere.body.contains("只能管理本旗县市的专家"))
            #expect(
                try await browser.post("/experts", [("name", "王工"), ("specialty", "equipment")], csrf: "x").status
                    == 403)
        }
    }

    @Test("the prefecture sees every expert and may keep one in its pool; experts get 403")
    func prefectureAndExpert() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var meng = WebClient(client)
            try await meng.signIn("meng")
            let list = try await meng.get("/experts")
            #expect(list.body.contains("王专家"))
            #expect(list.body.contains("盟市专家库"))
            let added = try await meng.post(
                "/experts", [("name", "赵工"), ("specialty", "emergencyRescue"), ("county", "")])
            #expect(added.status == 303)
            #expect(try fixtures.database.experts().first { $0.name == "赵工" }?.countyCode == nil)
            var expert = WebClient(client)
            try await expert.signIn("wang")
            #expect(try await expert.get("/experts").status == 403)
            #expect(try await expert.get("/experts/new").status == 403)
            #expect(try await expert.post("/experts", [("name", "x"), ("specialty", "equipment")]).status == 403)
        }
    }
}
