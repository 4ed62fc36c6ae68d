import Foundation
import HazChemCore
import HazChemStore
import HazChemTables
import HazChemTestSupport
import HazChemWeb
import HummingbirdTesting
import Testing

/// The bureaus' enterprise pages: add, edit, status, CSV import, major-hazard inventory.
@Suite("Enterprise pages for the bureaus")
struct EnterpriseAdminWebTests {
    static func newFields(_ n: Int, name: String, county: String = WebFixtures.countyA) -> [(String, String)] {
        [
            ("creditCode", WebFixtures.creditCode(n)), ("name", name), ("county", county), ("kind", "生产"),
            ("address", "乌兰浩特市工业园区"), ("status", "在产"), ("inPark", "是"), ("standardisation", "二级"),
            ("majorHazards", "无"), ("processes", "氯化"), ("licenceExpiry", "2021-06-30"),
        ]
    }

    @Test("a county clerk adds an enterprise of its county; bad fields come back next to the field")
    func add() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wlht")
            let form = try await browser.get("/enterprises/new")
            #expect(form.status == 200)
            #expect(form.body.contains("<option value=\"152201\" selected>乌兰浩特市</option>"))
            #expect(!form.body.contains("阿尔山市</option>"))
            var fields = Self.newFields(10, name: "")
            fields[0].1 = "91152201MA0N12345"
            let bad = try await browser.post("/enterprises", fields)
            #expect(bad.status == 400)
            #expect(bad.body.contains("<p class=\"field-error\">统一社会信用代码应为18位"))
            #expect(bad.body.contains("<p class=\"field-error\">企业名称不能为空</p>"))
            #expect(bad.body.contains("value=\"乌兰浩特市工业园区\""))
            let other = try await browser.post(
                "/enterprises", Self.newFields(10, name: "新公司", county: WebFixtures.countyB))
            #expect(other.status == 400)
            #expect(other.body.contains("只能登记本旗县市（乌兰浩特市）的企业"))
            let good = try await browser.post("/enterprises", Self.newFields(10, name: "兴安新材料有限公司"))
            #expect(good.status == 303)
            let stored = try #require(
                try fixtures.database.enterprise(creditCode: CreditCode(WebFixtures.creditCode(10))!))
            #expect(good.location == "/enterprises/\(stored.id!)?done=added")
            #expect(stored.inChemicalPark && stored.standardisationLevel == 2 && stored.hazardousProcesses.count == 1)
            let page = try await browser.get(good.location!)
            #expect(page.body.contains("已新增企业。"))
            #expect(page.body.contains("修改企业信息"))
            let audit = try fixtures.database.auditLog(AuditFilter(entity: "enterprise"))
            #expect(audit.contains { $0.user == "wlht" && $0.action == "create" })
        }
    }

    @Test("edit and close: own county only, audited; another county's enterprise is 404")
    func editAndClose() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wlht")
            #expect(try await browser.get("/enterprises/\(fixtures.b1)/edit").status == 404)
            #expect(try await browser.post("/enterprises/\(fixtures.b1)/status", [("status", "关闭")]).status == 404)
            let edit = try await browser.get("/enterprises/\(fixtures.a1)/edit")
            #expect(edit.status == 200)
            #expect(edit.body.contains("value=\"乌兰浩特化工甲有限公司\""))
            let saved = try await browser.post(
                "/enterprises/\(fixtures.a1)/edit", [("name", "乌兰浩特化工甲股份有限公司"), ("phone", "0482-1234567")])
            #expect(saved.status == 303)
            #expect(try fixtures.database.enterprise(id: fixtures.a1)?.name == "乌兰浩特化工甲股份有限公司")
            let refused = try await browser.post("/enterprises/\(fixtures.a1)/edit", [("licenceExpiry", "2021-13-01")])
            #expect(refused.status == 400)
            #expect(refused.body.contains("<p class=\"field-error\">"))
            let closed = try await browser.post("/enterprises/\(fixtures.a1)/status", [("status", "关闭")])
            #expect(closed.status == 303)
            #expect(try fixtures.database.enterprise(id: fixtures.a1)?.operatingStatus == .closed)
            #expect(
                try await browser.post("/enterprises/\(fixtures.a1)/status", [("status", "关闭")], csrf: "bad").status
                    == 403)
        }
    }

    @Test("experts get 403 on the bureau pages; the prefecture may edit any county")
    func roles() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var expert = WebClient(client)
            try await expert.signIn("wang")
            #expect(try await expert.get("/enterprises/new").status == 403)
            #expect(try await expert.get("/enterprises/import").status == 403)
            #expect(try await expert.get("/enterprises/\(fixtures.a1)/edit").status == 403)
            #expect(try await expert.post("/enterprises", Self.newFields(11, name: "某公司")).status == 403)
            #expect(!(try await expert.get("/enterprises/\(fixtures.a1)").body.contains("修改企业信息")))
            var meng = WebClient(client)
            try await meng.signIn("meng")
            #expect(try await meng.get("/enterprises/\(fixtures.b1)/edit").status == 200)
            #expect(
                try await meng.post("/enterprises", Self.newFields(12, name: "阿尔山新公司", county: WebFixtures.countyB))
                    .status == 303)
        }
    }

    static let header = "统一社会信用代码,企业名称,旗县市,企业类型"

    @Test(
        "CSV import: a bad row imports nothing and is listed; valid-only imports the rest and offers the rejected rows")
    func importCSV() async throws {
        let fixtures = try WebFixtures()
        let csv = [
            Self.header, "\(WebFixtures.creditCode(20)),乌兰浩特一号化工有限公司,乌兰浩特市,生产",
            "\(WebFixtures.creditCode(21)),阿尔山二号化工有限公司,阿尔山市,储存",
            "123,三号公司,乌兰浩特市,制造",
        ].joined(separator: "\n")
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wlht")
            #expect(try await browser.get("/enterprises/import").body.contains("只能导入本旗县市（乌兰浩特市）的企业"))
            let before = try fixtures.database.enterpriseCount()
            let refused = try await browser.upload("/enterprises/import", file: Array(csv.utf8), fileName: "名单.csv")
            #expect(refused.status == 400)
            #expect(refused.body.contains("没有导入任何企业"))
            #expect(
                refused.body.contains(
                    "<td class=\"nowrap\">第3行</td><td class=\"nowrap\">旗县市</td><td>只能导入本旗县市（乌兰浩特市）的企业</td>"))
            #expect(refused.body.contains("<td class=\"nowrap\">第4行</td><td class=\"nowrap\">统一社会信用代码</td>"))
            #expect(refused.body.contains("<td class=\"nowrap\">第4行</td><td class=\"nowrap\">企业类型</td>"))
            #expect(try fixtures.database.enterpriseCount() == before)
            let partial = try await browser.upload(
                "/enterprises/import", file: Array(csv.utf8), fileName: "名单.csv", fields: [("mode", "valid")])
            #expect(partial.status == 200)
            #expect(partial.body.contains("共 3 行，新增 1 家"))
            #expect(partial.body.contains("未导入 2 行"))
            #expect(try fixtures.database.enterpriseCount() == before + 1)
            #expect(partial.body.contains("action=\"/enterprises/import/rejected\""))
            #expect(partial.body.contains("错误原因"))
            let rejected = "统一社会信用代码,企业名称,旗县市,企业类型,错误原因\r\n123,三号公司,乌兰浩特市,制造,第4行 错\r\n"
            let download = try await browser.post("/enterprises/import/rejected", [("csv", rejected)])
            #expect(download.status == 200)
            #expect(download.body == rejected)
            #expect(
                try await browser.post("/enterprises/import/rejected", [("csv", rejected)], csrf: .some(nil)).status
                    == 403)
            let empty = try await browser.upload("/enterprises/import", file: [], fileName: "")
            #expect(empty.status == 400)
            #expect(empty.body.contains("请选择要导入的企业名单文件"))
        }
    }

    @Test("the major-hazard inventory upload stores the units and shows S, R and the level")
    func inventory() async throws {
        let fixtures = try WebFixtures()
        let catalog = try TableCatalog.load(directory: RepositoryPaths.checklists)
        let inventory = try Data(
            contentsOf: RepositoryPaths.checklists.appendingPathComponent("examples/mhi/inventory.csv"))
        let app = try await buildApplication(
            database: fixtures.database, tables: catalog, configuration: WebFixtures.configuration())
        try await app.test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wlht")
            let bad = try await browser.upload(
                "/enterprises/\(fixtures.a1)/inventory", file: Array("单元编号,单元名称\nT1,罐区\n".utf8),
                fileName: "清单.csv")
            #expect(bad.status == 400)
            #expect(bad.body.contains("<p class=\"error\">清单.csv"))
            let done = try await browser.upload(
                "/enterprises/\(fixtures.a1)/inventory", file: Array(inventory), fileName: "inventory.csv")
            #expect(done.status == 303)
            #expect(done.location == "/enterprises/\(fixtures.a1)?done=inventory#units")
            let page = try await browser.get("/enterprises/\(fixtures.a1)")
            #expect(page.body.contains("液氨液氯储罐区"))
            #expect(page.body.contains("重大危险源</span>"))
            #expect(page.body.contains("<td class=\"num\">"))
            #expect(try fixtures.database.enterprise(id: fixtures.a1)?.majorHazardLevels.isEmpty == false)
            #expect(
                try await browser.upload(
                    "/enterprises/\(fixtures.b1)/inventory", file: Array(inventory), fileName: "inventory.csv"
                ).status == 404)
        }
    }
}
