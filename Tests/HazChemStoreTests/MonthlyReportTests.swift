import Foundation
import HazChemCore
import HazChemStore
import HazChemTestSupport
import Testing

/// The monthly report on the hand-made campaign of ``MonthlySampleCampaign`` (read its comment first):
/// every expected figure below is counted by hand, the counting shown in the comments.
@Suite("Monthly report: counting rules on a hand-made campaign")
struct MonthlyReportTests {
    let database = AppDatabase.empty(now: { Date(timeIntervalSince1970: 1_564_963_200) })  // 2019-08-05 UTC
    let builder: MonthlyCampaignBuilder

    init() throws {
        builder = try MonthlySampleCampaign.build(into: database)
    }

    func report(_ month: String = "2019-07", county: String? = nil, asOf: String = "2019-08-05") throws
        -> MonthlyReport
    {
        try database.monthlyReport(
            for: MonthlyPeriod(parsing: month)!, county: county, asOf: LocalDate(parsing: asOf)!)
    }

    /// Builds expected figures from the non-zero counts.
    static func figures(_ change: (inout MonthlyFigures) -> Void) -> MonthlyFigures {
        var figures = MonthlyFigures()
        change(&figures)
        return figures
    }

    // 乌兰浩特市 in scope: 甲 production, 乙 storage, 丙 trading with storage, 戊 storage (丁 is closed and was
    // never assessed) = 4.
    static let wulanhotScope = {
        var scope = MonthlyScope()
        (scope.production, scope.storage, scope.tradingWithStorage) = (1, 2, 1)
        return scope
    }()

    // July: 乙 v2 (v1 replaced) and 丙 count; 甲 ended in June.
    static let wulanhotJuly = figures {
        $0.inScope = 4
        $0.assessed = 2  // 乙 v2, 丙
        ($0.red, $0.directRed) = (2, 1)  // 乙 v2 red 55; 丙 red by R2 although 82 points; 乙 v1's orange is gone
        ($0.closeOrSuspend, $0.suspendAndRectify) = (1, 1)  // 乙 v2 停产整改 on 07-28; 丙 undecided
        // 乙 v2: major open (deadline 07-20, overdue) + general verified 07-25; 丙: major rectified only on 08-05
        // (not yet at 07-31, deadline 08-10 not passed); 乙 v1's general hazard belongs to the replaced version.
        ($0.generalHazards, $0.majorHazards, $0.rectifiedHazards, $0.overdueHazards) = (1, 2, 1, 1)
        $0.overdueReports = 2  // 丙 submitted 07-25 (due 07-22); 戊 never submitted (due 07-25); 乙 v1 on time
        ($0.expertPersonTimes, $0.regulatorPersonTimes) = (5 + 4, 2 + 1)  // 乙's panel once, 丙's panel
        ($0.staffSpotChecked, $0.staffPassed) = (4 + 1, 4 + 0)  // 乙 v2 4/4, 丙 1/0 (乙 v1's 2 replaced)
    }

    // Cumulative adds 甲 (June): yellow, rectify, 2 general hazards (one rectified 07-10, one due 08-30),
    // report on time, panel 4 + 1, spot checks 3/2.
    static let wulanhotCumulative = figures {
        $0.inScope = 4
        $0.assessed = 3
        ($0.red, $0.directRed, $0.yellow) = (2, 1, 1)
        ($0.closeOrSuspend, $0.suspendAndRectify, $0.rectify) = (1, 1, 1)
        ($0.generalHazards, $0.majorHazards, $0.rectifiedHazards, $0.overdueHazards) = (1 + 2, 2, 1 + 1, 1)
        $0.overdueReports = 2
        ($0.expertPersonTimes, $0.regulatorPersonTimes) = (9 + 4, 3 + 1)
        ($0.staffSpotChecked, $0.staffPassed) = (5 + 3, 4 + 2)
    }

    // 阿尔山市 in scope: 己 production, 庚 (closed, but assessed), 辛 storage (suspended), 壬 production = 4.
    static let arxanScope = {
        var scope = MonthlyScope()
        (scope.production, scope.storage, scope.tradingWithoutStorage) = (2, 1, 1)
        return scope
    }()

