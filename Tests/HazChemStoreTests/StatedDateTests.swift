import Foundation
import GRDB
import HazChemCore
import HazChemTestSupport
import Testing

@testable import HazChemStore

/// Dates a user states (补录 of a paper record) are kept beside the server's day, bounded, and lateness is judged
/// on the server's day. ``AssessmentFixture`` runs on 2019-09-01; its visit ends 07-03 and its report is due 07-13.
@Suite("Stated dates: recorded day kept, bounds, lateness on the recorded day")
struct StatedDateTests {
    let recorded = LocalDate.today(AssessmentFixture.now)

    @Test("a backdated submission keeps both days, is late by the recorded day and shows both")
    func submission() throws {
        let fixture = try AssessmentFixture()
        try fixture.complete()
        let a = try fixture.database.submitAssessment(id: fixture.id, date: AssessmentFixture.july(10), actor: "测试员")
        #expect(a.submittedDate == AssessmentFixture.july(10))
        #expect(try fixture.detail().assessment.submittedRecordedAt == recorded)
        #expect(try fixture.detail().isLate)
        #expect(a.submittedLabel == "2019-07-10（补录，系统记录 \(recorded)）")
        #expect(try fixture.database.dashboard(scope: .all).lateReports == 1)
        // A row from before the recorded day was kept is judged on the stated day, as before.
        try fixture.database.writer.write {
            try $0.execute(sql: "UPDATE assessment SET submitted_recorded_at = NULL WHERE id = ?", arguments: [fixture.id])
        }
        #expect(try !fixture.detail().isLate)
        #expect(try fixture.detail().assessment.submittedLabel == "2019-07-10")
        #expect(try fixture.database.dashboard(scope: .all).lateReports == 0)
    }

    @Test("signatures and dispositions keep the recorded day and show it beside the stated one")
    func signatureAndDisposition() throws {
        let fixture = try AssessmentFixture()
        try fixture.sign()
        let signature = try #require(try fixture.detail().signatures.first?.signature)
        #expect(signature.signedAt == AssessmentFixture.july(11))
        #expect(signature.recordedAt == recorded)
        #expect(signature.signedAtLabel == "2019-07-11（补录，系统记录 \(recorded)）")
        let decision = try fixture.database.decideDisposition(
            Disposition(
                assessmentID: fixture.id, dispositionClass: .consolidate, reason: "依据评估结果",
                decisionDate: AssessmentFixture.july(20), bureau: "乌兰浩特市应急管理局"), actor: "测试员")
        #expect(try fixture.database.disposition(assessmentID: fixture.id)?.recordedAt == recorded)
        #expect(decision.decisionDateLabel == "2019-07-20（补录，系统记录 \(recorded)）")
    }

    @Test("a signature or disposition dated before the visit ended is refused, naming the field")
    func beforeVisitEnd() throws {
        let fixture = try AssessmentFixture()
        try fixture.complete()
        try fixture.database.submitAssessment(id: fixture.id, date: AssessmentFixture.july(10), actor: "测试员")
        let early = #expect(throws: StoreError.self) {
            try fixture.database.signAssessment(
                id: fixture.id, experts: ["王组长"], date: AssessmentFixture.july(2), actor: "测试员")
        }
        #expect(
            early?.description == "评估 #1 字段“签名日期”：签名日期2019-07-02早于现场评估结束日期2019-07-03，补录的日期不能早于现场评估结束")
        try fixture.database.signAssessment(
            id: fixture.id, experts: ["王组长", "李化工", "张电气", "刘应急"], date: AssessmentFixture.july(11),
            actor: "测试员")
        let decision = #expect(throws: StoreError.self) {
            try fixture.database.decideDisposition(
                Disposition(
                    assessmentID: fixture.id, dispositionClass: .consolidate, reason: "依据评估结果",
                    decisionDate: AssessmentFixture.july(1), bureau: "乌兰浩特市应急管理局"), actor: "测试员")
        }
        #expect(decision?.description.contains("处置决定日期2019-07-01早于现场评估结束日期2019-07-03") == true)
    }

    @Test("a monthly report entered after the 1st is late even when dated earlier, and shows both days")
    func monthly() throws {
        let database = AppDatabase.empty(now: { Date(timeIntervalSince1970: 1_564_963_200) })  // 2019-08-05 UTC
        try MonthlySampleCampaign.build(into: database)
        let june = MonthlyPeriod(year: 2019, month: 6)!
        let review = try database.submitMonthlyFigures(
            countyCode: "阿尔山市", period: june, on: LocalDate(year: 2019, month: 7, day: 1)!, actor: "审核员")
        let day = LocalDate.today(Date(timeIntervalSince1970: 1_564_963_200))
        #expect(review.submission.status == .late)
        #expect(review.submission.submittedLabel == "2019-07-01（补录，系统记录 \(day)）")
        let report = try database.monthlyReport(for: june, county: "阿尔山市", asOf: day)
        #expect(report.submissions.map(\.status) == [.late])
        #expect(report.submissions.first?.submittedLabel == "2019-07-01（补录，系统记录 \(day)）")
    }
}
