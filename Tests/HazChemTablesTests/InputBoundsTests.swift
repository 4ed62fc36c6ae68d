import Foundation
import HazChemTables
import HazChemTestSupport
import Testing

/// Every reader is bounded and says in Chinese what is wrong with the file and what to do.
@Suite("Input files: size, depth, encoding and parser errors")
struct InputBoundsTests {
    private func write(_ data: Data, _ name: String) throws -> URL {
        let url = try RepositoryPaths.temporaryDirectory().appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    @Test("YAML nested deeper than 64 levels is refused without a stack overflow")
    func deepYAML() {
        let text = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        let document = YAMLDocument(file: "deep.yaml", text: "a: " + text)
        #expect(document.root == nil)
        #expect(document.problems.map(\.description).first?.hasPrefix("deep.yaml") == true)
        #expect(document.problems.first?.message.contains("嵌套") == true, "\(document.problems)")
    }

    @Test("a billion-laughs YAML is refused at the node limit, quickly")
    func billionLaughs() {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...8 {
            let list = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(list)]")
        }
        let clock = ContinuousClock()
        var document: YAMLDocument?
        let elapsed = clock.measure {
            document = YAMLDocument(file: "laughs.yaml", text: lines.joined(separator: "\n"))
        }
        #expect(document?.root == nil)
        #expect(document?.problems.first?.message == "YAML内容超过 1000000 个节点的上限（含别名展开），已拒绝读取")
        #expect(elapsed < .seconds(10))
    }

    @Test(
        "libyaml's English problems are reported in Chinese with their line",
        arguments: [
            ("a: {b: 1\nc: 2\n", "缺少“,”或“}”"), ("a: b: c\n", "此处不允许出现“键: 值”"),
            ("a:\n\t- b\n", "出现不能作为开头的字符"),
        ])
    func parserErrors(text: String, words: String) {
        let document = YAMLDocument(file: "bad.yaml", text: text)
        let message = document.problems.first?.description ?? ""
        #expect(message.contains("bad.yaml 第"), "\(message)")
        #expect(message.contains("YAML格式错误：\(words)"), "\(message)")
        let explanation = message.components(separatedBy: "YAML格式错误：").last ?? ""
        #expect(explanation.range(of: "[A-Za-z]{4,}", options: .regularExpression) == nil, "\(message)")
    }

    @Test("a YAML file above 16 MB is refused naming the file and the limit")
    func largeYAML() throws {
        let url = try write(Data(repeating: 0x20, count: InputFile.yamlLimit + 10), "big.yaml")
        let document = YAMLDocument(contentsOf: url)
        #expect(document.problems.map(\.description) == ["big.yaml：文件大小为 16 MB，超过 16 MB 的上限：请拆分后分批处理"])
    }

    @Test("a CSV file above 64 MB is refused without reading it all")
    func largeCSV() throws {
        let url = try RepositoryPaths.temporaryDirectory().appendingPathComponent("huge.csv")
        FileManager.default.createFile(atPath: url.path, contents: Data("名称,地址\n".utf8))
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        let row = Data(String(repeating: "某某化工有限公司,某某路1号\n", count: 20_000).utf8)
        while try handle.offset() <= UInt64(InputFile.csvLimit) { handle.write(row) }
        try handle.close()
        #expect {
            _ = try CSVTable(contentsOf: url)
        } throws: { error in
            "\(error)".hasPrefix("huge.csv：文件大小为 6") && "\(error)".contains("超过 64 MB 的上限")
        }
    }

    @Test("UTF-16 is called UTF-16, GBK is called GBK, a missing file and a folder say so")
    func encodingsAndPaths() throws {
        let utf16 = try write(Data([0xFF, 0xFE]) + "名称,地址\n".data(using: .utf16LittleEndian)!, "u16.csv")
        #expect { _ = try CSVTable(contentsOf: utf16) } throws: { "\($0)".contains("文件为UTF-16编码") }
        let gbk = try write(Data([0xC3, 0xFB, 0xB3, 0xC6, 0x0A]), "gbk.csv")
        #expect { _ = try CSVTable(contentsOf: gbk) } throws: { "\($0)".contains("可能是GBK") }
        #expect {
            _ = try CSVTable(contentsOf: URL(fileURLWithPath: "/nonexistent/x.csv"))
        } throws: { "\($0)" == "x.csv：找不到文件 /nonexistent/x.csv：请检查路径和文件名，或先创建该文件" }
        let folder = try RepositoryPaths.temporaryDirectory()
        let document = YAMLDocument(contentsOf: folder)
        #expect(document.problems.first?.message.contains("是文件夹，不是文件") == true)
    }
}