    // July: only 己 (壬 ended on 08-03).
    static let arxanJuly = figures {
        $0.inScope = 4
        $0.assessed = 1
        $0.blue = 1  // consolidate decided 08-02: after the month, not counted
        ($0.generalHazards, $0.overdueHazards) = (1, 1)  // rectifying, deadline 07-25 passed
        ($0.expertPersonTimes, $0.regulatorPersonTimes) = (4, 1)
        ($0.staffSpotChecked, $0.staffPassed) = (2, 1)
    }

    // Cumulative adds 庚 (June): red, 关闭淘汰, major open (deadline 07-15, overdue), report late (06-25 for
    // 06-20), panel 4 + 1, no spot checks.
    static let arxanCumulative = figures {
        $0.inScope = 4
        $0.assessed = 2
        ($0.red, $0.blue) = (1, 1)
        ($0.closeOrSuspend, $0.close) = (1, 1)
        ($0.generalHazards, $0.majorHazards, $0.overdueHazards) = (1, 1, 2)
        $0.overdueReports = 1
        ($0.expertPersonTimes, $0.regulatorPersonTimes) = (8, 2)
        ($0.staffSpotChecked, $0.staffPassed) = (2, 1)
    }

    @Test("every figure of both counties for July, month and cumulative")
    func counties() throws {
        let report = try report()
        #expect(report.counties.map(\.name) == ["乌兰浩特市", "阿尔山市"])
        let (wulanhot, arxan) = (report.counties[0], report.counties[1])
        #expect(wulanhot.scope == Self.wulanhotScope)
        #expect(wulanhot.month == Self.wulanhotJuly)
        #expect(wulanhot.cumulative == Self.wulanhotCumulative)
        #expect(arxan.scope == Self.arxanScope)
        #expect(arxan.month == Self.arxanJuly)
        #expect(arxan.cumulative == Self.arxanCumulative)
    }

    @Test("the total row is the sum of the counties, and ratios are exact with one decimal")
    func total() throws {
        let total = try report().total
        #expect(total.code == "152200")
        #expect(total.name == "合计")
        #expect(total.scope.total == 8)
        #expect(total.month == Self.wulanhotJuly + Self.arxanJuly)
        #expect(total.cumulative == Self.wulanhotCumulative + Self.arxanCumulative)
        // Coverage: July 2 + 1 of 8 = 37.5%; cumulative 3 + 2 of 8 = 62.5%.
        #expect(total.month.coverage == MonthlyRatio(3, of: 8))
        #expect(total.month.coverage.percentText == "37.5%")
        #expect(total.cumulative.coverage.percentText == "62.5%")
        // Rectification: July 1 of (2 general + 2 major); cumulative 2 of 7 = 28.571… → 28.6%.
        #expect(total.month.rectificationRate.percentText == "25.0%")
        #expect(total.cumulative.rectificationRate == MonthlyRatio(2, of: 7))
        #expect(total.cumulative.rectificationRate.percentText == "28.6%")
        #expect(try report().counties[1].month.rectificationRate.percentText == "0.0%")
    }

