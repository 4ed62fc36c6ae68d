import Foundation
import HazChemCore
import HazChemReports
import HazChemTestSupport
import HazChemXLSX
import Testing

@Suite("Assessment report (评估报告)")
struct AssessmentReportWriterTests {
    /// The red (direct-red R2) report with a disposition and the GB 18218 breakdown.
    static func redReport() throws -> (URL, [String]) {
        let disposition = AssessmentReportData.Disposition(
            decision: DispositionDecision(
                .closeOrSuspend, notRectifiableReason: "工艺落后，不具备整改条件", action: .suspendAndRectify),
            reason: "存在重大隐患且未经正规设计", date: LocalDate(year: 2019, month: 7, day: 20), bureau: "乌兰浩特市应急管理局")
        let risk = RiskDescription(
            affectedArea: "厂区及周边500米", riskValue: "9（四级重大危险源）", controlAdequacy: "不充分")
        return try ReportFixtures.write(
            ReportFixtures.data(
                scoreSheet: ReportFixtures.scoreSheet(), riskControl: risk, majorHazards: ReportFixtures.majorHazards(),
                disposition: disposition))
    }

    @Test("sheet names: the cover first, the print view's order, 重大危险源 (only with a breakdown) after 评分表")
    func sheetNames() throws {
        let (url, sheets) = try Self.redReport()
        #expect(sheets == ["封面", "基本情况", "检查结果", "评分表", "重大危险源", "隐患清单", "风险管控", "处置"])
        #expect(try XLSXReader(url: url).sheetNames == sheets)
        let (_, without) = try ReportFixtures.write(ReportFixtures.data(scoreSheet: ReportFixtures.scoreSheet()))
        #expect(without == sheets.filter { $0 != "重大危险源" })
    }

    @Test("封面: the print view's cover facts from the same report data")
    func cover() throws {
        let (url, _) = try Self.redReport()
        let sheet = try XLSXReader(url: url).sheet(named: "封面")
        let texts = sheet.cells.values.compactMap(\.value?.text)
        #expect(texts.contains("危险化学品企业\n安全风险评估报告"))
        #expect(texts.contains { $0.hasPrefix("报告编号：152201-") && $0.contains("（第2版") }, "\(texts)")
        #expect(sheet.value(rightOf: "被评估企业") == .text("兴安盟测试化工有限公司"))
        #expect(sheet.value(rightOf: "统一社会信用代码") == .text("91350100M000100Y43"))
        #expect(sheet.value(rightOf: "组织单位")?.text?.hasSuffix("应急管理局") == true)
        #expect(sheet.value(rightOf: "专家组组长") == .text("张三"))
        #expect(sheet.value(rightOf: "现场评估日期")?.text?.contains(" 至 ") == true)
        #expect(sheet.value(rightOf: "报告提交日期") != nil)
        #expect(sheet.value(rightOf: "报告校验码") != nil)
        #expect(texts.contains { $0.hasSuffix("日") && $0.contains("年") && $0.contains("月") }, "\(texts)")
    }

