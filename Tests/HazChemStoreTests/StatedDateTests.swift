import Foundation
import GRDB
import HazChemCore
import HazChemTestSupport
import Testing

@testable import HazChemStore

/// Dates a user states (补录 of a paper record) are kept beside the server's time, bounded, and lateness is judged
/// on the server's day. ``AssessmentFixture`` runs on 2019-09-01 00:00 UTC; its visit ends 07-03 and its report is
/// due 07-13.
@Suite("Stated dates: recorded time kept, bounds, lateness on the recorded day")
struct StatedDateTests {
    let recorded = RecordedTime(AssessmentFixture.now)

    @Test("a backdated submission keeps both, is late by the recorded day and shows the recorded time")
    func submission() throws {
        let fixture = try AssessmentFixture()
        try fixture.complete()
        let a = try fixture.database.submitAssessment(id: fixture.id, date: AssessmentFixture.july(10), actor: "测试员")
        #expect(a.submittedDate == AssessmentFixture.july(10))
        #expect(try fixture.detail().assessment.submittedRecordedAt == recorded)
        // Stated within the 10 days (due 07-13) but entered on 09-01: late.
        #expect(try fixture.detail().isLate)
        #expect(a.submittedLabel == "2019-07-10（补录，系统记录 \(recorded)）")
        #expect(try fixture.database.dashboard(scope: .all).lateReports == 1)
        // A row from before the recorded time was kept is judged on the stated day, as before.
        try fixture.database.writer.write {
            try $0.execute(
                sql: "UPDATE assessment SET submitted_recorded_at = NULL WHERE id = ?", arguments: [fixture.id])
        }
        #expect(try !fixture.detail().isLate)
        #expect(try fixture.detail().assessment.submittedLabel == "2019-07-10")
        #expect(try fixture.database.dashboard(scope: .all).lateReports == 0)
    }

