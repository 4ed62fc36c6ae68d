import Foundation
import HazChemReports
import HazChemTestSupport
import HazChemXLSX
import Testing

@Suite("XLSXReader")
struct XLSXReaderTests {
    @Test("prefixed namespaces, inline and rich inline strings, no shared strings, cells without r")
    func prefixedPackage() throws {
        let url = try RepositoryPaths.temporaryDirectory().appendingPathComponent("prefixed.xlsx")
        try ZipFixture.write(ZipFixture.prefixed, to: url)
        let reader = try XLSXReader(url: url)
        #expect(reader.sheets.map(\.name) == ["台账", "密"])
        #expect(reader.sheets.map(\.visibility) == [.visible, .veryHidden])
        #expect(reader.sheets.map(\.part) == ["xl/worksheets/a.xml", "xl/worksheets/b.xml"])
        #expect(reader.sharedStrings.isEmpty)
        let sheet = try reader.sheet(named: "台账")
        #expect(sheet["A1"] == .text("企业&名称"))
        #expect(sheet["B1"] == .text("重大 隐患"))
        #expect(sheet["A3"] == .number(1500))
        #expect(sheet["B3"] == .boolean(false))
        #expect(sheet["C3"] == .error("#DIV/0!"))
        #expect(sheet["D3"] == .text("1500件"))
        #expect(sheet.cells["D3"]?.formula == "A3&\"件\"")
        #expect(sheet.frozenTopLeft == "A2")
        #expect(sheet.autofilter == "A1:D3")
        #expect(sheet.mergedRanges == ["C1:D1"])
        #expect(try reader.sheet(named: "密")["B2"] == .number(7))
    }

    @Test("rich-text shared strings; a bad index names the cell")
    func richSharedStrings() throws {
        let url = try RepositoryPaths.temporaryDirectory().appendingPathComponent("rich.xlsx")
        try ZipFixture.write(ZipFixture.richShared, to: url)
        let reader = try XLSXReader(url: url)
        #expect(reader.sharedStrings == ["红色", "整改提升"])
        let error = try #require(throws: XLSXError.self) { try reader.sheet(named: "S") }
        #expect(error.file == url.path)
        #expect(error.sheet == "S")
        #expect(error.cell == "C1")
        #expect(error.problem == "共享字符串索引「9」不存在")
    }

    @Test("files that are not workbooks, and unknown sheets")
    func errors() throws {
        let folder = try RepositoryPaths.temporaryDirectory()
        let text = folder.appendingPathComponent("not.xlsx")
        try Data("企业名称,旗县市\n".utf8).write(to: text)
        let notZip = try #require(throws: XLSXError.self) { try XLSXReader(url: text) }
        #expect(notZip.description == "文件 \(text.path)：无法打开：不是有效的 xlsx（zip）文件")

        let url = try SampleWorkbook.write(in: folder)
        let unknown = try #require(throws: XLSXError.self) { try XLSXReader(url: url).sheet(named: "不存在") }
        #expect(unknown.description == "文件 \(url.path) 工作表「不存在」：工作簿中没有这个工作表")

        let broken = folder.appendingPathComponent("broken.xlsx")
        var parts = ZipFixture.prefixed
        parts[4].1 = "<worksheet><sheetData><row></sheetData>"
        try ZipFixture.write(parts, to: broken)
        let malformed = try #require(throws: XLSXError.self) { try XLSXReader(url: broken).sheet(named: "台账") }
        #expect(malformed.sheet == "台账")
        guard case .malformedXML(let part, _) = malformed.code else {
            Issue.record("expected malformedXML, got \(malformed.code)")
            return
        }
        #expect(part == "xl/worksheets/a.xml")
    }

    @Test("a workbook re-saved by openpyxl reads the same", .enabled(if: Openpyxl.isAvailable, Openpyxl.missing))
    func openpyxlResaved() throws {
        let folder = try RepositoryPaths.temporaryDirectory()
        let original = try SampleWorkbook.write(in: folder)
        let cm = folder.appendingPathComponent("inline.xlsx")
        try EnterpriseRegisterWriter().write(SyntheticRegisterRows(count: 20), to: cm)
        for source in [original, cm] {
            let resaved = folder.appendingPathComponent("resaved-" + source.lastPathComponent)
            try Openpyxl.resave(source, to: resaved)
            let before = try XLSXReader(url: source)
            let after = try XLSXReader(url: resaved)
            #expect(after.sheetNames == before.sheetNames)
            #expect(after.sheets.map(\.visibility) == before.sheets.map(\.visibility))
            for name in before.sheetNames {
                let old = try before.sheet(named: name)
                let new = try after.sheet(named: name)
                for (reference, cell) in old.cells where cell.formula == nil && cell.value != nil {
                    #expect(new[reference] == cell.value, "\(name)!\(reference)")
                }
                for (reference, cell) in old.cells where cell.formula != nil {
                    #expect(new.cells[reference]?.formula == cell.formula, "\(name)!\(reference)")
                }
                #expect(new.autofilter == old.autofilter)
                #expect(new.frozenTopLeft == old.frozenTopLeft)
                #expect(new.dataValidations.map(\.ranges) == old.dataValidations.map(\.ranges))
            }
        }
    }
}
