import Foundation
import GRDB
import HTTPTypes
import HazChemCore
import HazChemReports
import HazChemWeb
import HazChemXLSX
import HummingbirdTesting
import NIOCore
import Testing

@testable import HazChemStore

/// The monthly report pages: a county submits month M (its figures lock), the prefecture sees who submitted and
/// who is late, approves (locks for good) or returns (unlocks) it, and downloads the summary workbook.
@Suite("Monthly report pages")
struct MonthlyWebTests {
    static let june = "2019-06"

    @Test func onlyBureausUseTheMonthlyPages() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            for (user, status) in [("admin", 200), ("meng", 200), ("wlht", 200), ("wang", 403)] {
                var browser = WebClient(client)
                try await browser.signIn(user)
                #expect(try await browser.get("/monthly?month=\(Self.june)").status == status, "\(user)")
                #expect(try await browser.get("/monthly/\(Self.june)/summary.xlsx").status == status, "\(user)")
                #expect(try await browser.get("/").body.contains("href=\"/monthly\"") == (status == 200), "\(user)")
            }
            var county = WebClient(client)
            try await county.signIn("wlht")
            #expect(try await county.post("/monthly/\(Self.june)/152201/approve", []).status == 403)
            #expect(try await county.get("/monthly?month=2019-13").status == 400)
            var meng = WebClient(client)
            try await meng.signIn("meng")
            #expect(try await meng.post("/monthly/\(Self.june)/submit", []).status == 403)
            #expect(try await meng.post("/monthly/\(Self.june)/999999/approve", []).status == 404)
            var admin = WebClient(client)
            try await admin.signIn("admin")
            #expect(try await admin.post("/monthly/\(Self.june)/152201/approve", []).status == 403)
        }
    }

    @Test func submitLockApproveReturnResubmit() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var county = WebClient(client)
            try await county.signIn("wlht")
            let open = try await county.get("/monthly?month=\(Self.june)").body
            #expect(open.contains("报送2019年6月月报"))
            #expect(open.contains("按当前数据实时统计"))
            let submitted = try await county.post("/monthly/\(Self.june)/submit", [("date", "2019-07-01")])
            #expect(submitted.location == "/monthly?month=\(Self.june)&done=submitted")
            let locked = try await county.get(submitted.location!).body
            #expect(locked.contains("报送时锁定的数据"))
            #expect(locked.contains("<th scope=\"row\">已评估</th><td class=\"num\">1</td><td class=\"num\">1</td>"))
            // A signed assessment added afterwards does not change the locked figures.
            try await fixtures.database.writer.write { db in
                try db.execute(
                    sql: """
                        UPDATE assessment SET status = 'signed', grade = 'yellow', score_tenths = 800,
                            submitted_date = '2019-06-20', grading_table_hash = ?, checklist_table_hash = ?
                        WHERE enterprise_id = ?
                        """,
                    arguments: [String(repeating: "a", count: 64), String(repeating: "b", count: 64), fixtures.a2])
            }
            #expect(
                try fixtures.database.liveMonthlyReport(for: MonthlyPeriod(year: 2019, month: 6)!, county: "152201")
                    .counties[0].month.assessed == 2)
            #expect(
                try fixtures.database.monthlyReport(for: MonthlyPeriod(year: 2019, month: 6)!, county: "152201")
                    .counties[0].month.assessed == 1)
            #expect(
                try await county.get("/monthly?month=\(Self.june)").body.contains(
                    "<th scope=\"row\">已评估</th><td class=\"num\">1</td>"))
            let again = try await county.post("/monthly/\(Self.june)/submit", [("date", "2019-07-01")])
            #expect(again.status == 409)
            #expect(again.body.contains("正在等待盟市应急管理局审核，数据已锁定"))

            fixtures.clock.advance(2 * 86400)
            try await county.signIn("wlht")
            var meng = WebClient(client)
            try await meng.signIn("meng")
            let review = try await meng.get("/monthly?month=\(Self.june)").body
            #expect(review.contains("已报送，待审核"))
            #expect(review.contains("逾期：阿尔山市"))
            #expect(review.contains("action=\"/monthly/\(Self.june)/152201/approve\""))
            #expect(!review.contains("action=\"/monthly/\(Self.june)/152202/approve\""))
            let empty = try await meng.post("/monthly/\(Self.june)/152201/return", [("note", " ")])
            #expect(empty.status == 400)
            #expect(empty.body.contains("退回时须填写退回原因"))
            #expect(try await meng.post("/monthly/\(Self.june)/152201/approve", []).status == 303)
            let approved = try await county.post("/monthly/\(Self.june)/submit", [])
            #expect(approved.status == 409)
            #expect(approved.body.contains("已审核通过，数据已锁定，不能重新报送"))
            let back = try await meng.post("/monthly/\(Self.june)/152201/return", [("note", "已评估企业数与台账不符")])
            #expect(back.status == 303)
            let returned = try await county.get("/monthly?month=\(Self.june)").body
            #expect(returned.contains("盟市应急管理局已退回：已评估企业数与台账不符"))
            #expect(returned.contains("<th scope=\"row\">已评估</th><td class=\"num\">2</td>"))
            fixtures.clock.advance(2 * 86400)
            try await county.signIn("wlht")
            try await meng.signIn("meng")
            #expect(try await county.post("/monthly/\(Self.june)/submit", [("date", "2019-06-30")]).status == 303)
            let review2 = try await meng.get("/monthly?month=\(Self.june)").body
            #expect(review2.contains("2019-07-01（2019-07-05 重新报送）"))  // the server's day, not the typed 06-30
            #expect(review2.contains("按时报送"))
            let states = try fixtures.database.monthlyReviews(for: MonthlyPeriod(year: 2019, month: 6)!)
            #expect(
                states.map(\.state) == [
                    .submitted, .notSubmitted, .notSubmitted, .notSubmitted, .notSubmitted, .notSubmitted,
                ])
            #expect(states[0].lockedFigures?.month.assessed == 2)
            let audit = try fixtures.database.auditLog(AuditFilter(entity: "monthly_submission"))
            #expect(audit.map(\.action) == ["resubmit", "return", "approve", "submit"])
        }
    }

    @Test func anApprovedMonthIsLockedInTheDatabase() throws {
        let fixtures = try WebFixtures()
        let june = MonthlyPeriod(year: 2019, month: 6)!
        try fixtures.database.submitMonthlyFigures(countyCode: "152201", period: june, actor: "wlht")
        try fixtures.database.approveMonthly(countyCode: "152201", period: june, actor: "meng")
        let error = #expect(throws: DatabaseError.self) {
            try fixtures.database.writer.write { db in
                try db.execute(sql: "UPDATE monthly_submission SET figures_json = '{}'")
            }
        }
        #expect(error?.message == Schema.monthlyLockedMessage)
    }

    @Test func theSummaryWorkbookIsAnXLSXFile() async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var meng = WebClient(client)
            try await meng.signIn("meng")
            #expect(
                try await meng.get("/monthly?month=\(Self.june)").body.contains(
                    "href=\"/monthly/\(Self.june)/summary.xlsx\">下载汇总工作簿（xlsx）</a>"))
            let response = try await meng.download("/monthly/\(Self.june)/summary.xlsx")
            #expect(response.status == 200)
            #expect(
                response.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            // 兴安盟危险化学品企业安全评估情况表（2019年6月）.xlsx, with an ASCII name for older clients.
            #expect(
                response.headers[.contentDisposition]
                    == "attachment; filename=\"monthly-summary-\(Self.june).xlsx\"; filename*=UTF-8''"
                    + "%E5%85%B4%E5%AE%89%E7%9B%9F%E5%8D%B1%E9%99%A9%E5%8C%96%E5%AD%A6%E5%93%81%E4%BC%81%E4%B8%9A"
                    + "%E5%AE%89%E5%85%A8%E8%AF%84%E4%BC%B0%E6%83%85%E5%86%B5%E8%A1%A8%EF%BC%882019%E5%B9%B46%E6%9C%88"
                    + "%EF%BC%89.xlsx")
            #expect(response.bytes.starts(with: Array("PK".utf8)))
            let workbook = try AssessmentFileTests.workbook(response.bytes, name: "月报.xlsx")
            #expect(workbook.sheetNames.count > 1)
            let first = try workbook.sheet(named: workbook.sheetNames[0])
            #expect(first.cells.values.contains { $0.value == .text("兴安盟危险化学品企业安全评估情况表（2019年6月）") })

            var county = WebClient(client)
            try await county.signIn("wlht")
            let own = try await county.download("/monthly/\(Self.june)/summary.xlsx")
            #expect(own.status == 200)
            // 乌兰浩特市
            #expect(own.headers[.contentDisposition]?.contains("%E4%B9%8C%E5%85%B0%E6%B5%A9%E7%89%B9%E5%B8%82") == true)
            let anonymous = try await WebClient(client).download("/monthly/\(Self.june)/summary.xlsx")
            #expect(anonymous.status == 303)
            #expect(anonymous.headers[.location] == "/login?next=/monthly/\(Self.june)/summary.xlsx")
        }
    }

    @Test func theSubmissionDateIsTheServersNotOneTypedInTheForm() async throws {
        let fixtures = try WebFixtures()
        // The county submits June's report on 2019-07-03 (server clock), typing 2019-06-30 in an old form.
        fixtures.clock.advance(2 * 86400 + 3600)
        try await fixtures.application().test(.router) { client in
            var county = WebClient(client)
            try await county.signIn("wlht")
            #expect(!(try await county.get("/monthly?month=\(Self.june)").body.contains("name=\"date\"")))
            let submitted = try await county.post("/monthly/\(Self.june)/submit", [("date", "2019-06-30")])
            #expect(submitted.status == 303)
        }
        let review = try fixtures.database.monthlyReview(
            for: MonthlyPeriod(year: 2019, month: 6)!, countyCode: WebFixtures.countyA)
        #expect(review.submission.submittedOn == LocalDate(year: 2019, month: 7, day: 3))
        #expect(review.submission.status == .late)
    }

    @Test func noDateTheSystemJudgesByMayLieInTheFuture() throws {
        let fixtures = try WebFixtures()
        let error = #expect(throws: StoreError.self) {
            try fixtures.database.submitMonthlyFigures(
                countyCode: WebFixtures.countyA, period: MonthlyPeriod(year: 2019, month: 6)!,
                on: LocalDate(year: 2099, month: 12, day: 31)!, actor: "wlht")
        }
        #expect(error?.description.contains("报送日期2099-12-31晚于今天（2019-07-01），不能填写将来的日期") == true)
    }
}
