import Foundation
import HazChemCore
import HazChemTables
import Testing

@Suite("Checklist loader")
struct ChecklistLoaderTests {
    /// A valid checklist; tests replace one line to make each error.
    static let valid = """
        kind: checklist
        id: demo-checklist
        title: 演示检查表
        version: "1"
        basis: 测试
        status: local-default
        applies_to: [production, storage]
        grading_table: production-storage
        criteria: major-hazard-criteria-121
        sections:
          - id: "A"
            title: 安全管理机构与人员
            specialty: safetyManagement
            items:
              - id: "A01"
                requirement: 主要负责人考核合格
                basis: 《安全生产法》第二十七条
                major_criterion: 1
                grading: ["6.1.1"]
              - id: "A02"
                requirement: 特种作业人员持证上岗
                basis: 《安全生产法》第三十条
                direct_red: R3
          - id: "B"
            title: 电气
            specialty: 电气仪表
            items:
              - id: "B01"
                requirement: 双重电源供电
                basis: GB 50052-2009
                grading: ["4.1.3"]

        """

    static let criteria = MajorHazardCriteria(
        header: TableHeader(
            id: "major-hazard-criteria-121", title: "判定标准", version: "2017", basis: "安监总管三〔2017〕121号",
            status: .official),
        criteria: (1...20).map { .init(number: $0, text: "第\($0)条") })

    static let links = ChecklistLoader.LinkTargets(
        gradingTableId: "production-storage", ruleIds: ["6.1.1", "4.1.3"], directRedIds: ["R1", "R2", "R3", "R4"],
        criteria: criteria)

    /// `valid` with `old` replaced by `new`.
    static func text(replacing old: String, with new: String) -> String {
        precondition(valid.contains(old), "fixture lacks \(old)")
        return valid.replacingOccurrences(of: old, with: new)
    }

    /// The error message for loading `text` as `demo.yaml`, or nil when it loads.
    static func message(_ text: String, links: ChecklistLoader.LinkTargets? = nil) -> String? {
        do {
            _ = try ChecklistLoader.load(file: "demo.yaml", text: text, links: links)
            return nil
        } catch {
            return error.description
        }
    }

    @Test("a valid checklist loads with its sections, items and links")
    func loads() throws {
        let checklist = try ChecklistLoader.load(file: "demo.yaml", text: Self.valid, links: Self.links)
        #expect(checklist.header.id == "demo-checklist")
        #expect(checklist.header.status == .localDefault)
        #expect(checklist.header.appliesTo == [.production, .storage])
        #expect(checklist.gradingTableId == "production-storage")
        #expect(checklist.criteriaId == "major-hazard-criteria-121")
        #expect(checklist.sections.map(\.specialty) == [.safetyManagement, .electricalInstrumentation])
        #expect(checklist.items.map(\.id) == ["A01", "A02", "B01"])
        #expect(checklist.item(id: "A01")?.majorCriterion == 1)
        #expect(checklist.item(id: "A01")?.gradingRuleIds == ["6.1.1"])
        #expect(checklist.item(id: "A02")?.directRedId == "R3")
        #expect(checklist.section(containing: "B01")?.title == "电气")
    }

    @Test(
        "each error names file, line and field",
        arguments: [
            // duplicate section id
            (
                replacing: "  - id: \"B\"", with: "  - id: \"A\"", line: 24, field: "sections[1].id",
                says: "分区编号 A 重复（首次出现在第11行）"
            ),
            // duplicate item id
            ("      - id: \"A02\"", "      - id: \"A01\"", 20, "sections[0].items[1].id", "检查项编号 A01 重复（首次出现在第15行）"),
            // unknown specialty
            ("specialty: 电气仪表", "specialty: 土建", 26, "sections[1].specialty", "未知专业 土建"),
            // unknown key
            (
                "        basis: GB 50052-2009", "        basis: GB 50052-2009\n        remark: x", 31,
                "sections[1].items[0].remark", "未知字段"
            ),
            // empty section
            (
                "    items:\n      - id: \"B01\"\n        requirement: 双重电源供电\n        basis: GB 50052-2009\n        grading: [\"4.1.3\"]",
                "    items: []", 27, "sections[1].items", "分区 B 没有检查项"
            ),
            // missing requirement
            ("        requirement: 双重电源供电\n", "", 28, "sections[1].items[0].requirement", "缺少必填字段"),
            // wrong kind
            ("kind: checklist", "kind: grading", 1, "kind", "应为 checklist"),
            // bad status
            ("status: local-default", "status: draft", 6, "status", "实际为“draft”"),
            // unknown enterprise kind
            (
                "applies_to: [production, storage]", "applies_to: [production, mining]", 7, "applies_to[1]",
                "未知企业类型“mining”"
            ),
            // bad id
            ("id: demo-checklist", "id: Demo_Checklist", 2, "id", "只能使用小写字母、数字和连字符"),
            // major criterion not an integer
            ("major_criterion: 1", "major_criterion: 一", 18, "sections[0].items[0].major_criterion", "应为整数"),
            // major criterion without a criteria declaration
            (
                "criteria: major-hazard-criteria-121\n", "", 17, "sections[0].items[0].major_criterion",
                "须用 criteria 字段声明判定标准"
            ),
        ] as [(replacing: String, with: String, line: Int, field: String, says: String)])
    func errors(replacing: String, with: String, line: Int, field: String, says: String) throws {
        let message = try #require(Self.message(Self.text(replacing: replacing, with: with)))
        #expect(message.contains("demo.yaml 第\(line)行 字段 \(field)："), "\(message)")
        #expect(message.contains(says), "\(message)")
    }

