import Foundation
import HazChemCore
import HazChemReports
import HazChemTestSupport
import HazChemXLSX
import Testing

@Suite("Workbook and Worksheet API")
struct WorkbookTests {
    @Test("the sample workbook reads back with XLSXReader")
    func readBack() throws {
        let url = try SampleWorkbook.write(in: RepositoryPaths.temporaryDirectory())
        let reader = try XLSXReader(url: url)
        #expect(reader.sheetNames == ["汇总", "录入", "参数"])
        #expect(reader.sheets.map(\.visibility) == [.visible, .visible, .hidden])

        let summary = try reader.sheet(named: "汇总")
        #expect(summary["A1"] == .text("兴安盟危险化学品企业风险等级汇总"))
        #expect(summary.mergedRanges == ["A1:F1"])
        #expect(summary["A5"] == .text("科尔沁右翼前旗"))
        #expect(summary["E5"] == .number(11))
        #expect(summary.cells["F3"]?.formula == "SUM(B3:E3)")
        #expect(summary["F3"] == .number(17))
        #expect(summary.cells["F6"]?.formula == "SUM(F3:F5)")
        #expect(summary["F6"] == .number(44))
        #expect(summary.cells["A7"]?.formula == "IF(F6>0,\"有数据\",\"无数据\")")
        #expect(summary["A7"] == .text("有数据"))

        let input = try reader.sheet(named: "录入")
        #expect(input["A2"] == .text("科尔沁右翼中旗某化工厂（测试）"))
        #expect(input["B2"] == .number(3.25))
        #expect(input["B3"] == .number(42))
        #expect(input["C2"] == nil)
        #expect(input.cells["C2"]?.styleIndex != nil)
        #expect(input["D2"] == .number(87.5))
        #expect(input["E2"] == .number(43_647))
        #expect(input["F2"] == .number(43_647.4375))
        #expect(input["G2"] == .boolean(true))
        #expect(input["H2"] == .text("应急管理部"))
        #expect(input.frozenTopLeft == "A2")
        #expect(input.autofilter == "A1:H3")
        #expect(input.isProtected)
        #expect(input.dataValidations.map(\.type) == ["list", "decimal", "date"])
        #expect(input.dataValidations[0].ranges == "C2:C20")
        #expect(input.dataValidations[0].formula1 == "\"红色,橙色,黄色,蓝色\"")
        #expect(input.dataValidations[2].formula1 == "43466")
        #expect(try reader.sheet(named: "参数")["A1"] == .text("隐藏的参数表"))
    }

    @Test("the sample workbook as openpyxl sees it", .enabled(if: Openpyxl.isAvailable, Openpyxl.missing))
    func openpyxlView() throws {
        let url = try SampleWorkbook.write(in: RepositoryPaths.temporaryDirectory())
        let inspection = try Openpyxl.inspect(url)
        #expect(inspection.sheets.map(\.state) == ["visible", "visible", "hidden"])
        let summary = try #require(inspection.sheet("汇总"))
        #expect(summary.charts == 2)
        #expect(summary.merged == ["A1:F1"])
        #expect(summary.formulas["F3"] == "=SUM(B3:E3)")
        #expect(summary.fills["A2"] == "D9D9D9")
        let input = try #require(inspection.sheet("录入"))
        #expect(input.freeze_panes == "A2")
        #expect(input.auto_filter == "A1:H3")
        #expect(input.protected)
        #expect(input.data_validations.first == .init(type: "list", sqref: "C2:C20", formula1: "\"红色,橙色,黄色,蓝色\""))
        #expect(input.cells["E2"] == .text("2019-07-01T00:00:00"))
        #expect(input.cells["F2"] == .text("2019-07-01T10:30:00"))
        #expect(input.number_formats["E2"] == "yyyy-mm-dd")
        #expect(input.cells["G2"] == .boolean(true))
        #expect(input.landscape)
        #expect(input.paper_size == 9)
        #expect(input.print_title_rows == "$1:$1")
    }

    @Test("equal formats share one library format")
    func formatCache() throws {
        let folder = try RepositoryPaths.temporaryDirectory()
        let workbook = try Workbook(url: folder.appendingPathComponent("f.xlsx"))
        let a = try workbook.format(Format(bold: true, fill: RGBColor(hex: "FF0000")))
        let b = try workbook.format(Format(fill: RGBColor(0xFF0000)).with { $0.bold = true })
        #expect(try workbook.format(Format(bold: true)) != a)
        #expect(a == b)
        #expect(workbook.formatCount == 2)
        try workbook.close()
        #expect(workbook.isClosed)
    }

    @Test("a workbook that is never closed writes nothing")
    func neverClosed() throws {
        let url = try RepositoryPaths.temporaryDirectory().appendingPathComponent("never.xlsx")
        do {
            let workbook = try Workbook(url: url, options: .init(constantMemory: true))
            try workbook.addWorksheet(named: "草稿").write("未保存", row: 0, column: 0)
        }
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }

    @Test("constant memory writes inline strings in row order")
    func constantMemory() throws {
        let folder = try RepositoryPaths.temporaryDirectory()
        let url = folder.appendingPathComponent("cm.xlsx")
        let workbook = try Workbook(url: url, options: .init(constantMemory: true, temporaryDirectory: folder))
        let sheet = try workbook.addWorksheet(named: "数据")
        for row in 0..<50 {
            try sheet.write("第\(row)行", row: row, column: 0)
            try sheet.write(row, row: row, column: 1)
        }
        #expect(sheet.currentRow == 49)
        try workbook.close()
        let read = try XLSXReader(url: url)
        #expect(read.sharedStrings.isEmpty)
        let cells = try read.sheet(named: "数据")
        #expect(cells["A50"] == .text("第49行"))
        #expect(cells["B50"] == .number(49))
        #expect(cells.rowCount == 50)
    }
}
