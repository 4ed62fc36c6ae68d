import Foundation
import HazChemCore
import HazChemReports
import HazChemTestSupport
import HazChemXLSX
import Testing

@Suite("Enterprise register (企业台账)")
struct EnterpriseRegisterWriterTests {
    /// 200 synthetic enterprises written to a fresh folder.
    private func register() throws -> URL {
        let folder = try RepositoryPaths.temporaryDirectory()
        let url = folder.appendingPathComponent("企业台账.xlsx")
        let count = try EnterpriseRegisterWriter(temporaryDirectory: folder).write(
            SyntheticRegisterRows(count: 200), to: url)
        #expect(count == 200)
        return url
    }

    @Test("header, values, dates as serials, frozen header and autofilter")
    func readBack() throws {
        let reader = try XLSXReader(url: register())
        #expect(reader.sheetNames == ["企业台账"])
        let sheet = try reader.sheet(named: "企业台账")
        #expect(sheet.rowCount == 201)
        let headers = (0..<23).map { sheet[row: 0, column: $0]?.text ?? "" }
        #expect(headers == EnterpriseRegisterWriter.columns.map(\.header))
        #expect(headers.count == 23)
        #expect(headers.suffix(3) == ["下次评估到期日", "逾期未评估", "涉及自身反应性化学品装置"])
        // Row 1 (A2…T2) is synthetic enterprise 1.
        #expect(sheet["A2"] == .number(1))
        #expect(sheet["B2"] == .text("911522000000000001"))
        #expect(sheet["C2"] == .text("兴安盟示例化工有限公司第1号"))
        #expect(sheet["D2"] == .text("阿尔山市"))
        #expect(sheet["E2"] == .text("储存"))
        #expect(sheet["I2"] == .text("（蒙）WH安许证字〔2019〕1号"))
        #expect(sheet["J2"] == .number(Double(LocalDate(year: 2022, month: 1, day: 2)!.excelSerial)))
        #expect(sheet["J2"] == .number(44_563))
        #expect(sheet["K2"] == .text("否"))
        #expect(sheet["L2"] == .text("一级"))
        #expect(sheet["P2"] == .number(43_467))
        #expect(sheet["Q2"] == .number(50.7))
        #expect(sheet["R2"] == .text("红色"))
        #expect(sheet["S2"] == .text("整改提升"))
        #expect(sheet["T2"] == .number(0))
        // Assessed 2019-01-02, cycle 3 years: due 2022-01-02, before 2022-07-01 → overdue; not self-reactive.
        #expect(sheet["U2"] == .number(Double(LocalDate(year: 2022, month: 1, day: 2)!.excelSerial)))
        #expect(sheet["V2"] == .text("逾期未评估"))
        #expect(sheet["W2"] == .text("否"))
        // Enterprise 199 (停产): assessed 2019-07-19, due 2022-07-19 → not yet overdue.
        #expect(sheet["U200"] == .number(Double(LocalDate(year: 2022, month: 7, day: 19)!.excelSerial)))
        #expect(sheet["V200"] == nil)
        // Enterprise 2 is closed: no further assessment; enterprise 10 has self-reactive units.
        #expect(sheet["U3"] == .text("不需评估（已关闭）"))
        #expect(sheet["V3"] == nil)
        #expect(sheet["W11"] == .text("是"))
        // Enterprise 100: score 50 + (700 mod 500)/10 = 70.0 → orange; 100 mod 5 == 0 → no major hazard.
        #expect(sheet["Q101"] == .number(70))
        #expect(sheet["R101"] == .text("橙色"))
        #expect(sheet["L101"] == .text("无"))
        #expect(sheet.frozenTopLeft == "A2")
        #expect(sheet.autofilter == "A1:W201")
    }

    @Test("grade cells are filled with the grade colour", .enabled(if: Openpyxl.isAvailable, Openpyxl.missing))
    func gradeFills() throws {
        let inspection = try Openpyxl.inspect(register())
        let sheet = try #require(inspection.sheet("企业台账"))
        #expect(sheet.freeze_panes == "A2")
        #expect(sheet.auto_filter == "A1:W201")
        #expect(sheet.landscape)
        var seen: Set<Grade> = []
        for row in 2...201 {
            guard case .text(let label) = sheet.cells["R\(row)"], let grade = Grade(label: label) else {
                Issue.record("R\(row) has no grade label")
                continue
            }
            seen.insert(grade)
            #expect(sheet.fills["R\(row)"] == grade.rgbHex, "R\(row) \(label)")
        }
        #expect(seen == Set(Grade.allCases))
        #expect(sheet.fills["Q2"] == nil)
        #expect(sheet.number_formats["Q2"] == "0.0")
        #expect(sheet.number_formats["J2"] == "yyyy-mm-dd")
        #expect(sheet.cells["J2"] == .text("2022-01-02T00:00:00"))
    }

    @Test(
        "prints on A4 landscape fitted to the width, header repeated, rows as tall as their wrapped names",
        .enabled(if: Openpyxl.isAvailable, Openpyxl.missing))
    func printSetup() throws {
        let inspection = try Openpyxl.inspect(register())
        let sheet = try #require(inspection.sheet("企业台账"))
        #expect(sheet.paper_size == 9)
        #expect(sheet.landscape)
        #expect(sheet.fit_to_width == true)
        #expect(sheet.print_title_rows == "$1:$1")
        #expect(sheet.footer == "第 &P 页 共 &N 页")
        #expect(sheet.font_names == ["宋体"])
        #expect((sheet.min_font_size ?? 0) >= 10.5)
        // Enterprise 1's licence number （蒙）WH安许证字〔2019〕1号 needs three lines in its 14-character column (its
        // name two in the 20-character one): the row is three lines tall.
        let heights = sheet.row_heights ?? [:]
        #expect(heights["1"] == 48)
        #expect(heights["2"] == 48, "\(heights)")
        #expect((sheet.column_widths ?? [:]).values.reduce(0, +) <= 260)
    }

    @Test("an unassessed enterprise and an empty register")
    func edges() throws {
        let folder = try RepositoryPaths.temporaryDirectory()
        let url = folder.appendingPathComponent("r.xlsx")
        let row = RegisterRow(creditCode: "91152201MA0N000000", name: "未评估企业", county: "突泉县", kind: .production)
        try EnterpriseRegisterWriter().write([row], to: url)
        let sheet = try XLSXReader(url: url).sheet(named: "企业台账")
        #expect(sheet["R2"] == .text("未评估"))
        #expect(sheet["Q2"] == nil)
        #expect(sheet["N2"] == .text("未达标"))
        #expect(sheet["S2"] == nil)
        #expect(sheet["U2"] == .text("未评估，应即评估"))
        #expect(sheet["V2"] == nil)

        let empty = folder.appendingPathComponent("empty.xlsx")
        #expect(try EnterpriseRegisterWriter().write([], to: empty) == 0)
        let emptySheet = try XLSXReader(url: empty).sheet(named: "企业台账")
        #expect(emptySheet.rowCount == 1)
        #expect(emptySheet.autofilter == "A1:W2")
    }
}