    @Test(
        "cross-link errors name file, line and field",
        arguments: [
            (
                "major_criterion: 1", "major_criterion: 21", 18, "sections[0].items[0].major_criterion",
                "判定标准 major-hazard-criteria-121 中没有第 21 条（应为 1–20）"
            ),
            (
                "grading: [\"4.1.3\"]", "grading: [\"4.1.3\", \"4.1.9\"]", 31, "sections[1].items[0].grading[1]",
                "评分规则 4.1.9 不在评分表中"
            ),
            (
                "direct_red: R3", "direct_red: R9", 23, "sections[0].items[1].direct_red",
                "直接判定红色条件 R9 不在评分表中（应为 R1、R2、R3、R4）"
            ),
            (
                "grading_table: production-storage", "grading_table: trading", 8, "grading_table",
                "检查表关联评分表 trading，但校验所用评分表为 production-storage"
            ),
            (
                "criteria: major-hazard-criteria-121", "criteria: other-criteria", 9, "criteria",
                "检查表关联判定标准 other-criteria"
            ),
            (
                "grading: [\"6.1.1\"]", "grading: [\"6.1.1\", \"6.1.1\"]", 19, "sections[0].items[0].grading[1]",
                "评分规则 6.1.1 重复关联"
            ),
        ] as [(String, String, Int, String, String)])
    func linkErrors(replacing: String, with: String, line: Int, field: String, says: String) throws {
        let text = Self.text(replacing: replacing, with: with)
        let message = try #require(Self.message(text, links: Self.links))
        #expect(message.contains("demo.yaml 第\(line)行 字段 \(field)："), "\(message)")
        #expect(message.contains(says), "\(message)")
        #expect(throws: TableError.self) {
            try ChecklistLoader.validateLinks(file: "demo.yaml", text: text, links: Self.links)
        }
    }

    @Test("links are not checked without targets")
    func noTargets() throws {
        let text = Self.text(replacing: "grading: [\"4.1.3\"]", with: "grading: [\"4.1.9\"]")
        let checklist = try ChecklistLoader.load(file: "demo.yaml", text: text)
        #expect(checklist.item(id: "B01")?.gradingRuleIds == ["4.1.9"])
    }

    @Test("an empty sections list is an error")
    func emptySections() throws {
        let text = String(Self.valid.prefix(upTo: Self.valid.range(of: "sections:")!.lowerBound)) + "sections: []\n"
        let message = try #require(Self.message(text))
        #expect(message == "demo.yaml 第10行 字段 sections：检查表至少需要一个分区")
    }

    @Test("all problems are reported together, in line order")
    func collectsAll() throws {
        let text = Self.text(replacing: "specialty: 电气仪表", with: "specialty: 土建")
            .replacingOccurrences(of: "      - id: \"A02\"", with: "      - id: \"A01\"")
            .replacingOccurrences(of: "title: 演示检查表\n", with: "")
        let message = try #require(Self.message(text, links: Self.links))
        let lines = message.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(message)")
        #expect(lines.first?.hasPrefix("demo.yaml 第1行 字段 title：缺少必填字段") == true, "\(message)")
        #expect(lines.contains { $0.contains("检查项编号 A01 重复") })
        #expect(lines.contains { $0.contains("未知专业 土建") })
    }

    @Test("invalid YAML reports its line")
    func syntaxError() throws {
        let message = try #require(Self.message("kind: checklist\nid: [unclosed\n"))
        #expect(message.hasPrefix("demo.yaml 第"))
        #expect(message.contains("YAML格式错误"))
    }
}
