import Foundation
import HazChemCore
import HazChemReports
import HazChemTestSupport
import HazChemXLSX
import Testing

@Suite("Hazard rectification ledger (隐患整改台账)")
struct HazardLedgerWriterTests {
    static let asOf = LocalDate(year: 2019, month: 9, day: 1)!

    static let rows = [
        HazardLedgerRow(
            enterpriseName: "甲化工有限公司", county: "乌兰浩特市", item: "A01 主要负责人经考核合格",
            description: "主要负责人未取得安全合格证", level: .major, basis: "安监总管三〔2017〕121号 第1条",
            measure: "参加考核取得合格证", deadline: LocalDate(year: 2019, month: 8, day: 15), responsible: "王某",
            status: .open),
        HazardLedgerRow(
            enterpriseName: "甲化工有限公司", county: "乌兰浩特市", item: "C12 可燃气体报警",
            description: "罐区可燃气体检测报警器未定期检定", level: .general, deadline: LocalDate(year: 2019, month: 10, day: 1),
            responsible: "李某", status: .rectifying),
        HazardLedgerRow(
            enterpriseName: "乙储运有限公司", county: "突泉县", item: "E03 应急预案", description: "应急预案未备案",
            level: .general, deadline: LocalDate(year: 2019, month: 7, day: 1), responsible: "赵某", status: .verified,
            rectifiedOn: LocalDate(year: 2019, month: 6, day: 20),
            verifiedOn: LocalDate(year: 2019, month: 6, day: 28)),
        HazardLedgerRow(
            enterpriseName: "乙储运有限公司", county: "突泉县", item: "B05 动火作业", description: "动火作业票证不全",
            level: .general, deadline: LocalDate(year: 2019, month: 8, day: 31), responsible: "赵某",
            status: .rectifying),
    ]

    private func ledger() throws -> (URL, HazardLedgerWriter.Summary) {
        let url = try RepositoryPaths.temporaryDirectory().appendingPathComponent("隐患整改台账.xlsx")
        let summary = try HazardLedgerWriter(asOf: Self.asOf).write(Self.rows, to: url)
        return (url, summary)
    }

    @Test("overdue is judged on the reference day")
    func overdue() {
        #expect(Self.rows.map { $0.isOverdue(on: Self.asOf) } == [true, false, false, true])
        #expect(Self.rows[1].isOverdue(on: LocalDate(year: 2019, month: 10, day: 2)!))
    }

    @Test("values, dates, flags and the status dropdown read back")
    func readBack() throws {
        let (url, summary) = try ledger()
        #expect(summary == .init(rows: 4, overdue: 2))
        let sheet = try XLSXReader(url: url).sheet(named: "隐患整改台账")
        #expect((0..<15).map { sheet[row: 0, column: $0]?.text ?? "" } == HazardLedgerWriter.columns.map(\.header))
        #expect(sheet["B2"] == .text("甲化工有限公司"))
        #expect(sheet["F2"] == .text("重大隐患"))
        #expect(sheet["I2"] == .number(43_692))
        #expect(sheet["K2"] == .text("未整改"))
        #expect(sheet["N2"] == .text("是"))
        #expect(sheet["N3"] == .text("否"))
        #expect(sheet["K4"] == .text("已验收"))
        #expect(sheet["L4"] == .number(Double(LocalDate(year: 2019, month: 6, day: 20)!.excelSerial)))
        #expect(sheet["M4"] == .number(Double(LocalDate(year: 2019, month: 6, day: 28)!.excelSerial)))
        #expect(sheet["L2"] == nil)
        #expect(sheet.frozenTopLeft == "A2")
        #expect(sheet.autofilter == "A1:O5")
        #expect(sheet["O2"] == .text("无"))
        #expect(
            sheet.dataValidations == [
                XLSXDataValidation(type: "list", ranges: "K2:K5", formula1: "\"未整改,整改中,已整改,已验收\"")
            ])
    }

    @Test("major hazards and overdue rows are highlighted", .enabled(if: Openpyxl.isAvailable, Openpyxl.missing))
    func highlights() throws {
        let (url, _) = try ledger()
        let sheet = try #require(try Openpyxl.inspect(url).sheet("隐患整改台账"))
        let overdue = HazardLedgerWriter.overdueFill.hex
        #expect(sheet.fills["F2"] == HazardLedgerWriter.majorFill.hex)
        #expect(["A2", "B2", "E2", "I2", "N2"].map { sheet.fills[$0] } == Array(repeating: overdue, count: 5))
        #expect(["A5", "D5", "N5"].map { sheet.fills[$0] } == Array(repeating: overdue, count: 3))
        #expect(["A3", "F3", "A4", "N4"].map { sheet.fills[$0] } == [nil, nil, nil, nil])
        #expect(sheet.freeze_panes == "A2")
        #expect(sheet.auto_filter == "A1:O5")
        #expect(sheet.data_validations.map(\.sqref) == ["K2:K5"])
        #expect(sheet.print_title_rows == "$1:$1")
    }

    @Test("wrapped rows get the height of their lines, so printed rows do not overlap")
    func rowHeights() throws {
        #expect(HazardLedgerWriter.lineCount("短", width: 30) == 1)
        #expect(HazardLedgerWriter.lineCount(String(repeating: "隐患", count: 30), width: 31) == 4)
        #expect(HazardLedgerWriter.lineCount("一\n二\n三", width: 30) == 3)
    }

    @Test(
        "line counts from the UTF-8 bytes agree with the display width of each line",
        arguments: [
            "", "短", "abc def", "αβγ ΣΔ 2-byte Greek", "兴安盟示例化工有限公司第1号", "（蒙）WH安许证字〔2019〕1号",
            "𠀀𠀁 supplementary CJK and 😀 emoji", "一\n\n二三四五六七八九十一二三四五六七八九十", "ｆｕｌｌ－ｗｉｄｔｈ　空格\n",
        ])
    func lineCountAgrees(_ text: String) {
        for width in [4.0, 9, 20, 31] {
            let available = width - 1
            let expected = text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) {
                $0 + max(1, Int((HazardLedgerWriter.displayWidth($1) / available).rounded(.up)))
            }
            #expect(HazardLedgerWriter.lineCount(text, width: width) == expected, "\(text) \(width)")
        }
    }
}