    @Test("June: 甲 and 庚 count, hazard and disposition states are judged at the end of June")
    func june() throws {
        let report = try report("2019-06", asOf: "2019-07-05")
        let (wulanhot, arxan) = (report.counties[0], report.counties[1])
        // 甲: rectify decided 06-28; its hazard rectified on 07-10 is still outstanding on 06-30, not overdue
        // (deadline 07-15); the other is due 08-30.
        #expect(
            wulanhot.month
                == Self.figures {
                    $0.inScope = 4
                    ($0.assessed, $0.yellow, $0.rectify, $0.generalHazards) = (1, 1, 1, 2)
                    ($0.expertPersonTimes, $0.regulatorPersonTimes, $0.staffSpotChecked, $0.staffPassed) = (4, 1, 3, 2)
                })
        #expect(wulanhot.cumulative == wulanhot.month)
        // 庚: closed 06-20, its report is late, the major hazard's deadline (07-15) has not passed on 06-30.
        #expect(
            arxan.month
                == Self.figures {
                    $0.inScope = 4
                    ($0.assessed, $0.red, $0.closeOrSuspend, $0.close, $0.majorHazards) = (1, 1, 1, 1, 1)
                    ($0.overdueReports, $0.expertPersonTimes, $0.regulatorPersonTimes) = (1, 4, 1)
                })
    }

    @Test("a county by code, name or alias gets its own row and total; an unknown county is refused")
    func oneCounty() throws {
        for name in ["152202", "阿尔山市", "阿市"] {
            let report = try report(county: name)
            #expect(report.countyCode == "152202")
            #expect(report.counties.map(\.code) == ["152202"])
            #expect(report.total.cumulative == Self.arxanCumulative)
            #expect(report.enterprises.map(\.name) == ["庚化工贸易有限公司", "己化工有限公司"])
            #expect(report.submissions.map(\.status) == [.missing])
        }
        let error = #expect(throws: StoreError.self) { try report(county: "突泉县") }
        #expect(error?.code == .invalidInput)
        #expect(error?.description.contains("未知的旗县市“突泉县”（应为：乌兰浩特市(152201)、阿尔山市(152202)）") == true)
    }

    @Test("the per-enterprise list: counted version, leader, direct-red reason, hazards, disposition")
    func enterprises() throws {
        let lines = try report().enterprises
        // By county, then on-site end: 甲 06-20, 乙 07-05, 丙 07-12 | 庚 06-10, 己 07-20. 丁, 戊, 辛, 壬 have no
        // counted assessment.
        #expect(lines.map(\.name) == ["甲化工有限公司", "乙储运有限公司", "丙化工贸易有限公司", "庚化工贸易有限公司", "己化工有限公司"])
        #expect(lines.map(\.inMonth) == [false, true, true, false, true])
        let yi = lines[1]
        #expect(yi.version == 2)
        #expect(yi.grade == .red)
        #expect(yi.score == Tenths(55))
        #expect(yi.panelLeader == "李组长")
        #expect(yi.onSiteStart == LocalDate(year: 2019, month: 7, day: 1))
        #expect(yi.onSiteEnd == LocalDate(year: 2019, month: 7, day: 5))
        #expect((yi.hazardsFound, yi.majorHazards, yi.hazardsRectified) == (2, 1, 1))
        #expect(yi.dispositionLabel == "停产整改或关闭淘汰（停产整改）")
        let bing = lines[2]
        #expect(bing.kind == .tradingWithStorage)
        #expect(bing.directRed.map(\.id) == ["R2"])
        #expect(bing.directRedReason == "R2 在役化工装置未经正规设计且未进行安全设计诊断的")
        #expect((bing.hazardsFound, bing.majorHazards, bing.hazardsRectified) == (1, 1, 0))
        #expect(bing.disposition == nil)
        #expect(lines[0].directRedReason == "")
        #expect(lines[4].disposition == nil)  // 己: consolidate decided on 08-02, after July
        #expect(lines[3].dispositionLabel == "停产整改或关闭淘汰（关闭淘汰）")
        #expect(lines[3].countyName == "阿尔山市")
    }

    @Test("a correction still being drafted does not hide the signed version it corrects")
    func draftCorrection() throws {
        let before = try report()
        let yi = try #require(try database.enterprise(creditCode: MonthlyCampaignBuilder.creditCode(2)))
        let signed = try #require(before.enterprises.first { $0.enterpriseID == yi.id }).assessmentID
        var spec = MonthlyCampaignBuilder.AssessmentSpec(
            enterprise: yi, panel: nil, onSite: ("2019-07-01", "2019-07-05"), submitted: nil, score: "90",
            grade: .blue)
        spec.corrects = signed
        spec.status = .onSite
        try builder.assessment(spec)
        let after = try report()
        #expect(after.counties == before.counties)
        #expect(after.enterprises == before.enterprises)
    }

    @Test(
        "county lateness: due on the 1st of the next month, judged on the as-of day",
        arguments: [
            // 乌兰浩特市 submitted on 08-03; 阿尔山市 never. Before 08-03 the submission is not yet known.
            ("2019-07-31", [MonthlySubmission.Status.notYetDue, .notYetDue], [String]()),
            ("2019-08-01", [.notYetDue, .notYetDue], []),
            ("2019-08-02", [.missing, .missing], ["乌兰浩特市", "阿尔山市"]),
            ("2019-08-05", [.late, .missing], ["乌兰浩特市", "阿尔山市"]),
        ])
    func lateness(asOf: String, statuses: [MonthlySubmission.Status], late: [String]) throws {
        let report = try report(asOf: asOf)
        #expect(report.submissions.map(\.status) == statuses)
        #expect(report.lateCounties.map(\.countyName) == late)
        #expect(report.submissions.allSatisfy { $0.dueDate == LocalDate(year: 2019, month: 8, day: 1) })
    }

    @Test("a submission on the due date is on time; submissions are recorded once, with audit")
    func submit() throws {
        let june = MonthlyPeriod(year: 2019, month: 6)!
        let onTime = try database.submitMonthlyFigures(
            countyCode: "阿尔山市", period: june, on: LocalDate(year: 2019, month: 7, day: 1)!, actor: "审核员")
        // Dated the due day but entered on 2019-08-05 (the clock): judged on the day entered.
        #expect(onTime.submission.status == .late)
        #expect(try report("2019-06", asOf: "2019-07-05").submissions.map(\.status) == [.missing, .missing])
        #expect(try report("2019-06", asOf: "2019-08-05").submissions.map(\.status) == [.missing, .late])
        let error = #expect(throws: StoreError.self) {
            try database.submitMonthlyFigures(
                countyCode: "152201", period: MonthlySampleCampaign.month,
                on: LocalDate(year: 2019, month: 8, day: 9)!, actor: "审核员")
        }
        #expect(error?.code == .conflict)
        #expect(error?.description.contains("已于 2019-08-03 报送") == true)
        let early = #expect(throws: StoreError.self) {
            try database.submitMonthlyFigures(
                countyCode: "152201", period: june, on: LocalDate(year: 2019, month: 5, day: 31)!, actor: "审核员")
        }
        #expect(early?.description.contains("早于所报月份 2019-06 的第一天") == true)
        let audit = try database.auditLog(AuditFilter(entity: "monthly_submission"))
        #expect(audit.map(\.user) == ["审核员", "测试员"])
        #expect(audit[0].after?.contains("\"county_code\":\"152202\"") == true)
        #expect(audit[0].after?.contains("\"submitted_at\":\"2019-07-01\"") == true)
    }

    @Test("JSON: English camelCase keys, every figure, exact ratios and the late counties")
    func json() throws {
        let text = try report().jsonText()
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(
            Set(root.keys) == [
                "month", "periodStart", "periodEnd", "dueDate", "asOf", "county", "prefecture", "counties", "total",
                "enterprises", "submissions", "lateCounties",
            ])
        #expect(root["month"] as? String == "2019-07")
        #expect(root["periodEnd"] as? String == "2019-07-31")
        #expect(root["dueDate"] as? String == "2019-08-01")
        #expect(root["county"] is NSNull)
        let total = try #require(root["total"] as? [String: Any])
        #expect(total["name"] as? String == "合计")
        #expect(
            total["inScope"] as? [String: Int] == [
                "production": 3, "storage": 3, "tradingWithStorage": 1, "tradingWithoutStorage": 1, "total": 8,
            ])
        let cumulative = try #require(total["cumulative"] as? [String: Any])
        #expect(
            Set(cumulative.keys) == [
                "assessed", "coverage", "grades", "dispositions", "hazards", "reportsOverdue", "expertPersonTimes",
                "regulatorPersonTimes", "staffSpotChecked", "staffPassed",
            ])
        #expect(
            cumulative["grades"] as? [String: Int] == ["red": 3, "directRed": 1, "orange": 0, "yellow": 1, "blue": 1])
        #expect(
            cumulative["dispositions"] as? [String: Int] == [
                "closeOrSuspend": 2, "suspendAndRectify": 1, "close": 1, "rectify": 1, "consolidate": 0,
            ])
        let hazards = try #require(cumulative["hazards"] as? [String: Any])
        #expect(hazards["total"] as? Int == 7)
        #expect(hazards["overdue"] as? Int == 3)
        let rate = try #require(hazards["rectificationRate"] as? [String: Any])
        #expect(rate["numerator"] as? Int == 2)
        #expect(rate["denominator"] as? Int == 7)
        #expect(rate["percent"] as? String == "28.6")
        let late = try #require(root["lateCounties"] as? [[String: Any]])
        #expect(late.map { $0["county"] as? String } == ["152201", "152202"])
        #expect(late.map { $0["status"] as? String } == ["late", "missing"])
        let bing = try #require((root["enterprises"] as? [[String: Any]])?[2])
        #expect(bing["grade"] as? String == "red")
        #expect(bing["score"] as? Double == 82)
        #expect(bing["directRed"] as? [String] == ["R2"])
        #expect(bing["onSiteEnd"] as? String == "2019-07-12")
        #expect(bing["disposition"] is NSNull)
    }
}
