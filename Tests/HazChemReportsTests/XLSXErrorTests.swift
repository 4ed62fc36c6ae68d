import Foundation
import HazChemCore
import HazChemReports
import HazChemTestSupport
import HazChemXLSX
import Testing

@Suite("Writer errors name the sheet and cell")
struct ReportErrorTests {
    /// An open workbook with one sheet named 企业台账 in a fresh folder.
    private func sheet(constantMemory: Bool = false) throws -> (Workbook, Worksheet) {
        let url = try RepositoryPaths.temporaryDirectory().appendingPathComponent("e.xlsx")
        let workbook = try Workbook(url: url, options: .init(constantMemory: constantMemory))
        return (workbook, try workbook.addWorksheet(named: "企业台账"))
    }

    @Test("a row beyond Excel's limit")
    func rowBeyondLimit() throws {
        let (_, sheet) = try sheet()
        let error = try #require(throws: XLSXError.self) { try sheet.write("x", row: 1_048_576, column: 0) }
        #expect(error.code == .cellOutOfRange)
        #expect(error.sheet == "企业台账")
        #expect(error.cell == "A1048577")
        #expect(error.description.hasSuffix("工作表「企业台账」 单元格 A1048577：单元格超出 Excel 范围（最多 1048576 行、16384 列）"))
        let column = try #require(throws: XLSXError.self) { try sheet.write(1.0, row: 0, column: 16_384) }
        #expect(column.cell == "XFE1")
    }

    @Test("library errors carry lxw_strerror and a Chinese explanation")
    func libraryError() throws {
        let (_, sheet) = try sheet()
        let long = String(repeating: "危", count: 32_768)
        let error = try #require(throws: XLSXError.self) { try sheet.write(long, row: 4, column: 2) }
        #expect(error.cell == "C5")
        guard case .library(_, let message) = error.code else {
            Issue.record("expected a library error, got \(error.code)")
            return
        }
        #expect(message == "String exceeds Excel's limit of 32,767 characters.")
        #expect(error.problem.hasPrefix("单元格文字超过 32767 个字符的限制（libxlsxwriter："))
    }

    @Test("sheet names are checked before adding")
    func sheetNames() throws {
        let (workbook, _) = try sheet()
        let duplicate = try #require(throws: XLSXError.self) { try workbook.addWorksheet(named: "企业台账") }
        #expect(duplicate.sheet == "企业台账")
        #expect(duplicate.problem.hasPrefix("工作表名称重复"))
        let invalid = try #require(throws: XLSXError.self) { try workbook.addWorksheet(named: "汇总[1]") }
        #expect(invalid.problem.hasPrefix("工作表名称含有不允许的字符"))
    }

    @Test("constant memory refuses to go back a row")
    func rowOrder() throws {
        let (_, sheet) = try sheet(constantMemory: true)
        try sheet.write("第三行", row: 2, column: 0)
        try sheet.write("同一行", row: 2, column: 5)
        let error = try #require(throws: XLSXError.self) { try sheet.write("第二行", row: 1, column: 0) }
        #expect(error.code == .rowOutOfOrder(lastWrittenRow: 2))
        #expect(error.cell == "A2")
        #expect(error.problem == "常量内存模式下必须按行顺序写入，第 3 行已写出，不能再回到前面的行")
        let merge = try #require(throws: XLSXError.self) {
            try sheet.merge(CellRange("A1:C1")!, text: "标题")
        }
        #expect(merge.cell == "A1:C1")
    }

    @Test("invalid values and dates")
    func invalidValues() throws {
        let (_, sheet) = try sheet()
        let nan = try #require(throws: XLSXError.self) { try sheet.write(Double.nan, row: 0, column: 0) }
        #expect(nan.problem == "数值必须是有限数")
        let day = try #require(throws: XLSXError.self) {
            try sheet.write(Date(timeIntervalSince1970: -2_300_000_000), row: 1, column: 1)
        }
        #expect(day.cell == "B2")
        #expect(day.problem == "日期 1897-02-11 15:06:40 +0000 无效（须在 1900–9999 年间）")
        let list = try #require(throws: XLSXError.self) {
            try sheet.addListValidation((1...60).map { "选项\($0)" }, to: CellRange("A2:A9")!)
        }
        #expect(list.cell == "A2:A9")
        #expect(list.problem == "下拉列表各项连同逗号共 290 个字符，超过 Excel 255 个字符的限制")
    }

    @Test("nothing can be written after close; an unwritable path fails on close")
    func closed() throws {
        let (workbook, sheet) = try sheet()
        try workbook.close()
        let error = try #require(throws: XLSXError.self) { try sheet.write("x", row: 0, column: 0) }
        #expect(error.code == .workbookClosed)
        #expect(throws: XLSXError.self) { try workbook.close() }

        let missing = URL(fileURLWithPath: "/nonexistent-hazchem-folder/台账.xlsx")
        let unwritable = try Workbook(url: missing)
        _ = try unwritable.addWorksheet(named: "Sheet1")
        let failure = try #require(throws: XLSXError.self) { try unwritable.close() }
        #expect(failure.file == missing.path)
        #expect(failure.problem.hasPrefix("无法创建 xlsx 文件"))
    }
}
