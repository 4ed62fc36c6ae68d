import Foundation
import HazChemCore
import HazChemReports
import HazChemStore
import HazChemTestSupport
import HazChemXLSX
import Testing
import ZIPFoundation

/// Reports, registers and ledgers written from stored data.
@Suite("Workbooks from the store")
struct StoreExportTests {
    @Test("the report of the stored example: seven sheets, 79.4, yellow, its hazards, follow-up and disposition")
    func report() throws {
        let database = try StoreFixtures.database(now: StoreFixtures.decidedNow)
        let id = try StoreFixtures.importExample(.decided, into: database)
        let detail = try StoreFixtures.detail(id, in: database)
        let data = try AssessmentReportData(
            detail: detail, regions: try database.regionDirectory(), majorHazards: nil,
            generatedOn: LocalDate(year: 2019, month: 8, day: 1)!)
        #expect(data.countyName == "乌兰浩特市")
        #expect(data.panel.first?.name == "王建国")
        #expect(data.hazards.map(\.itemId) == ["B09", "D04", "E13", "H04", "L06", "N04"])
        #expect(data.disposition?.decision.disposition == .rectify)
        #expect(data.basisDocuments.count >= 2)
        let url = try RepositoryPaths.temporaryDirectory().appendingPathComponent("评估报告.xlsx")
        let sheets = try AssessmentReportWriter().write(data, to: url)
        let reader = try XLSXReader(url: url)
        #expect(
            reader.sheetNames == [
                "封面", "基本情况", "检查结果", "评分表", "隐患清单", "整改跟踪（截至 2019-08-01）", "风险管控", "处置",
            ])
        #expect(sheets == reader.sheetNames)
        let basics = try reader.sheet(named: "基本情况")
        #expect(basics.value(rightOf: "评估得分") == .text("79.4 分"))
        #expect(basics.value(rightOf: "风险等级") == .text("黄色"))
        #expect(basics.value(rightOf: "企业名称") == .text("兴安盟宏达化工有限公司"))
        #expect(basics.value(rightOf: "评估状态") == .text("已处置"))
        // An imported file is 补录: the stated submission day with the server's recorded time (the test clock).
        if case .text(let submitted) = basics.value(rightOf: "报告提交日期") {
            #expect(submitted.hasPrefix("2019-07-18（补录，系统记录 2019-07-2") && submitted.hasSuffix("）"))
        } else {
            Issue.record("报告提交日期 缺失")
        }
        if case .text(let opinion) = basics.value(rightOf: "专家组综合意见") {
            #expect(opinion.hasPrefix("专家组依据检查表逐项检查") && opinion.contains("黄色"))
        } else {
            Issue.record("基本情况中没有专家组综合意见")
        }
        #expect(basics.address(of: "共抽查 6 人，合格 5 人，不合格 1 人") != nil)
        #expect(basics.cell(rightOf: "主要负责人（签字）") != nil)
        #expect(data.spotChecks.count == 6)
        #expect(data.organisingBureau == "乌兰浩特市应急管理局")
        #expect(data.reportNumber == "152201-2019-\(String(format: "%04lld", id))")
        let styles = try reader.cellStyles()
        let grade = try #require(basics.cell(rightOf: "风险等级")?.styleIndex)
        #expect(styles[grade].fill == Grade.yellow.rgbHex)

