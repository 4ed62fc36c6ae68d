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
        let database = AppDatabase.empty(now: { Date(timeIntervalSince1970: 1_564_963_200) })  // 2019-08-05 UTC
        try MonthlySampleCampaign.build(into: database)
        report = try database.monthlyReport(
            for: MonthlySampleCampaign.month, asOf: MonthlySampleCampaign.asOf)
        url = try RepositoryPaths.temporaryDirectory().appendingPathComponent("月报.xlsx")
        try MonthlyWorkbookWriter(generatedOn: Self.generatedOn).write(report, to: url)
    }

    /// The summary sheets, one per printed part.
    static let summarySheets = ["进度汇总", "分级汇总", "处置汇总", "隐患汇总", "人员汇总"]
    /// 填报日期 of the signature blocks.
    static let generatedOn = LocalDate(year: 2019, month: 8, day: 6)!

    /// Asserts that every count column of a summary's 合计 (row 8) is `=SUM(X6:X7)` caching the two county cells.
    static func expectSums(_ sheet: XLSXSheet, columns: [String]) {
        for column in columns {
            #expect(sheet.cells["\(column)8"]?.formula == "SUM(\(column)6:\(column)7)", "\(sheet.name) \(column)8")
            let parts = [sheet["\(column)6"]?.number, sheet["\(column)7"]?.number].compactMap { $0 }
            #expect(parts.count == 2 && sheet["\(column)8"] == .number(parts.reduce(0, +)), "\(sheet.name) \(column)8")
        }
    }

    @Test("progress summary: county rows, scope by kind, and a 合计 row of SUM formulas caching the totals")
    func summary() throws {
        let reader = try XLSXReader(url: url)
        #expect(reader.sheetNames == Self.summarySheets + ["乌兰浩特市", "阿尔山市", "企业明细", "报送情况", "图表"])
        let sheet = try reader.sheet(named: "进度汇总")
        #expect(sheet["A1"] == .text("兴安盟危险化学品企业安全评估情况表（2019年7月）"))
        #expect(sheet["A2"]?.text?.hasPrefix("一、评估进度　统计期：2019-07-01 至 2019-07-31") == true)
        #expect(sheet["A6"] == .text("乌兰浩特市"))
        #expect(sheet["A7"] == .text("阿尔山市"))
        #expect(sheet["A8"] == .text("合计"))
        #expect(sheet["G4"] == .text("已评估企业"))
        #expect((sheet["G5"], sheet["H5"]) == (.text("本月"), .text("累计")))
        #expect(sheet["K3"] == .text("数据状态"))
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
        Self.expectSums(sheet, columns: ["B", "C", "D", "E", "F", "G", "H"])
        #expect([sheet["G8"], sheet["H8"]] == [.number(3), .number(5)])
        // Coverage of 合计 is a formula over the summed parts: 3/8 and 5/8.
        #expect(sheet.cells["I8"]?.formula == "IF(F8=0,\"\",G8/F8)")
        #expect(sheet.cells["J8"]?.formula == "IF(F8=0,\"\",H8/F8)")
        #expect([sheet["I8"], sheet["J8"]] == [.number(0.375), .number(0.625)])
        #expect(sheet.frozenTopLeft == "B6")
        #expect(sheet.mergedRanges.contains("A3:A5"))
        #expect(sheet.mergedRanges.contains("A1:K1"))  // the title across the part's columns
        // The signature block two rows under 合计, split over the two halves of the columns.
        #expect(sheet["A10"] == .text("填报单位：兴安盟应急管理局"))
        #expect(sheet["F10"] == .text("填报日期：2019-08-06"))
        #expect(sheet["A11"]?.text?.hasPrefix("填报人：___") == true)
        #expect(sheet["F11"]?.text?.hasPrefix("审核人：___") == true)
    }

    @Test("the other summaries: the figures of their groups, 合计 by SUM, rates by formula, a signature block")
    func summaryParts() throws {
        let reader = try XLSXReader(url: url)
        // Hand-counted totals (see MonthlyReportTests), month then cumulative: red 2/3, direct red 1/1;
        // hazards general 2/4, major 2/3, rectified 1/2, overdue 2/3; reports 2/3; experts 13/21, regulators 4/6.
        let grades = try reader.sheet(named: "分级汇总")
        #expect([grades["B4"], grades["D4"], grades["J4"]] == ["红色", "其中直接判红", "蓝色"].map { .text($0) })
        #expect(grades.mergedRanges.contains("B3:K3"))  // 风险分级: five figures × 本月/累计
        Self.expectSums(grades, columns: ["B", "C", "D", "E", "F", "G", "H", "I", "J", "K"])
        #expect([grades["B8"], grades["C8"], grades["D8"], grades["E8"]] == [2, 3, 1, 1].map { .number($0) })
        let dispositions = try reader.sheet(named: "处置汇总")
        #expect(dispositions["B4"] == .text("停产整改或关闭淘汰"))
        Self.expectSums(dispositions, columns: ["B", "C", "D", "E", "F", "G", "H", "I", "J", "K"])
        let hazards = try reader.sheet(named: "隐患汇总")
        #expect([hazards["B3"], hazards["L3"], hazards["L4"]] == ["隐患排查治理", "评估报告", "报告逾期（超10日）"].map { .text($0) })
        Self.expectSums(hazards, columns: ["B", "C", "D", "E", "F", "G", "J", "K", "L", "M"])
        let hazardTotals: [String: Double] = [
            "B8": 2, "C8": 4, "D8": 2, "E8": 3, "F8": 1, "G8": 2, "J8": 2, "K8": 3, "L8": 2, "M8": 3,
        ]
        for (cell, value) in hazardTotals { #expect(hazards[cell] == .number(value), "\(cell)") }
        // Rectification rates of 合计: 1/4 and 2/7.
        #expect(hazards.cells["H8"]?.formula == "IF((B8+D8)=0,\"\",F8/(B8+D8))")
        #expect(hazards.cells["I8"]?.formula == "IF((C8+E8)=0,\"\",G8/(C8+E8))")
        #expect([hazards["H8"], hazards["I8"]] == [.number(0.25), .number(2.0 / 7.0)])
        let people = try reader.sheet(named: "人员汇总")
        Self.expectSums(people, columns: ["B", "C", "D", "E", "F", "G", "H", "I"])
        #expect([people["B8"], people["C8"], people["D8"], people["E8"]] == [13, 21, 4, 6].map { .number($0) })
        for name in Self.summarySheets {
            let sheet = try reader.sheet(named: name)
            #expect(sheet["A1"] == .text("兴安盟危险化学品企业安全评估情况表（2019年7月）"), "\(name)")
            #expect(sheet["A10"] == .text("填报单位：兴安盟应急管理局"), "\(name)")
        }
    }

    @Test(
        "whole-number chart ticks: a step of 1, 2, 5, 10 … giving at most ten ticks",
        arguments: [
            ([0], 1), ([3, 10], 1), ([11], 2), ([20], 2), ([21], 5), ([50], 5), ([51, 7], 10), ([160], 20),
        ])
    func majorUnit(counts: [Int], unit: Int) {
        #expect(MonthlyWorkbookWriter.majorUnit(forCounts: counts) == unit)
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
        // The campaign's submission states 08-03 and was entered by the database clock (2019-08-05): 补录.
        let recorded = RecordedTime(Date(timeIntervalSince1970: 1_564_963_200))
        #expect(submissions["G4"] == .text("补录，系统记录 \(recorded)"))
        #expect(submissions["G3"] == .text("备注"))
        #expect(submissions["A7"] == .text("逾期旗县市：乌兰浩特市（逾期报送）、阿尔山市（逾期未报送）"))
    }

    @Test("grade fills, % formats, charts and print setup", .enabled(if: Openpyxl.isAvailable, Openpyxl.missing))
    func openpyxlView() throws {
        let inspection = try Openpyxl.inspect(url)
        let lines = try #require(inspection.sheet("企业明细"))
        // 甲 yellow, 乙 red, 丙 red, 庚 red, 己 blue.
        #expect((2...6).map { lines.fills["K\($0)"] } == ["FFFF00", "FF0000", "FF0000", "FF0000", "0070C0"])
        let summary = try #require(inspection.sheet("进度汇总"))
        #expect(summary.number_formats["I6"] == "0.0%")
        #expect(inspection.sheet("隐患汇总")?.number_formats["I8"] == "0.0%")
        #expect(summary.formulas["G8"] == "=SUM(G6:G7)")
        #expect(inspection.sheet("图表")?.charts == 2)
        #expect(inspection.sheet("报送情况")?.fills["A4"] == HazardLedgerWriter.overdueFill.hex)
        #expect(inspection.sheet("报送情况")?.fills["A6"] == nil)
        #expect(
            inspection.sheets.map(\.freeze_panes) == ["B6", "B6", "B6", "B6", "B6", "A4", "A4", "D2", "A4", "A2"])
    }

    @Test(
        "every sheet prints on A4 fitted to the width, at most 16 columns, header rows repeated",
        .enabled(if: Openpyxl.isAvailable, Openpyxl.missing))
    func printSetup() throws {
        let inspection = try Openpyxl.inspect(url)
        #expect(inspection.sheets.count == 10)
        for sheet in inspection.sheets {
            #expect(sheet.paper_size == 9, "\(sheet.name)")
            #expect(sheet.fit_to_width == true, "\(sheet.name)")
            // 企业明细 keeps its 17 columns (one enterprise a row); every other sheet at most 16.
            #expect((sheet.max_column ?? 99) <= (sheet.name == "企业明细" ? 17 : 16), "\(sheet.name)")
            #expect(sheet.font_names == ["宋体"], "\(sheet.name)")
            #expect(!sheet.columnRangesOverlap, "\(sheet.name) \(sheet.column_ranges ?? [])")
            #expect((sheet.min_font_size ?? 0) >= 10.5, "\(sheet.name)")
        }
        // 企业明细 on A4 landscape: its columns together at most 180 characters wide (printed at about four
        // fifths), long names wrap and their rows are heightened.
        let lines = try #require(inspection.sheet("企业明细"))
        let total = (lines.column_widths ?? [:]).values.reduce(0, +)
        #expect(lines.landscape)
        #expect(total > 100 && total <= 180, "\(total)")
        #expect((lines.column_widths?["C"] ?? 99) <= 20)
        #expect((lines.row_heights ?? [:]).values.contains { $0 >= 33 }, "\(lines.row_heights ?? [:])")
        // 数据状态 (已报送（锁定数据）…) prints whole: its column is wider than its longest label.
        let progress = try #require(inspection.sheet("进度汇总"))
        let statuses = progress.cells.compactMap { reference, value -> (String, String)? in
            guard case .text(let text) = value, text.hasSuffix("数据）") else { return nil }
            return (String(reference.prefix { $0.isLetter }), text)
        }
        #expect(!statuses.isEmpty)
        for (column, text) in statuses {
            let needed = Double(text.count * 2) + 1
            #expect((progress.column_widths?[column] ?? 0) >= needed, "\(column) \(text)")
        }
        let portrait: Set<String> = ["乌兰浩特市", "阿尔山市", "报送情况"]
        #expect(inspection.sheets.map(\.landscape) == inspection.sheets.map { !portrait.contains($0.name) })
        #expect(
            inspection.sheets.map(\.print_title_rows) == Array(repeating: "$3:$5", count: 5) + [
                "$3:$3", "$3:$3", "$1:$1", "$3:$3", "$1:$1",
            ])
        // The signature block on every sheet but the charts' (which has it below the charts, at row 41).
        for sheet in inspection.sheets {
            let texts = sheet.cells.values.compactMap { value -> String? in
                if case .text(let text) = value { return text } else { return nil }
            }
            for label in ["填报单位：兴安盟应急管理局", "填报日期：2019-08-06"] {
                #expect(texts.contains(label), "\(sheet.name) \(label)")
            }
            for label in ["填报人：", "审核人："] {
                #expect(texts.contains { $0.hasPrefix(label) }, "\(sheet.name) \(label)")
            }
        }
    }

    @Test(
        "the grades chart: 企业数 on the value axis, whole-number ticks from 0; no title on the county axis",
        .enabled(if: Openpyxl.isAvailable, Openpyxl.missing))
    func chartAxes() throws {
        let charts = try #require(try Openpyxl.inspect(url).charts)
        #expect(charts.map(\.kind) == ["barChart", "pieChart"])
        let value = try #require(charts[0].value_axis)
        #expect(value.title == "企业数（家）")
        #expect(value.min == 0)
        #expect(value.major_unit == 1)  // at most three enterprises graded per county
        #expect(value.number_format == "0")
        #expect(charts[0].category_axis?.title == "")
    }

    @Test("an empty campaign still writes: zero counts, blank rates, 合计 caching an empty text")
    func empty() throws {
        let database = AppDatabase.empty()
        try database.syncRegions(MonthlyCampaignBuilder.regions, actor: "测试员")
        let empty = try database.monthlyReport(
            for: MonthlyPeriod(year: 2019, month: 7)!, asOf: LocalDate(year: 2019, month: 7, day: 15)!)
        let url = try RepositoryPaths.temporaryDirectory().appendingPathComponent("空.xlsx")
        try MonthlyWorkbookWriter().write(empty, to: url)
        let sheet = try XLSXReader(url: url).sheet(named: "进度汇总")
        #expect(sheet["G6"] == .number(0))
        #expect(sheet["I6"] == nil)  // 0 of 0: a formatted blank
        #expect(sheet.cells["I6"]?.styleIndex != nil)
        #expect(sheet.cells["I8"]?.formula == "IF(F8=0,\"\",G8/F8)")
        #expect(sheet["I8"] == .text(""))
        #expect(sheet["F8"] == .number(0))
    }
}