    @Test("signatures and dispositions keep the recorded time and show it beside the stated day")
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
                decisionDate: recorded.day, bureau: "乌兰浩特市应急管理局"), actor: "测试员")
        #expect(try fixture.database.disposition(assessmentID: fixture.id)?.recordedAt == recorded)
        // Stated on the day it is entered: no 补录 mark.
        #expect(decision.decisionDateLabel == recorded.day.description)
    }

    @Test(
        "a stated day in the future is refused, naming the field, and nothing changes",
        arguments: ["报告提交日期", "签名日期", "处置决定日期"])
    func future(field: String) throws {
        let fixture = try AssessmentFixture()
        let tomorrow = recorded.day.adding(days: 1)
        try fixture.complete()
        if field != "报告提交日期" {
            try fixture.database.submitAssessment(id: fixture.id, date: AssessmentFixture.july(10), actor: "测试员")
        }
        if field == "处置决定日期" {
            try fixture.database.signAssessment(
                id: fixture.id, experts: ["王组长", "李化工", "张电气", "刘应急"], date: AssessmentFixture.july(11),
                actor: "测试员")
        }
        let before = try fixture.detail()
        let audit = try fixture.auditCount()
        let error = #expect(throws: StoreError.self) {
            switch field {
            case "报告提交日期":
                try fixture.database.submitAssessment(id: fixture.id, date: tomorrow, actor: "测试员")
            case "签名日期":
                try fixture.database.signAssessment(id: fixture.id, experts: ["王组长"], date: tomorrow, actor: "测试员")
            default:
                try fixture.database.decideDisposition(
                    Disposition(
                        assessmentID: fixture.id, dispositionClass: .consolidate, reason: "依据评估结果",
                        decisionDate: tomorrow, bureau: "乌兰浩特市应急管理局"), actor: "测试员")
            }
        }
        #expect(error?.description == "评估 #1 字段“\(field)”：\(field)\(tomorrow)晚于今天（\(recorded.day)），不能填写将来的日期")
        #expect(try fixture.detail().assessment == before.assessment)
        #expect(try fixture.detail().signatures.count == before.signatures.count)
        #expect(try fixture.auditCount() == audit)
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
        #expect(try fixture.detail().signatures.isEmpty)
        try fixture.database.signAssessment(
            id: fixture.id, experts: ["王组长", "李化工", "张电气", "刘应急"], date: AssessmentFixture.july(11),
            actor: "测试员")
        let decision = #expect(throws: StoreError.self) {
            try fixture.database.decideDisposition(
                Disposition(
                    assessmentID: fixture.id, dispositionClass: .consolidate, reason: "依据评估结果",
                    decisionDate: AssessmentFixture.july(1), bureau: "乌兰浩特市应急管理局"), actor: "测试员")
        }
        #expect(
            decision?.description
                == "评估 #1 字段“处置决定日期”：处置决定日期2019-07-01早于现场评估结束日期2019-07-03，补录的日期不能早于现场评估结束")
        #expect(try fixture.database.disposition(assessmentID: fixture.id) == nil)
    }

    @Test("an imported file is 补录: recorded now, its stated days bounded like any other")
    func importedFile() throws {
        let database = try AssessmentFixture.database()
        let imported = try AssessmentFileTests.importExample(into: database)
        let detail = try #require(try database.assessmentDetail(id: imported.id!))
        #expect(detail.assessment.submittedRecordedAt == recorded)
        #expect(detail.assessment.submittedLabel == "2019-07-18（补录，系统记录 \(recorded)）")
        #expect(detail.signatures.allSatisfy { $0.signature.recordedAt == recorded })
        #expect(detail.disposition?.decisionDateLabel == "2019-07-25（补录，系统记录 \(recorded)）")

        var text = try String(contentsOf: AssessmentFileTests.example, encoding: .utf8)
        text = text.replacingOccurrences(of: "  date: 2019-07-25", with: "  date: 2099-07-25")
        let file = try AssessmentFileReader.read(file: "future.yaml", text: text)
        let fresh = try AssessmentFixture.database()
        let error = #expect(throws: StoreError.self) {
            try fresh.importAssessment(
                file, fileName: "future.yaml", tablesDirectory: RepositoryPaths.checklists, actor: "测试员")
        }
        #expect(error?.description.contains("字段“disposition”") == true, "\(String(describing: error))")
        #expect(error?.description.contains("处置决定日期2099-07-25晚于今天（\(recorded.day)），不能填写将来的日期") == true)
        #expect(try fresh.enterpriseCount() == 0)
    }

    /// A clock the monthly tests move.
    final class Clock: @unchecked Sendable {
        private let lock = NSLock()
        private var current: Date
        init(_ day: String) { current = Self.midnight(day) }
        var now: Date { lock.withLock { current } }
        func set(_ day: String, hour: Int = 0) { lock.withLock { current = Self.midnight(day) + Double(hour * 3600) } }
        /// Midnight of `day` in the machine's time zone (the one the server's today is taken in).
        static func midnight(_ day: String) -> Date {
            let date = LocalDate(parsing: day)!
            let utc = Date(timeIntervalSince1970: Double(date.daysSinceUnixEpoch) * 86_400)
            return utc - Double(TimeZone.current.secondsFromGMT(for: utc))
        }
    }

    @Test("a monthly report is judged on the day recorded: late when entered after the 1st, on time by it")
    func monthly() throws {
        let clock = Clock("2019-08-05")
        let database = AppDatabase.empty(now: { clock.now })
        try MonthlySampleCampaign.build(into: database)
        let june = MonthlyPeriod(year: 2019, month: 6)!
        let late = try database.submitMonthlyFigures(
            countyCode: "阿尔山市", period: june, on: LocalDate(year: 2019, month: 7, day: 1)!, actor: "审核员")
        #expect(late.submission.status == .late)
        #expect(late.submission.submittedLabel == "2019-07-01（补录，系统记录 2019-08-05 00:00）")
        let report = try database.monthlyReport(for: june, county: "阿尔山市", asOf: LocalDate(parsing: "2019-08-05")!)
        #expect(report.submissions.map(\.status) == [.late])
        #expect(report.submissions.first?.recordedNote == "补录，系统记录 2019-08-05 00:00")

        // August, due 09-01: stated 08-15 and entered 08-31 09:00 is on time; entered on the day it states, plain.
        clock.set("2019-08-31", hour: 9)
        let august = MonthlyPeriod(year: 2019, month: 8)!
        let onTime = try database.submitMonthlyFigures(
            countyCode: "阿尔山市", period: august, on: LocalDate(year: 2019, month: 8, day: 15)!, actor: "审核员")
        #expect(onTime.submission.status == .onTime)
        #expect(onTime.submission.submittedLabel == "2019-08-15（补录，系统记录 2019-08-31 09:00）")
        let plain = try database.submitMonthlyFigures(countyCode: "乌兰浩特市", period: august, actor: "审核员")
        #expect(plain.submission.submittedLabel == "2019-08-31")
        #expect(plain.submission.recordedNote == nil)
        // Judged on 08-20 neither was known yet.
        let earlier = try database.monthlyReport(for: august, asOf: LocalDate(parsing: "2019-08-20")!)
        #expect(earlier.submissions.map(\.status) == [.notYetDue, .notYetDue])
    }
}