        let withUnits = try AssessmentReportData(
            detail: detail, regions: try database.regionDirectory(), majorHazards: try ReportFixtures.majorHazards(),
            generatedOn: LocalDate(year: 2019, month: 8, day: 1)!)
        // 重大危险源 follows the score sheet whose major-hazard rule it decides, not at the end.
        #expect(
            try AssessmentReportWriter().write(withUnits, to: url) == [
                "封面", "基本情况", "检查结果", "评分表", "重大危险源", "隐患清单", "整改跟踪（截至 2019-08-01）", "风险管控", "处置",
            ])
        let cover = try XLSXReader(url: url).sheet(named: "封面")
        #expect(cover.value(rightOf: "组织单位") == .text("乌兰浩特市应急管理局"))
        #expect(cover.value(rightOf: "专家组组长") == .text("王建国"))
    }

    @Test("a signed report exported before and after a follow-up has the same code and hazard list")
    func signedReportIsFrozen() throws {
        let database = try StoreFixtures.database(now: StoreFixtures.decidedNow)
        let id = try StoreFixtures.importExample(.decided, into: database)
        func export(_ day: Int) throws -> (code: String?, signed: [String], followUp: [String]) {
            let data = try AssessmentReportData(
                detail: try StoreFixtures.detail(id, in: database), regions: try database.regionDirectory(),
                majorHazards: nil, generatedOn: LocalDate(year: 2019, month: 8, day: day)!)
            let url = try RepositoryPaths.temporaryDirectory().appendingPathComponent("评估报告-\(day).xlsx")
            try AssessmentReportWriter().write(data, to: url)
            let reader = try XLSXReader(url: url)
            func column(_ sheet: XLSXSheet, _ index: Int) -> [String] {
                sheet.texts(in: index).filter { $0.key >= 2 }.sorted { $0.key < $1.key }.map(\.value)
            }
            let basics = try reader.sheet(named: "基本情况")
            var code: String?
            if case .text(let text) = basics.value(rightOf: "报告校验码") { code = text }
            return (
                code, column(try reader.sheet(named: "隐患清单"), 9),
                column(try reader.sheet(named: "整改跟踪（截至 2019-08-\(String(format: "%02d", day))）"), 9)
            )
        }
        let before = try export(1)
        let hazard = try #require(try database.hazards().first { $0.hazard.status == .open })
        try database.updateHazard(
            id: hazard.hazard.id!, HazardUpdate(status: .rectified, date: LocalDate(year: 2019, month: 8, day: 2)!),
            actor: StoreFixtures.actor)
        let after = try export(9)
        #expect(before.code != nil)
        #expect(after.code == before.code)
        #expect(after.signed == before.signed)
        #expect(before.signed.allSatisfy { $0 == HazardStatus.open.label })
        #expect(after.followUp != before.followUp)
        #expect(after.followUp.contains(HazardStatus.rectified.label))
        #expect(try database.verifySeal(code: try #require(after.code)).matches)
    }

    @Test("a report before sign-off lists the findings with the panel's plans")
    func draftReport() throws {
        let database = try StoreFixtures.database()
        let id = try StoreFixtures.importExample(.onSite, into: database)
        // Without stored hazard units the GB 18218 reference is never asked for.
        struct NotAsked: Error {}
        let data = try database.assessmentReportData(
            try StoreFixtures.detail(id, in: database), reference: { throw NotAsked() },
            generatedOn: LocalDate(year: 2019, month: 7, day: 11)!)
        #expect(data.majorHazards == nil)
        #expect(data.version.statusText == "现场评估中（报告尚未签署，内容可能变化）")
        #expect(data.hazards.map(\.itemId) == ["B09", "D04", "E13", "H04", "L06", "N04"])
        #expect(data.hazards.filter { $0.level == .major }.map(\.itemId) == ["B09", "D04"])
        #expect(data.hazards[0].deadline == LocalDate(year: 2019, month: 8, day: 20))
        #expect(data.scoreSheet.total == Tenths(raw: 794))
        #expect(data.dates.submittedDate == nil)
    }

    @Test("the register from the database: every enterprise once, the assessed one graded and filled")
    func register() throws {
        let database = try StoreFixtures.database(now: StoreFixtures.decidedNow)
        try StoreFixtures.importExample(.decided, into: database)
        let counties = ["152201", "152202", "152221"]
        for n in 1...300 {
            try database.addEnterprise(
                Enterprise(
                    creditCode: CreditCode(Self.creditCode(n))!, name: "测试企业\(n)", countyCode: counties[n % 3],
                    kind: .storage, majorHazardLevels: n % 10 == 0 ? [4, 2] : []),
                actor: StoreFixtures.actor)
        }
        let url = try RepositoryPaths.temporaryDirectory().appendingPathComponent("企业台账.xlsx")
        var progress: [Int] = []
        let count = try EnterpriseRegisterWriter().write(from: database, to: url) { progress.append($0) }
        #expect(count == 301)
        #expect(progress == [])
        let reader = try XLSXReader(url: url)
        let sheet = try reader.sheet(named: "企业台账")
        #expect(sheet.rowCount == 302)
        let names = sheet.texts(in: 2).filter { $0.key >= 1 }
        #expect(Set(names.values).count == 301)
        let row = try #require(names.first { $0.value == "兴安盟宏达化工有限公司" }?.key)
        #expect(sheet[row: row, column: 3] == .text("乌兰浩特市"))
        #expect(sheet[row: row, column: 11] == .text("三级"))
        #expect(sheet[row: row, column: 15] == .number(Double(LocalDate(year: 2019, month: 7, day: 10)!.excelSerial)))
        #expect(sheet[row: row, column: 16] == .number(79.4))
        #expect(sheet[row: row, column: 17] == .text("黄色"))
        #expect(sheet[row: row, column: 18] == .text("整改提升"))
        #expect(sheet[row: row, column: 19] == .number(2))
        let styles = try reader.cellStyles()
        let grade = try #require(sheet.cells[CellAddress(row: row, column: 17).description]?.styleIndex)
        #expect(styles[grade].fill == Grade.yellow.rgbHex)
        let tenth = try #require(names.first { $0.value == "测试企业10" }?.key)
        #expect(sheet[row: tenth, column: 11] == .text("二级"))
        #expect(sheet[row: tenth, column: 17] == .text("未评估"))

        let county = try EnterpriseRegisterWriter().write(from: database, countyCode: "152202", to: url)
        #expect(county == 100)
    }

    @Test("the hazard ledger from the database, filtered by status and overdue day")
    func hazards() throws {
        let database = try StoreFixtures.database(now: StoreFixtures.decidedNow)
        try StoreFixtures.importExample(.decided, into: database)
        let url = try RepositoryPaths.temporaryDirectory().appendingPathComponent("隐患整改台账.xlsx")
        let day = LocalDate(year: 2019, month: 8, day: 1)!
        let all = try HazardLedgerWriter(asOf: day).write(
            from: database, filter: HazardFilter(), to: url)
        #expect(all == HazardLedgerWriter.Summary(rows: 6, overdue: 2))
        let sheet = try XLSXReader(url: url).sheet(named: "隐患整改台账")
        #expect(sheet.rowCount == 7)
        #expect(sheet[row: 1, column: 1] == .text("兴安盟宏达化工有限公司"))
        #expect(sheet[row: 1, column: 2] == .text("乌兰浩特市"))
        #expect(sheet.texts(in: 3)[1]?.hasPrefix("B09 ") == true)
        let overdue = try HazardLedgerWriter(asOf: day).write(
            from: database, filter: HazardFilter(overdueAsOf: day), to: url)
        #expect(overdue == HazardLedgerWriter.Summary(rows: 2, overdue: 2))
        let rectified = try HazardLedgerWriter(asOf: day).write(
            from: database, filter: HazardFilter(status: .rectified), to: url)
        #expect(rectified.rows == 0)
    }

    @Test("the ledger's photo column counts each hazard's photos by stage and links to its web page")
    func hazardPhotos() throws {
        let database = try StoreFixtures.database(now: StoreFixtures.decidedNow)
        let id = try StoreFixtures.importExample(.decided, into: database)
        let hazards = try StoreFixtures.detail(id, in: database).hazards
        let first = try #require(hazards.first?.id)
        for (index, stage) in [PhotoStage.rectification, .rectification, .recheck].enumerated() {
            _ = try database.addPhoto(
                assessmentID: id, .hazard(first), stage: stage,
                PhotoUpload(content: TestImages.png(width: 20 + index, height: 10)), actor: "县局")
        }
        let url = try RepositoryPaths.temporaryDirectory().appendingPathComponent("隐患整改台账.xlsx")
        let day = LocalDate(year: 2019, month: 8, day: 1)!
        try HazardLedgerWriter(asOf: day, webAddress: "https://hazchem.example.gov.cn/").write(
            from: database, filter: HazardFilter(), to: url)
        let sheet = try XLSXReader(url: url).sheet(named: "隐患整改台账")
        let column = HazardLedgerWriter.columns.firstIndex { $0.header == "照片" }!
        let row = try #require(
            (1..<sheet.rowCount).first { sheet.texts(in: 3)[$0]?.hasPrefix("\(hazards[0].itemID ?? "") ") == true })
        #expect(sheet[row: row, column: column] == .text("3 张（整改后 2，复查 1）"))
        #expect((1..<sheet.rowCount).filter { sheet[row: $0, column: column] == .text("无") }.count == hazards.count - 1)
        let bytes = try Data(contentsOf: url)
        #expect(bytes.count > 0)
        let archive = try Archive(url: url, accessMode: .read)
        var rels = Data()
        _ = try archive.extract(try #require(archive["xl/worksheets/_rels/sheet1.xml.rels"])) { rels.append($0) }
        #expect(String(decoding: rels, as: UTF8.self).contains("https://hazchem.example.gov.cn/hazards/\(first)\""))

        try HazardLedgerWriter(asOf: day).write(from: database, filter: HazardFilter(), to: url)
        let plain = try XLSXReader(url: url).sheet(named: "隐患整改台账")
        #expect(plain[row: row, column: column] == .text("3 张（整改后 2，复查 1） 网页 /hazards/\(first)"))
    }

    /// A valid credit code numbered `n` (GB 32100 check character computed).
    static func creditCode(_ n: Int) -> String {
        MonthlyCampaignBuilder.creditCode(n).value
    }
}
