import Foundation
import HazChemTables
import Testing

@Suite("CSVTable: RFC 4180 reader shared by importers")
struct CSVTableTests {
    @Test("quoted commas, doubled quotes and line breaks; rows keep their starting line")
    func quoting() throws {
        let text = "a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"two\nlines\",z\r\n\r\n3,,\n"
        let table = try CSVTable(text: text, file: "q.csv")
        #expect(table.header == ["a", "b", "c"])
        #expect(table.rows.map(\.line) == [2, 3, 6])
        #expect(table.rows[0].fields == ["1", "x, y", "say \"hi\""])
        #expect(table.rows[1].fields == ["2", "two\nlines", "z"])
        #expect(table.rows[2].fields == ["3", "", ""])
    }

    @Test("a byte-order mark is dropped and headers match after normalisation")
    func bomAndHeaders() throws {
        let table = try CSVTable(data: Data([0xEF, 0xBB, 0xBF]) + Data("密度（t/m³）, CAS号 \nx,y".utf8), file: "b.csv")
        #expect(table.header == ["密度（t/m³）", "CAS号"])
        #expect(table.column("密度(t/m3)") == 0)
        #expect(table.column("cas号") == 1)
        #expect(table.column("名称") == nil)
        #expect(table.value(table.rows[0], 1) == "y")
        #expect(table.value(table.rows[0], nil) == "")
    }

    @Test("every structural problem at once with its line")
    func problems() throws {
        let text = "a,b,a\n1,\"x\"y,3\n1,2,3,4\n\"open,2,3\n"
        let error = try #require(throws: TableError.self) { try CSVTable(text: text, file: "p.csv") }
        #expect(
            error.problems.map(\.description) == [
                "p.csv 第2行：第2个值的右引号后应紧跟逗号或换行",
                "p.csv 第4行：引号没有闭合（从本行开始的带引号的值缺少右引号）",
                "p.csv 第1行 字段 a：表头第1列与第3列重复",
                "p.csv 第3行：本行有4个值，多于表头的3列（含逗号的值应加英文双引号）",
            ])
    }

    @Test("GBK bytes are refused with advice to save as UTF-8")
    func notUTF8() throws {
        let gbk = Data([0xB5, 0xA5, 0xD4, 0xAA, 0x0A])  // 单元 in GBK
        let error = try #require(throws: TableError.self) { try CSVTable(data: gbk, file: "g.csv") }
        #expect(error.description.contains("文件不是UTF-8编码"))
    }

    @Test("an empty file has no header")
    func empty() throws {
        let error = try #require(throws: TableError.self) { try CSVTable(text: "\n\n", file: "e.csv") }
        #expect(error.description == "e.csv：文件没有表头行")
    }

    @Test("BOM, CRLF, quoted commas, quotes and line breaks; blank rows skipped but counted")
    func quotedFields() throws {
        let text = "\u{FEFF}a,b,c\r\n1,\"x,y\",\"say \"\"hi\"\"\"\r\n\r\n,,\r\n2,\"two\nlines\",\r\n3,z,last"
        let table = try CSVTable(data: Data(text.utf8), file: "t.csv")
        #expect(table.header == ["a", "b", "c"])
        #expect(
            table.rows.map(\.fields) == [["1", "x,y", "say \"hi\""], ["2", "two\nlines", ""], ["3", "z", "last"]])
        #expect(table.rows.map(\.record) == [2, 5, 6])
        #expect(table.rows.map(\.line) == [2, 5, 7])
    }

    @Test("LF-only and CR-only line ends")
    func lineEnds() throws {
        #expect(try CSVTable(text: "a\n1\n2\n", file: "t.csv").rows.map(\.fields) == [["1"], ["2"]])
        #expect(try CSVTable(text: "a\r1\r2", file: "t.csv").rows.map(\.fields) == [["1"], ["2"]])
        #expect(try CSVTable(text: "a\r\"x\ry\"\r2", file: "t.csv").rows.map(\.line) == [2, 4])
    }

    @Test("without the shape check, repeated headers and surplus values are the caller's")
    func unchecked() throws {
        let table = try CSVTable.parse(Data("a,a\n1,2,3\n".utf8), file: "u.csv", checkingShape: false)
        #expect(table.rows.map(\.fields) == [["1", "2", "3"]])
        let error = try #require(throws: CSVTable.ReadError.self) {
            try CSVTable.parse(Data("a\n\"x\"y,\"open\n".utf8), file: "u.csv", checkingShape: false)
        }
        #expect(error.issues == [.textAfterQuote(line: 2, record: 2, value: 1), .unclosedQuote(line: 2, record: 2)])
    }

    @Test("rendering quotes what needs it and reads back the same")
    func roundTrip() throws {
        let table = CSVTable(
            file: "r.csv", header: ["名称", "原因"], rows: [["a,b", "say \"x\""], ["line\nbreak", "plain"]])
        let data = table.rendered()
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
        let back = try CSVTable(data: data, file: "r.csv")
        #expect(back.header == table.header)
        #expect(back.rows.map(\.fields) == table.rows.map(\.fields))
    }
}
