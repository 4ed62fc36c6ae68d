import Foundation
import HazChemCore
import HazChemReports
import HazChemStore
import HazChemTestSupport
import HazChemXLSX
import Testing

/// The monthly workbook of ``MonthlySampleCampaign`` (July 2019), read back with XLSXReader and openpyxl.
@Suite("Monthly report workbook (月度评估情况表)")
struct MonthlyWorkbookWriterTests {
    let report: MonthlyReport
    let url: URL

    init() throws {
        let database = AppDatabase.empty()
        try MonthlySampleCampaign.build(into: database)
        report = try database.monthlyReport(
            for: MonthlySampleCampaign.month, asOf: MonthlySampleCampaign.asOf)
        url = try RepositoryPaths.temporaryDirectory().appendingPathComponent("月报.xlsx")
        try MonthlyWorkbookWriter().write(report, to: url)
    }

    /// The summary columns of the figures, month then cumulative: G (已评估企业 本月) … AX (抽查合格人数 累计).
    static let metricColumns = (6..<50).map { CellAddress.columnName($0) }

    @Test("sheets, county rows, and a 合计 row of SUM formulas whose cached values are the computed totals")
    func summary() throws {
        let reader = try XLSXReader(url: url)
        #expect(reader.sheetNames == ["汇总", "乌兰浩特市", "阿尔山市", "企业明细", "报送情况", "图表"])
        let sheet = try reader.sheet(named: "汇总")
        #expect(sheet["A1"] == .text("兴安盟危险化学品企业安全评估情况表（2019年7月）"))
        #expect(sheet["A6"] == .text("乌兰浩特市"))
        #expect(sheet["A7"] == .text("阿尔山市"))
        #expect(sheet["A8"] == .text("合计"))
        #expect(sheet["G4"] == .text("已评估企业"))
        #expect((sheet["G5"], sheet["H5"]) == (.text("本月"), .text("累计")))
        // 在评企业 by kind: 乌兰浩特市 1 2 1 0 = 4; 阿尔山市 2 1 0 1 = 4.
        #expect((1...5).map { sheet[row: 5, column: $0] } == [1, 2, 1, 0, 4].map { .number($0) })
        #expect((1...5).map { sheet[row: 6, column: $0] } == [2, 1, 0, 1, 4].map { .number($0) })
        // 已评估 and 覆盖率: 乌兰浩特市 2/3 of 4; 阿尔山市 1/2 of 4.
        #expect(
            [sheet["G6"], sheet["H6"], sheet["I6"], sheet["J6"]] == [
                .number(2), .number(3), .number(0.5), .number(0.75),
            ])
        #expect(
            [sheet["G7"], sheet["H7"], sheet["I7"], sheet["J7"]] == [
                .number(1), .number(2), .number(0.25), .number(0.5),
            ])
        // Every count column of 合计: =SUM(X6:X7), cached = the two county cells = the report's total.
        let ratioColumns: Set<String> = ["I", "J", "AK", "AL"]
        for column in ["B", "C", "D", "E", "F"] + Self.metricColumns where !ratioColumns.contains(column) {
            #expect(sheet.cells["\(column)8"]?.formula == "SUM(\(column)6:\(column)7)", "\(column)8")
            let parts = [sheet["\(column)6"]?.number, sheet["\(column)7"]?.number].compactMap { $0 }
            #expect(parts.count == 2 && sheet["\(column)8"] == .number(parts.reduce(0, +)), "\(column)8")
        }
        // Hand-counted totals (see MonthlyReportTests): assessed 3/5, red 2/3, direct red 1/1, hazards general
        // 2/4 and major 2/3, rectified 1/2, overdue 2/3, reports 2/3, experts 13/21, regulators 4/6.
        let totals: [String: Double] = [
            "G8": 3, "H8": 5, "K8": 2, "L8": 3, "M8": 1, "N8": 1, "AE8": 2, "AF8": 4, "AG8": 2, "AH8": 3, "AI8": 1,
            "AJ8": 2, "AM8": 2, "AN8": 3, "AO8": 2, "AP8": 3, "AQ8": 13, "AR8": 21, "AS8": 4, "AT8": 6,
        ]
        for (cell, value) in totals { #expect(sheet[cell] == .number(value), "\(cell)") }
        // Ratios of 合计 are formulas over the summed parts: coverage 3/8 and 5/8, rectification 1/4 and 2/7.
        #expect(sheet.cells["I8"]?.formula == "IF(F8=0,\"\",G8/F8)")
        #expect(sheet.cells["J8"]?.formula == "IF(F8=0,\"\",H8/F8)")
        #expect(sheet.cells["AK8"]?.formula == "IF((AE8+AG8)=0,\"\",AI8/(AE8+AG8))")
        #expect(sheet.cells["AL8"]?.formula == "IF((AF8+AH8)=0,\"\",AJ8/(AF8+AH8))")
        #expect([sheet["I8"], sheet["J8"], sheet["AK8"]] == [.number(0.375), .number(0.625), .number(0.25)])
        #expect(sheet["AL8"] == .number(2.0 / 7.0))
        #expect(sheet.frozenTopLeft == "B6")
        #expect(sheet.mergedRanges.contains("A3:A5"))
        #expect(sheet.mergedRanges.contains("K3:T3"))  // 风险分级: five figures × 本月/累计
    }

    @Test("county sheets: scope by kind, then each figure for the month and cumulative")
    func county() throws {
        let sheet = try XLSXReader(url: url).sheet(named: "乌兰浩特市")
        #expect([sheet["A3"], sheet["B3"], sheet["C3"], sheet["D3"]] == ["类别", "项目", "本月", "累计"].map { .text($0) })
        #expect([sheet["B4"], sheet["C4"]] == [.text("生产"), .number(1)])
        #expect([sheet["B8"], sheet["C8"]] == [.text("合计"), .number(4)])
        // Figures from row 9 in MonthlyMetric order: 已评估企业 2/3, 覆盖率 50%/75%, 红色 2/2.
        #expect([sheet["B9"], sheet["C9"], sheet["D9"]] == [.text("已评估企业"), .number(2), .number(3)])
        #expect([sheet["B10"], sheet["C10"], sheet["D10"]] == [.text("覆盖率"), .number(0.5), .number(0.75)])
        #expect(
            [sheet["A11"], sheet["B11"], sheet["C11"], sheet["D11"]] == [
                .text("风险分级"), .text("红色"), .number(2), .number(2),
            ])
        #expect([sheet["B26"], sheet["C26"], sheet["D26"]] == [.text("报告逾期（超10日）"), .number(2), .number(2)])
        #expect(sheet.frozenTopLeft == "A4")
    }

    @Test("企业明细 and 报送情况: numbers, dates and labels")
    func enterprisesAndSubmissions() throws {
        let reader = try XLSXReader(url: url)
        let lines = try reader.sheet(named: "企业明细")
        #expect(lines["C3"] == .text("乙储运有限公司"))
        #expect(lines["F3"] == .number(Double(LocalDate(year: 2019, month: 7, day: 1)!.excelSerial)))
        #expect(lines["G3"] == .number(Double(LocalDate(year: 2019, month: 7, day: 5)!.excelSerial)))
        #expect([lines["H2"], lines["H3"]] == [.text("以前月份"), .text("本月")])
        #expect([lines["I3"], lines["J3"], lines["K3"]] == [.text("李组长"), .number(55), .text("红色")])
        #expect(lines["L4"] == .text("R2 在役化工装置未经正规设计且未进行安全设计诊断的"))
        #expect([lines["M3"], lines["N3"], lines["O3"]] == [.number(2), .number(1), .number(1)])
        #expect(lines["P3"] == .text("停产整改或关闭淘汰（停产整改）"))
        #expect(lines["Q3"] == .number(2))
        #expect(lines.frozenTopLeft == "D2")
        #expect(lines.autofilter == "A1:Q6")
        let submissions = try reader.sheet(named: "报送情况")
        #expect(
            [submissions["A4"], submissions["E4"], submissions["F4"]] == [.text("乌兰浩特市"), .text("逾期报送"), .text("是")])
        #expect(submissions["D4"] == .number(Double(LocalDate(year: 2019, month: 8, day: 3)!.excelSerial)))
        #expect([submissions["A5"], submissions["E5"], submissions["D5"]] == [.text("阿尔山市"), .text("逾期未报送"), nil])
        #expect(submissions["A7"] == .text("逾期旗县市：乌兰浩特市（逾期报送）、阿尔山市（逾期未报送）"))
    }

    @Test("grade fills, % formats, charts and print setup", .enabled(if: Openpyxl.isAvailable, Openpyxl.missing))
    func openpyxlView() throws {
        let inspection = try Openpyxl.inspect(url)
        let lines = try #require(inspection.sheet("企业明细"))
        // 甲 yellow, 乙 red, 丙 red, 庚 red, 己 blue.
        #expect((2...6).map { lines.fills["K\($0)"] } == ["FFFF00", "FF0000", "FF0000", "FF0000", "0070C0"])
        let summary = try #require(inspection.sheet("汇总"))
        #expect(summary.number_formats["I6"] == "0.0%")
        #expect(summary.number_formats["AL8"] == "0.0%")
        #expect(summary.formulas["G8"] == "=SUM(G6:G7)")
        #expect(summary.print_title_rows == "$3:$5")
        #expect(inspection.sheet("图表")?.charts == 2)
        #expect(inspection.sheet("报送情况")?.fills["A4"] == HazardLedgerWriter.overdueFill.hex)
        #expect(inspection.sheet("报送情况")?.fills["A6"] == nil)
        #expect(inspection.sheets.map(\.landscape) == Array(repeating: true, count: 6))
        #expect(inspection.sheets.map(\.freeze_panes) == ["B6", "A4", "A4", "D2", "A4", "A2"])
    }

    @Test("an empty campaign still writes: zero counts, blank rates, 合计 caching an empty text")
    func empty() throws {
        let database = AppDatabase.empty()
        try database.syncRegions(MonthlyCampaignBuilder.regions, actor: "测试员")
        let empty = try database.monthlyReport(
            for: MonthlyPeriod(year: 2019, month: 7)!, asOf: LocalDate(year: 2019, month: 7, day: 15)!)
        let url = try RepositoryPaths.temporaryDirectory().appendingPathComponent("空.xlsx")
        try MonthlyWorkbookWriter().write(empty, to: url)
        let sheet = try XLSXReader(url: url).sheet(named: "汇总")
        #expect(sheet["G6"] == .number(0))
        #expect(sheet["I6"] == nil)  // 0 of 0: a formatted blank
        #expect(sheet.cells["I6"]?.styleIndex != nil)
        #expect(sheet.cells["I8"]?.formula == "IF(F8=0,\"\",G8/F8)")
        #expect(sheet["I8"] == .text(""))
        #expect(sheet["F8"] == .number(0))
    }
}