    @Test("基本情况: enterprise, basis, conclusion, panel with signature boxes, dates and late flag, version")
    func basics() throws {
        let (url, _) = try Self.redReport()
        let reader = try XLSXReader(url: url)
        let sheet = try reader.sheet(named: "基本情况")
        #expect(sheet["A1"] == .text("危险化学品企业安全风险评估报告"))
        if case .text(let line) = sheet["A2"] {
            #expect(line.hasPrefix("兴安盟测试化工有限公司　报告编号 ") && line.hasSuffix("-0012　第2版"), "\(line)")
        } else {
            Issue.record("A2 应为企业名称、报告编号和版本")
        }
        #expect(sheet.value(rightOf: "统一社会信用代码") == .text("91350100M000100Y43"))
        #expect(sheet.value(rightOf: "所在旗县市") == .text("乌兰浩特市"))
        #expect(sheet.value(rightOf: "重大危险源") == .text("1处（四级）"))
        #expect(sheet.value(rightOf: "安全生产标准化等级") == .text("三级"))
        #expect(sheet.address(of: "3. 内应急字〔2019〕36号") != nil)
        #expect(sheet.value(rightOf: "评估得分") == .text("81.5 分"))
        #expect(sheet.value(rightOf: "风险等级") == .text("红色"))
        #expect(sheet.value(rightOf: "直接判定红色") == .text("R2 在役化工装置未经正规设计"))
        #expect(sheet.value(rightOf: "隐患") == .text("共 3 项，其中重大隐患 2 项"))
        let leader = try #require(sheet.address(of: "张三"))
        #expect(sheet[row: leader.row - 1, column: 6] == .text("签字"))
        #expect(sheet[row: leader.row, column: 2] == .text("组长"))
        #expect(sheet[row: leader.row + 4, column: 1] == .text("钱七"))
        #expect(sheet[row: leader.row + 4, column: 2] == .text("监管人员（安全监管）"))
        for offset in 0..<5 {
            let box = sheet.cells[CellAddress(row: leader.row + offset, column: 6).description]
            #expect(box != nil && box?.value == nil)
        }
        #expect(sheet.value(rightOf: "报告应提交日期") == .text("2019-07-13（现场评估结束后10日内）"))
        #expect(sheet.value(rightOf: "报告提交日期") == .text("2019-07-15"))
        #expect(sheet.value(rightOf: "是否逾期") == .text("是（超过规定的10日期限）"))
        #expect(sheet.value(rightOf: "报告版本") == .text("第2版（更正评估 11）"))
        #expect(sheet.value(rightOf: "分级表") == .text("测试分级表（mini，2018版，本地默认（依据国家法规标准编制））"))
        let styles = try reader.cellStyles()
        let grade = try #require(sheet.cell(rightOf: "风险等级")?.styleIndex)
        #expect(styles[grade].fill == "FF0000")
    }

