import Foundation
import HazChemCore
import HazChemTables
import Testing

/// The grading table loader: the shipped tables, and every kind of invalid table text named by file, line and field.
@Suite("Grading table loader")
struct GradingTableLoaderTests {
    /// A small valid table; each case below edits it.
    static let base = """
        kind: grading
        id: mini
        title: 测试分级表
        version: "1"
        basis: 测试
        status: local-default
        applies_to: [production]
        start: 100
        categories:
          - id: "1"
            name: 类别一
            projects:
              - id: "1.1"
                name: 项目一
                cap: 10
                rules:
                  - id: "1.1.1"
                    text: 规则一
                    effect: deduction
                    value: 10
                    per: fixed
                    tier: level
                  - id: "1.1.2"
                    text: 规则二
                    effect: deduction
                    value: 5
                    per: fixed
                    tier: level
                  - id: "1.1.3"
                    text: 规则三
                    effect: deduction
                    value: 0.5
                    per: item
                    max_count: 9
                  - id: "1.1.4"
                    text: 加分一
                    effect: bonus
                    value: 2
                    per: fixed
                    exclusive: std
                  - id: "1.1.5"
                    text: 加分二
                    effect: bonus
                    value: 1
                    per: fixed
                    exclusive: std
                    conflicts_with: ["1.1.1"]
          - id: "2"
            name: 类别二
            projects:
              - id: "2.1"
                name: 项目二
                rules:
                  - id: "2.1.1"
                    text: 规则四
                    effect: bonus
                    value: 3
                    per: fixed
        direct_red:
          - id: R1
            text: 直接红色
        bands:
          - { grade: blue, min: 90 }
          - { grade: yellow, min: 75 }
          - { grade: orange, min: 60 }
          - { grade: red, min: 0 }

        """

