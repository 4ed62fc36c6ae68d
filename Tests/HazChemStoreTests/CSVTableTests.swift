import Foundation
import HazChemStore
import Testing

@Suite("CSVTable: RFC 4180 reading and writing")
struct CSVTableTests {
    @Test("BOM, CRLF, quoted commas, quotes and line breaks; blank rows skipped but counted")
    func quotedFields() throws {
        let text = "\u{FEFF}a,b,c\r\n1,\"x,y\",\"say \"\"hi\"\"\"\r\n\r\n,,\r\n2,\"two\nlines\",\r\n3,z,last"
        let table = try CSVTable.parse(Data(text.utf8), file: "t.csv")
        #expect(table.header == ["a", "b", "c"])
        #expect(table.rows == [["1", "x,y", "say \"hi\""], ["2", "two\nlines", ""], ["3", "z", "last"]])
        #expect(table.rowNumbers == [2, 5, 6])
    }

    @Test("LF-only and CR-only line ends")
    func lineEnds() throws {
        #expect(try CSVTable.parse(Data("a\n1\n2\n".utf8), file: "t.csv").rows == [["1"], ["2"]])
        #expect(try CSVTable.parse(Data("a\r1\r2".utf8), file: "t.csv").rows == [["1"], ["2"]])
    }

    @Test("an unterminated quote names the row it opened on")
    func unterminatedQuote() {
        let error = #expect(throws: StoreError.self) {
            try CSVTable.parse(Data("a,b\n1,2\n3,\"open\n4,5\n".utf8), file: "t.csv")
        }
        #expect(error?.description == "t.csv 第3行：引号未闭合：从此行开始的引号字段直到文件末尾都没有结束的双引号")
    }

    @Test("text after a closing quote is refused")
    func textAfterQuote() {
        let error = #expect(throws: StoreError.self) { try CSVTable.parse(Data("a\n\"x\"y\n".utf8), file: "t.csv") }
        #expect(error?.problems.first?.row == 2)
        #expect(error?.description.contains("引号字段结束后还有多余字符") == true)
    }

    @Test("GBK bytes are refused with advice to save as CSV UTF-8")
    func gbk() {
        // "企业" in GBK.
        let error = #expect(throws: StoreError.self) {
            try CSVTable.parse(Data([0xC6, 0xF3, 0xD2, 0xB5, 0x0A]), file: "gbk.csv")
        }
        #expect(error?.code == .invalidInput)
        #expect(error?.description.hasPrefix("gbk.csv：文件不是UTF-8编码") == true)
    }

    @Test("an empty file has no header")
    func empty() {
        let error = #expect(throws: StoreError.self) { try CSVTable.parse(Data(), file: "e.csv") }
        #expect(error?.description == "e.csv 第1行：缺少表头行（第1行应为列名）")
    }

    @Test("rendering quotes what needs it and reads back the same")
    func roundTrip() throws {
        let table = CSVTable(
            header: ["名称", "原因"], rows: [["a,b", "say \"x\""], ["line\nbreak", "plain"]], rowNumbers: [])
        let data = table.rendered()
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
        let back = try CSVTable.parse(data, file: "r.csv")
        #expect(back.header == table.header)
        #expect(back.rows == table.rows)
    }
}
