import Foundation
import HazChemCore
import HazChemTestSupport
import Testing

@testable import HazChemStore

/// End to end: the built `hazchem` binary on a file database holding ``MonthlySampleCampaign``.
@Suite("CLI: report monthly and report submit end to end")
struct MonthlyCLITests {
    /// The store CLI harness: a fresh database file, commands run from the checkout, so the shipped regions
    /// (six counties) are synced over the campaign's two.
    let cli: StoreCLITests

    init() throws {
        cli = try StoreCLITests()
        // The campaign's rows are entered on 2019-08-05 (the fixture's clock); the binary then runs on the real one.
        try MonthlySampleCampaign.build(
            into: try AppDatabase.open(path: cli.dbPath, now: { Date(timeIntervalSince1970: 1_564_963_200) }))
    }

    func run(_ arguments: [String]) throws -> StoreCLITests.Run { try cli.run(arguments) }

    static let counties = ["乌兰浩特市", "阿尔山市", "科尔沁右翼前旗", "科尔沁右翼中旗", "扎赉特旗", "突泉县"]

    @Test("report monthly --format json prints the hand-counted figures and the late counties")
    func json() throws {
        let result = try run(["report", "monthly", "--month", "2019-07", "--format", "json", "--as-of", "2019-08-05"])
        #expect(result.status == 0, "\(result.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let counties = try #require(root["counties"] as? [[String: Any]])
        #expect(counties.map { $0["name"] as? String } == Self.counties)
        // 乌兰浩特市 July: 乙 v2 and 丙 assessed of 4 in scope; cumulative adds 甲.
        let month = try #require(counties[0]["month"] as? [String: Any])
        #expect(month["assessed"] as? Int == 2)
        #expect((month["coverage"] as? [String: Any])?["percent"] as? String == "50.0")
        #expect(month["reportsOverdue"] as? Int == 2)
        #expect(month["expertPersonTimes"] as? Int == 9)
        let total = try #require((root["total"] as? [String: Any])?["cumulative"] as? [String: Any])
        #expect(total["assessed"] as? Int == 5)
        #expect((total["coverage"] as? [String: Any])?["percent"] as? String == "62.5")
        // 乌兰浩特市 submitted late; the other five never did.
        #expect((root["lateCounties"] as? [[String: Any]])?.map { $0["countyName"] as? String } == Self.counties)
    }

