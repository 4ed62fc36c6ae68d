import Foundation
import HazChemStore
import HazChemTables
import Testing

@Suite("CSVTable for imports: problems on the spreadsheet row, worded for the store")
struct CSVTableTests {
    @Test("an unterminated quote names the row it opened on")
    func unterminatedQuote() {
        let error = #expect(throws: StoreError.self) {
            try CSVTable.importing(Data("a,b\n1,2\n3,\"open\n4,5\n".utf8), file: "t.csv")
        }
        #expect(error?.description == "t.csv 第3行：引号未闭合：从此行开始的引号字段直到文件末尾都没有结束的双引号")
    }

    @Test("a write that fails says why in Chinese with the path")
    func writeFailure() throws {
        let table = try CSVTable.importing(Data("a,b\n1,2\n".utf8), file: "t.csv")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hazchem-csv-\(UUID().uuidString)")
        let missing = folder.appendingPathComponent("no-such-folder/out.csv")
        let error = #expect(throws: StoreError.self) { try table.write(to: missing) }
        let text = error?.description ?? ""
        #expect(text.contains("无法写入文件 \(missing.path)：目录 \(missing.deletingLastPathComponent().path) 不存在"), "\(text)")
        #expect(!text.contains("The operation") && !text.contains("couldn"), "\(text)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let onFolder = #expect(throws: StoreError.self) { try table.write(to: folder) }
        #expect(onFolder?.description.contains("这是一个文件夹") == true, "\(onFolder?.description ?? "")")
    }

    @Test("text after a closing quote is refused")
    func textAfterQuote() {
        let error = #expect(throws: StoreError.self) { try CSVTable.importing(Data("a\n\"x\"y\n".utf8), file: "t.csv") }
        #expect(error?.problems.first?.row == 2)
        #expect(error?.description.contains("引号字段结束后还有多余字符") == true)
    }

    @Test("GBK bytes are refused with advice to save as CSV UTF-8")
    func gbk() {
        // "企业" in GBK.
        let error = #expect(throws: StoreError.self) {
            try CSVTable.importing(Data([0xC6, 0xF3, 0xD2, 0xB5, 0x0A]), file: "gbk.csv")
        }
        #expect(error?.code == .invalidInput)
        #expect(error?.description.hasPrefix("gbk.csv：文件不是UTF-8编码") == true)
    }

    @Test("an empty file has no header")
    func empty() {
        let error = #expect(throws: StoreError.self) { try CSVTable.importing(Data(), file: "e.csv") }
        #expect(error?.description == "e.csv 第1行：缺少表头行（第1行应为列名）")
    }
}