    @Test("检查结果: non-conforming items by section with findings, counts per section with SUM formulas")
    func findings() throws {
        let (url, _) = try Self.redReport()
        let sheet = try XLSXReader(url: url).sheet(named: "检查结果")
        #expect(sheet["A3"] == .text("A 安全管理（安全管理）：不符合 2 项"))
        #expect(
            (0..<8).map { sheet[row: 3, column: $0] } == [
                .text("A01"), .text("主要负责人经考核合格"), .text("主要负责人安全合格证已过期"), .text("办公楼"),
                .text("《安全生产法》第二十七条"), .text("重大隐患"), .text("张三"), .text("第1条"),
            ])
        #expect(sheet["C5"] == .text("2名电工无证上岗"))
        #expect(sheet["G5"] == .text("张三、王五"))
        let total = try #require(sheet.address(of: "合计"))
        let counts = (3...7).map { sheet.cells[CellAddress(row: total.row, column: $0).description] }
        #expect(counts.map { $0?.value } == [.number(5), .number(1), .number(2), .number(1), .number(1)])
        #expect(counts[0]?.formula == "SUM(D\(total.row - 1):D\(total.row))")
        #expect(sheet[row: total.row - 1, column: 0] == .text("B"))
        #expect(sheet[row: total.row - 1, column: 7] == .number(1))
    }

    @Test("评分表: applied rules, capped subtotals, tier note, summary with caps, total formula, grades")
    func score() throws {
        let (url, _) = try Self.redReport()
        let reader = try XLSXReader(url: url)
        let sheet = try reader.sheet(named: "评分表")
        #expect(sheet["A3"] == .text("1.1 人员与应急 / 人员资质（扣分上限10分）"))
        #expect(
            (0..<6).map { sheet[row: 4, column: $0] } == [
                .text("1.1.2"), .text("特种作业人员无证上岗"), .text("每项扣2分（最多3项）"), .text("3"), .number(6), .number(0),
            ])
        let subtotal = try #require(sheet.cells["E6"])
        #expect(subtotal.formula == "MIN(SUM(E4:E5),10)")
        #expect(subtotal.value == .number(10))
        #expect(sheet["G6"] == .text("扣分合计11分，超过上限，按10分扣"))
        let superseded = try #require(sheet.address(of: "2.1.2"))
        #expect(sheet[row: superseded.row, column: 4] == .number(0))
        #expect(sheet[row: superseded.row, column: 6] == .text("同一档次只计最严重的一项：已按规则 2.1.1 计分，本项不计"))
        let noCap = try #require(sheet.address(of: "1.2"))
        #expect(sheet[row: noCap.row, column: 2] == .text("不设上限"))
        #expect(sheet.cells[CellAddress(row: noCap.row, column: 4).description]?.formula == "D\(noCap.row + 1)")
        let total = try #require(sheet.cell(rightOf: "总分（低于0分按0分计，不设100分上限）", offset: 4))
        #expect(total.value == .number(81.5))
        let totalRow = try #require(sheet.address(of: "总分（低于0分按0分计，不设100分上限）")).row + 1
        #expect(total.formula == "MAX(0,E\(totalRow - 3)-E\(totalRow - 2)+E\(totalRow - 1))")
        #expect(sheet.cell(rightOf: "加分合计", offset: 4)?.formula == "SUM(F18:F20)")
        #expect(sheet.value(rightOf: "扣分合计（各项目封顶后）", offset: 4) == .number(21.5))
        #expect(sheet.value(rightOf: "加分合计", offset: 4) == .number(3))
        #expect(sheet.value(rightOf: "按分数确定的等级", offset: 4) == .text("黄色"))
        #expect(sheet.value(rightOf: "直接判定为红色的情形", offset: 4) == .text("R2 在役化工装置未经正规设计"))
        #expect(sheet.value(rightOf: "风险等级", offset: 4) == .text("红色"))
        let styles = try reader.cellStyles()
        let fills = ["按分数确定的等级", "风险等级"].map { label in
            sheet.cell(rightOf: label, offset: 4)?.styleIndex.map { styles[$0].fill } ?? nil
        }
        #expect(fills == ["FFFF00", "FF0000"])
    }

    @Test("隐患清单: deadlines as dates, major hazards highlighted")
    func hazards() throws {
        let (url, _) = try Self.redReport()
        let reader = try XLSXReader(url: url)
        let sheet = try reader.sheet(named: "隐患清单")
        #expect(sheet["A1"] == .text("隐患清单（共 3 项，其中重大隐患 2 项）"))
        #expect(
            (0..<10).map { sheet[row: 1, column: $0]?.text } == [
                "序号", "检查项", "隐患描述", "隐患位置", "依据", "隐患级别", "整改措施", "整改期限", "责任人", "整改状态",
            ])
        #expect(sheet["C3"] == .text("主要负责人安全合格证已过期"))
        #expect(sheet["H3"] == .number(Double(LocalDate(year: 2019, month: 9, day: 30)!.excelSerial)))
        #expect(sheet["F5"] == .text("一般隐患"))
        #expect(sheet["B5"] == .text("—"))
        #expect(sheet["J5"] == .text("已整改"))
        let styles = try reader.cellStyles()
        func fill(_ cell: String) -> String? { sheet.cells[cell]?.styleIndex.flatMap { styles[$0].fill } }
        #expect([fill("F3"), fill("F4"), fill("F5")] == ["C00000", "C00000", nil])
        #expect([fill("C3"), fill("H3"), fill("C5")] == ["FFC7CE", "FFC7CE", nil])
        #expect(sheet.cells["H3"]?.styleIndex.map { styles[$0].numberFormat } == "yyyy-mm-dd")
    }

    @Test("风险管控 and 处置 for a red enterprise: fields, missing field flagged, decision")
    func redRiskAndDisposition() throws {
        let (url, _) = try Self.redReport()
        let reader = try XLSXReader(url: url)
        let risk = try reader.sheet(named: "风险管控")
        #expect(risk.value(rightOf: "风险失控后可能影响的区域") == .text("厂区及周边500米"))
        #expect(risk.value(rightOf: "风险值") == .text("9（四级重大危险源）"))
        #expect(risk.value(rightOf: "降低风险的措施") == .text("（未填写：红色、橙色企业必须填写）"))
        let disposition = try reader.sheet(named: "处置")
        #expect(disposition["B5"] == .text("整改提升"))
        #expect(disposition["B6"] == .text("停产整改或关闭淘汰"))
        #expect(disposition.value(rightOf: "决定处置类别") == .text("停产整改或关闭淘汰"))
        #expect(disposition.value(rightOf: "处置措施") == .text("停产整改"))
        #expect(disposition.value(rightOf: "不具备整改条件的认定") == .text("工艺落后，不具备整改条件"))
        #expect(disposition.value(rightOf: "决定机关") == .text("乌兰浩特市应急管理局"))
        #expect(disposition.address(of: "注意") == nil)
    }

    @Test("a yellow enterprise: risk control not required, no decision yet")
    func yellow() throws {
        let (url, _) = try ReportFixtures.write(
            ReportFixtures.data(scoreSheet: ReportFixtures.scoreSheet(directRed: []), isLate: false))
        let reader = try XLSXReader(url: url)
        let risk = try reader.sheet(named: "风险管控")
        #expect(risk["B3"] == .text("黄色"))
        #expect(risk["A5"]?.text?.hasPrefix("本企业风险等级为黄色。") == true)
        #expect(risk.address(of: "风险值") == nil)
        let disposition = try reader.sheet(named: "处置")
        #expect(disposition["B5"] == .text("整改提升"))
        #expect(disposition["B6"] == nil)
        #expect(disposition.address(of: "尚未作出处置决定") != nil)
        #expect(try reader.sheet(named: "基本情况").value(rightOf: "是否逾期") == .text("否"))
    }

    @Test("重大危险源: q, Q, β, q/Q, β·q/Q per chemical; S, α, R, level per unit")
    func majorHazards() throws {
        let (url, _) = try Self.redReport()
        let sheet = try XLSXReader(url: url).sheet(named: "重大危险源")
        #expect(sheet["A3"] == .text("U1 液氨罐区"))
        #expect(
            (2...8).map { sheet[row: 2, column: $0] } == [
                .number(30), .number(10), sheet["E3"], .number(2), .text("表3"), .number(3), .number(6),
            ])
        #expect(sheet.cells["H4"]?.formula == "SUM(H3:H3)")
        #expect((9...12).map { sheet[row: 3, column: $0] } == [.number(3), .number(1.5), .number(9), .text("四级重大危险源")])
        #expect(sheet["A5"] == .text("U2 汽油库"))
        #expect(sheet["H5"] == .number(0.1))
        #expect(sheet["M6"] == .text("不构成重大危险源"))
        #expect(sheet["A8"] == .text("共 2 个单元，构成重大危险源 1 个；最高等级为四级，对应分级表规则 1.1.4。"))
    }

    @Test(
        "printable: A4, landscape where wide, fitted to width, repeated headers, header and footer, widths",
        .enabled(if: Openpyxl.isAvailable, Openpyxl.missing))
    func printable() throws {
        let (url, sheets) = try Self.redReport()
        let inspection = try Openpyxl.inspect(url)
        #expect(inspection.sheets.map(\.name) == sheets)
        for name in sheets {
            let sheet = try #require(inspection.sheet(name))
            #expect(sheet.paper_size == 9, "\(name)")
            #expect(sheet.fit_to_width == true, "\(name)")
            // The cover has neither running head nor page number.
            #expect(sheet.header == (name == "封面" ? "" : "兴安盟测试化工有限公司"), "\(name)")
            #expect(sheet.footer == (name == "封面" ? "" : "第 &P 页 共 &N 页"), "\(name)")
            #expect(sheet.landscape == ["检查结果", "评分表", "隐患清单", "重大危险源"].contains(name), "\(name)")
            #expect(sheet.margins_mm == ["left": 18, "right": 12, "top": 20, "bottom": 18], "\(name)")
            // Every text in a CJK font, body text at least 10.5 pt (五号).
            #expect(sheet.font_names == ["宋体"], "\(name)")
            #expect(!sheet.columnRangesOverlap, "\(name) \(sheet.column_ranges ?? [])")
            #expect((sheet.min_font_size ?? 0) >= 10.5, "\(name)")
        }
        // Wrapped rows are as tall as their lines: the basis documents and the opinion take two lines or more.
        let heights = try #require(inspection.sheet("基本情况")?.row_heights)
        #expect(heights.values.contains { $0 >= 33 }, "\(heights)")
        #expect(inspection.sheet("评分表")?.print_title_rows == "$1:$2")
        #expect(inspection.sheet("基本情况")?.print_title_rows == nil)
        let widths = try #require(inspection.sheet("检查结果")?.column_widths)
        #expect(widths["A"].map { $0 >= 6 && $0 <= 11 } == true)
        #expect(widths["B"].map { $0 >= 24 && $0 <= 45 } == true)
        #expect(inspection.sheet("评分表")?.fills.values.contains("FF0000") == true)
    }
}
