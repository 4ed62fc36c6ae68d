import Foundation
import HazChemCore
import HazChemTables
import Testing

@Suite("Criteria loader")
struct ChecklistCriteriaLoaderTests {
    static let valid = """
        kind: criteria
        id: demo-criteria
        title: 演示判定标准
        version: "2017"
        basis: 安监总管三〔2017〕121号
        status: official
        criteria:
          - number: 1
            text: 第一条
          - number: 2
            text: 第二条
          - number: 3
            text: 第三条

        """

    static func message(_ text: String) -> String? {
        do {
            _ = try CriteriaLoader.load(file: "c.yaml", text: text)
            return nil
        } catch {
            return error.description
        }
    }

    @Test("a valid list loads in number order")
    func loads() throws {
        let text =
            Self.valid.replacingOccurrences(of: "  - number: 1\n    text: 第一条\n", with: "")
            + "  - number: 1\n    text: 第一条\n"
        let criteria = try CriteriaLoader.load(file: "c.yaml", text: text)
        #expect(criteria.header.basis == "安监总管三〔2017〕121号")
        #expect(criteria.header.appliesTo.isEmpty)
        #expect(criteria.criteria.map(\.number) == [1, 2, 3])
        #expect(criteria.criterion(2)?.text == "第二条")
        #expect(criteria.numbers == [1, 2, 3])
    }

    @Test(
        "each error names file, line and field",
        arguments: [
            ("  - number: 2", "  - number: 1", 10, "criteria[1].number", "条款号 1 重复（首次出现在第8行）"),
            ("  - number: 3", "  - number: 4", 8, "criteria", "条款号应从1连续编号，缺少第 3 条"),
            ("  - number: 3", "  - number: 0", 12, "criteria[2].number", "条款号应为正整数"),
            ("    text: 第二条", "    txt: 第二条", 11, "criteria[1].txt", "未知字段"),
            ("    text: 第二条", "    text: \"\"", 11, "criteria[1].text", "应为非空文本"),
            ("kind: criteria", "kind: checklist", 1, "kind", "应为 criteria"),
            ("status: official", "status: final", 6, "status", "实际为“final”"),
        ] as [(String, String, Int, String, String)])
    func errors(replacing: String, with: String, line: Int, field: String, says: String) throws {
        let message = try #require(Self.message(Self.valid.replacingOccurrences(of: replacing, with: with)))
        #expect(message.contains("c.yaml 第\(line)行 字段 \(field)："), "\(message)")
        #expect(message.contains(says), "\(message)")
    }
}