    /// A case: edits of the base text, then the field, a text marking the expected line, and a message fragment.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var edits: [(String, String)]
        var field: String
        var lineMarker: String
        var message: String
        /// Lines from the marker's line to the expected line; nil to check only that a line is given.
        var lineOffset: Int? = 0
        var testDescription: String { name }
    }

    static let rule2 = "categories[0].projects[0].rules[1]"

    static let cases: [Case] = [
        Case(
            name: "duplicate rule id", edits: [("- id: \"1.1.2\"", "- id: \"1.1.1\" # dup")], field: "\(rule2).id",
            lineMarker: "# dup", message: "规则编号“1.1.1”重复"),
        Case(
            name: "duplicate project id", edits: [("- id: \"2.1\"", "- id: \"1.1\" # dup")],
            field: "categories[1].projects[0].id", lineMarker: "# dup", message: "项目编号“1.1”重复"),
        Case(
            name: "duplicate category id", edits: [("- id: \"2\"", "- id: \"1\" # dup")], field: "categories[1].id",
            lineMarker: "# dup", message: "类别编号“1”重复"),
        Case(
            name: "zero cap", edits: [("cap: 10", "cap: 0")], field: "categories[0].projects[0].cap",
            lineMarker: "cap: 0", message: "分值上限应为正数"),
        Case(
            name: "negative value", edits: [("value: 5", "value: -5")], field: "\(rule2).value",
            lineMarker: "value: -5", message: "分值应为正数"),
        Case(
            name: "two decimals", edits: [("value: 0.5", "value: 0.25")],
            field: "categories[0].projects[0].rules[2].value", lineMarker: "value: 0.25", message: "应为数字（最多一位小数）"),
        Case(
            name: "max_count on a fixed rule",
            edits: [("value: 0.5\n            per: item", "value: 0.5\n            per: fixed")],
            field: "categories[0].projects[0].rules[2].max_count", lineMarker: "max_count: 9", message: "不能设置 max_count"
        ),
        Case(
            name: "max_count not a number", edits: [("max_count: 9", "max_count: three")],
            field: "categories[0].projects[0].rules[2].max_count", lineMarker: "max_count: three", message: "应为整数"),
        Case(
            name: "unknown effect",
            edits: [("effect: bonus\n            value: 2", "effect: plus\n            value: 2")],
            field: "categories[0].projects[0].rules[3].effect", lineMarker: "effect: plus",
            message: "应为 deduction 或 bonus"),
        Case(
            name: "unknown per", edits: [("per: item", "per: each")], field: "categories[0].projects[0].rules[2].per",
            lineMarker: "per: each", message: "应为 fixed 或 item"),
        Case(
            name: "missing text", edits: [("text: 规则三", "txt: 规则三")], field: "categories[0].projects[0].rules[2].text",
            lineMarker: "- id: \"1.1.3\"", message: "缺少必填字段"),
        Case(
            name: "misspelt field", edits: [("text: 规则三", "txt: 规则三")], field: "categories[0].projects[0].rules[2].txt",
            lineMarker: "txt: 规则三", message: "未知字段"),
        Case(
            name: "tier with a per-item rule",
            edits: [("value: 5\n            per: fixed", "value: 5\n            per: item")], field: "\(rule2).tier",
            lineMarker: "per: item\n", message: "只能包含是/否项", lineOffset: 1),
        Case(
            name: "tier mixing deduction and bonus",
            edits: [("effect: deduction\n            value: 5", "effect: bonus\n            value: 5")],
            field: "\(rule2).tier", lineMarker: "effect: bonus\n            value: 5", message: "混合了扣分和加分",
            lineOffset: 3),
        Case(
            name: "exclusive group of one",
            edits: [("exclusive: std\n            conflicts_with", "exclusive: stf\n            conflicts_with")],
            field: "categories[0].projects[0].rules[3].exclusive", lineMarker: "exclusive: std",
            message: "只有规则 1.1.4 一条"),
        Case(
            name: "conflict with an unknown rule",
            edits: [("conflicts_with: [\"1.1.1\"]", "conflicts_with: [\"1.1.9\"]")],
            field: "categories[0].projects[0].rules[4].conflicts_with[0]", lineMarker: "conflicts_with",
            message: "不存在的规则“1.1.9”"),
        Case(
            name: "bands overlap", edits: [("{ grade: orange, min: 60 }", "{ grade: orange, min: 75 }")],
            field: "bands[2].min", lineMarker: "grade: orange", message: "分级区间重叠"),
        Case(
            name: "bands leave a gap at 0", edits: [("{ grade: red, min: 0 }", "{ grade: red, min: 10 }")],
            field: "bands[3].min", lineMarker: "grade: red", message: "未覆盖0分"),
        Case(
            name: "bands in the wrong order",
            edits: [
                ("{ grade: blue, min: 90 }", "{ grade: orange, min: 90 }"),
                ("{ grade: orange, min: 60 }", "{ grade: blue, min: 60 }"),
            ], field: "bands[0].grade", lineMarker: "min: 90", message: "分级区间顺序错误"),
        Case(
            name: "unknown grade", edits: [("grade: orange", "grade: purple")], field: "bands[2].grade",
            lineMarker: "grade: purple", message: "应为 red、orange、yellow 或 blue"),
        Case(
            name: "duplicate direct red",
            edits: [("    text: 直接红色\n", "    text: 直接红色\n  - id: R1 # dup\n    text: 又一条\n")],
            field: "direct_red[1].id", lineMarker: "# dup", message: "“R1”重复"),
        Case(
            name: "start not a number", edits: [("start: 100", "start: 一百")], field: "start", lineMarker: "start:",
            message: "应为数字"),
        Case(
            name: "zero start", edits: [("start: 100", "start: 0")], field: "start", lineMarker: "start:",
            message: "起始分应为正数"),
        Case(
            name: "missing bands", edits: [("bands:", "grades:")], field: "bands", lineMarker: "kind:",
            message: "缺少必填字段"),
        Case(
            name: "wrong kind", edits: [("kind: grading", "kind: checklist")], field: "kind", lineMarker: "kind:",
            message: "应为 grading"),
        Case(
            name: "bad status", edits: [("status: local-default", "status: draft")], field: "status",
            lineMarker: "status:", message: "应为 official 或 local-default"),
        Case(
            name: "bad enterprise kind", edits: [("applies_to: [production]", "applies_to: [production, mining]")],
            field: "applies_to[1]", lineMarker: "applies_to", message: "未知企业类型“mining”"),
        Case(
            name: "bad table id", edits: [("id: mini", "id: Mini_Table")], field: "id", lineMarker: "id: Mini",
            message: "只能使用小写字母、数字和连字符"),
        Case(
            name: "empty rules",
            edits: [
                (
                    "rules:\n          - id: \"2.1.1\"\n            text: 规则四\n            effect: bonus\n            value: 3\n            per: fixed\n",
                    "rules: []\n"
                )
            ], field: "categories[1].projects[0].rules", lineMarker: "rules: []", message: "至少应有一条规则"),
        Case(
            name: "YAML syntax error", edits: [("name: 项目一", "name: [项目一")], field: "", lineMarker: "name: [项目一",
            message: "YAML格式错误", lineOffset: nil),
    ]

    @Test("each invalid table names file, line and field", arguments: cases)
    func invalid(_ c: Case) throws {
        var text = Self.base
        for (old, new) in c.edits {
            #expect(text.contains(old), "edit target not found: \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        do {
            _ = try GradingTableLoader.load(file: "bad.yaml", text: text)
            Issue.record("expected an error")
        } catch {
            let problem = error.problems.first { $0.field == c.field && $0.message.contains(c.message) }
            #expect(problem != nil, "\(error)")
            #expect(problem?.file == "bad.yaml")
            if !c.field.isEmpty {
                #expect(problem?.description.contains("字段 \(c.field)：") == true, "\(error)")
            }
            if let offset = c.lineOffset {
                let line = try #require(Self.line(of: c.lineMarker, in: text)) + offset
                #expect(problem?.line == line, "\(error)")
                #expect(problem?.description.hasPrefix("bad.yaml 第\(line)行") == true)
            } else {
                #expect(problem?.line != nil)
            }
        }
    }

    @Test("the base table loads")
    func base() throws {
        let table = try GradingTableLoader.load(file: "mini.yaml", text: Self.base)
        #expect(table.id == "mini")
        #expect(table.header.status == .localDefault)
        #expect(table.header.appliesTo == [.production])
        #expect(table.projects.map(\.id) == ["1.1", "2.1"])
        #expect(table.projects[1].cap == nil)
        #expect(table.rule(id: "1.1.3")?.value == Tenths(raw: 5))
        #expect(table.rule(id: "1.1.3")?.maxCount == 9)
        #expect(table.rule(id: "1.1.5")?.conflictsWith == ["1.1.1"])
        #expect(table.bands.count == 4)
    }

    @Test("several problems in one file are all reported, in line order")
    func several() {
        var text = Self.base.replacingOccurrences(of: "cap: 10", with: "cap: -1")
        text = text.replacingOccurrences(of: "value: 0.5", with: "value: 0.55")
        text = text.replacingOccurrences(of: "{ grade: red, min: 0 }", with: "{ grade: red, min: 5 }")
        do {
            _ = try GradingTableLoader.load(file: "bad.yaml", text: text)
            Issue.record("expected an error")
        } catch {
            #expect(error.problems.count == 3, "\(error)")
            let lines = error.problems.compactMap(\.line)
            #expect(lines == lines.sorted())
        }
    }

    /// The 1-based line of the first line containing `marker` (which may span lines: its first line counts).
    static func line(of marker: String, in text: String) -> Int? {
        guard let range = text.range(of: marker) else { return nil }
        return text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
    }
}