    @Test("text table, a county submission, and Chinese errors with exit code 2")
    func textAndSubmit() throws {
        let text = try run(["report", "monthly", "--month", "2019-07", "--as-of", "2019-08-05"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.hasPrefix("兴安盟危险化学品企业安全评估情况表（2019年7月）\n"))
        #expect(
            text.stdout.contains(
                "逾期旗县市：乌兰浩特市（逾期报送）、"
                    + Self.counties.dropFirst().map { "\($0)（逾期未报送）" }.joined(separator: "、")))
        let totalLine = try #require(
            text.stdout.split(separator: "\n").first { $0.hasPrefix("合计") && $0.contains("%") })
        #expect(
            totalLine.split(separator: " ").map(String.init) == [
                "合计", "含实时数据", "3", "3", "1", "1", "8", "3/5", "37.5%/62.5%",
            ])

        let submit = try run(["report", "submit", "--county", "阿尔山市", "--month", "2019-07", "--date", "2019-08-06"])
        #expect(submit.status == 0, "\(submit.stderr)")
        // Entered now by the server's clock: a 补录, shown with the time recorded and judged late on that day.
        let today = LocalDate.today()
        #expect(submit.stdout.hasPrefix("已报送：阿尔山市 2019年7月月报于 2019-08-06（补录，系统记录 \(today) "), "\(submit.stdout)")
        #expect(submit.stdout.hasSuffix("） 报送，数据已锁定（截止 2019-08-01，逾期报送）\n"))
        let again = try run(["report", "submit", "--county", "152202", "--month", "2019-07", "--date", "2019-08-07"])
        #expect(again.status == 2)
        #expect(
            again.stderr
                == "阿尔山市 2019年7月月报：已于 2019-08-06 报送，正在等待盟市应急管理局审核，数据已锁定；如需修改请联系盟市应急管理局退回\n")
        let badMonth = try run(["report", "monthly", "--month", "2019-13"])
        #expect(badMonth.status == 2)
        #expect(badMonth.stderr == "字段“--month”：月份“2019-13”无效（应为YYYY-MM，如 2019-07）\n")
    }

    @Test("a stated submission day after today exits 2 with a Chinese message naming the field; nothing is recorded")
    func futureDayRefused() throws {
        let today = LocalDate.today()
        let tomorrow = today.adding(days: 1)
        let refused = try run(["report", "submit", "--county", "阿尔山市", "--month", "2019-07", "--date", "\(tomorrow)"])
        #expect(refused.status == 2)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr == "阿尔山市 2019年7月月报 字段“报送日期”：报送日期\(tomorrow)晚于今天（\(today)），不能填写将来的日期\n")
        let text = try run(["report", "monthly", "--month", "2019-07"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("阿尔山市（逾期未报送）"))
    }

    @Test("a county submitted from the CLI keeps its figures after a back-dated hazard update; others stay live")
    func submittedFiguresStayLocked() throws {
        let json = ["report", "monthly", "--month", "2019-07", "--format", "json", "--as-of", "2019-08-05"]
        func county(_ stdout: String, _ index: Int) throws -> (row: NSDictionary, lines: [NSDictionary]) {
            let root = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
            let rows = try #require(root["counties"] as? [NSDictionary])
            let code = try #require(rows[index]["code"] as? String)
            let lines = try #require(root["enterprises"] as? [NSDictionary]).filter {
                $0["countyCode"] as? String == code
            }
            return (rows[index], lines)
        }
        let before = try run(json)
        #expect(before.status == 0, "\(before.stderr)")
        // 乌兰浩特市 submitted on 2019-08-03 (MonthlySampleCampaign): locked; 科尔沁右翼前旗 never did: live.
        #expect(try county(before.stdout, 0).row["figures"] as? String == "locked")
        #expect(try county(before.stdout, 2).row["figures"] as? String == "live")
        // 甲's open hazard (deadline 2019-08-30) rectified, dated back into July.
        let update = try run(["hazard", "update", "2", "--status", "已整改", "--date", "2019-07-28"])
        #expect(update.status == 0, "\(update.stderr)")
        let after = try run(json)
        #expect(after.status == 0, "\(after.stderr)")
        #expect(try county(after.stdout, 0).row == county(before.stdout, 0).row)
        #expect(try county(after.stdout, 0).lines == county(before.stdout, 0).lines)
        // What the live figures would say now differs: the lock is what keeps the row unchanged.
        let live = try AppDatabase.open(path: cli.dbPath).liveMonthlyReport(
            for: MonthlyPeriod(year: 2019, month: 7)!, county: "152201", asOf: MonthlySampleCampaign.asOf)
        let locked = try #require((try county(after.stdout, 0).row["cumulative"] as? NSDictionary))
        #expect(
            ((locked["hazards"] as? NSDictionary)?["rectified"] as? Int) != live.counties[0].cumulative.rectifiedHazards
        )
    }

    @Test("export monthly writes the workbook; a wrong extension is refused")
    func export() throws {
        let out = cli.folder.appendingPathComponent("月报.xlsx").path
        let result = try run(["export", "monthly", "--month", "2019-07", "--as-of", "2019-08-05", "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "已导出兴安盟危险化学品企业安全评估情况表（2019年7月）：14 个工作表，5 家企业 → \(out)\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)).prefix(2) == Data("PK".utf8))
        let bad = try run(["export", "monthly", "--month", "2019-07", "--out", "月报.xls"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("输出文件须以 .xlsx 结尾"))
    }
}
