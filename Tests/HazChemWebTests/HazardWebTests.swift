import Foundation
import HazChemCore
import HazChemStore
import HazChemWeb
import HummingbirdTesting
import Testing

/// The hazard ledger: scoped lists and pages, status changes and re-checks by the bureaus only.
@Suite("Hazard ledger")
struct HazardWebTests {
    /// The fixture hazards: the major one of a1 (county A), the rectifying one of b1 (county B).
    static func ids(_ database: AppDatabase) throws -> (major: Int64, rectifying: Int64) {
        let all = try database.hazards()
        return (
            all.first { $0.hazard.level == .major }!.hazard.id!,
            all.first { $0.hazard.status == .rectifying }!.hazard.id!
        )
    }

    @Test func everyoneSeesTheHazardsInTheirScopeOnly() async throws {
        let fixtures = try WebFixtures()
        let (major, rectifying) = try Self.ids(fixtures.database)
        let rules: [(String, Int64, Int)] = [
            ("admin", major, 200), ("meng", rectifying, 200), ("wlht", major, 200), ("wlht", rectifying, 404),
            ("aes", major, 404), ("aes", rectifying, 200), ("wang", major, 200), ("wang", rectifying, 404),
        ]
        try await fixtures.application().test(.router) { client in
            for (user, id, status) in rules {
                var browser = WebClient(client)
                try await browser.signIn(user)
                #expect(try await browser.get("/hazards/\(id)").status == status, "\(user) \(id)")
                let list = try await browser.get("/hazards").body
                #expect(list.contains("/hazards/\(id)\"") == (status == 200), "\(user) \(id)")
            }
            var county = WebClient(client)
            try await county.signIn("wlht")
            let filtered = try await county.get("/hazards?county=152202&status=rectifying").body
            #expect(!filtered.contains("消防通道堆放杂物"))
            #expect(try await county.get("/hazards/99999").status == 404)
        }
    }

    @Test func onlyBureausChangeHazards() async throws {
        let fixtures = try WebFixtures()
        let (major, rectifying) = try Self.ids(fixtures.database)
        try await fixtures.application().test(.router) { client in
            for (user, id, status) in [
                ("wang", major, 403), ("admin", major, 403), ("aes", major, 404), ("wlht", rectifying, 404),
            ] {
                var browser = WebClient(client)
                try await browser.signIn(user)
                let page = try await browser.post("/hazards/\(id)/status", [("status", "rectifying")])
                #expect(page.status == status, "\(user)")
                #expect(try await browser.post("/hazards/\(id)/recheck", [("result", "passed")]).status == status)
            }
            var browser = WebClient(client)
            try await browser.signIn("wang")
            #expect(!(try await browser.get("/hazards/\(major)").body.contains("action=\"/hazards/\(major)/status\"")))
            #expect(try await fixtures.database.hazard(id: major)?.status == .open)
        }
    }

    @Test func aStatusChangeAndAFailedThenPassedRecheck() async throws {
        let fixtures = try WebFixtures()
        let (major, _) = try Self.ids(fixtures.database)
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wlht")
            let form = try await browser.get("/hazards/\(major)").body
            #expect(form.contains("action=\"/hazards/\(major)/status\""))
            #expect(!form.contains("action=\"/hazards/\(major)/recheck\""))
            let badDeadline = try await browser.post(
                "/hazards/\(major)/status",
                [
                    ("status", ""), ("measure", "加装紧急切断阀"), ("deadline", "2019-02-30"), ("responsible", "李主任"),
                    ("location", "罐区"),
                ])
            #expect(badDeadline.status == 400)
            #expect(badDeadline.body.contains("整改期限“2019-02-30”不是有效日期"))
            #expect(badDeadline.body.contains(">加装紧急切断阀</textarea>"))
            #expect(badDeadline.body.contains("value=\"李主任\""))
            let planned = try await browser.post(
                "/hazards/\(major)/status",
                [
                    ("status", ""), ("measure", "加装紧急切断阀"), ("deadline", "2019-08-31"), ("responsible", "李主任"),
                    ("location", "罐区"),
                ])
            #expect(planned.status == 303)
            var hazard = try #require(try fixtures.database.hazard(id: major))
            #expect(hazard.status == .open)
            #expect(hazard.deadline == LocalDate(year: 2019, month: 8, day: 31))
            #expect(
                try await browser.post("/hazards/\(major)/status", [("status", "rectified"), ("date", "2019-07-01")])
                    .status == 303)
            let failed = try await browser.post(
                "/hazards/\(major)/recheck", [("result", "failed"), ("date", "2019-07-02")])
            #expect(failed.location == "/hazards/\(major)?done=failed")
            #expect(try fixtures.database.hazard(id: major)?.status == .rectifying)
            _ = try await browser.post("/hazards/\(major)/status", [("status", "rectified"), ("date", "2019-07-03")])
            let noVerifier = try await browser.post(
                "/hazards/\(major)/recheck", [("result", "passed"), ("verifier", ""), ("date", "2019-07-04")])
            #expect(noVerifier.status == 400)
            #expect(noVerifier.body.contains("验收人不能为空"))
            #expect(noVerifier.body.contains("value=\"2019-07-04\""))
            let early = try await browser.post(
                "/hazards/\(major)/recheck", [("result", "passed"), ("verifier", "张科长"), ("date", "2019-07-02")])
            #expect(early.body.contains("验收日期2019-07-02早于整改完成日期2019-07-03"))
            #expect(early.body.contains("value=\"张科长\""))
            let passed = try await browser.post(
                "/hazards/\(major)/recheck", [("result", "passed"), ("verifier", "张科长"), ("date", "2019-07-05")])
            #expect(passed.status == 303)
            hazard = try #require(try fixtures.database.hazard(id: major))
            #expect(hazard.status == .verified)
            #expect(hazard.verifiedBy == "张科长")
            let page = try await browser.get(passed.location!).body
            #expect(page.contains("复查合格，隐患已验收销号。"))
            #expect(page.contains("状态：已整改 → 已验收"))
            #expect(page.components(separatedBy: "<tr><td class=\"mono\">").count - 1 == 5)
            let closed = try await browser.post("/hazards/\(major)/status", [("status", "rectifying")])
            #expect(closed.status == 400)
            #expect(closed.body.contains("隐患已验收销号"))
        }
    }
}
