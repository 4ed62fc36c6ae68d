import Foundation
import HazChemCore
import HazChemTables
import HazChemTestSupport
import Testing

@Suite("Major hazard units file (YAML) and inventory CSV")
struct MajorHazardInventoryTests {
    static let calculator = MajorHazardCalculator(reference: MajorHazardReferenceLoaderTests.shipped)
    static let examples = RepositoryPaths.checklists.appendingPathComponent("examples/mhi")

    func q(_ text: String) -> Rational { Rational(decimal: text)! }

    @Test("the example units file and CSV read to the same units and the same hand-computed result")
    func examples() throws {
        let yaml = try MajorHazardInventory.load(
            contentsOf: Self.examples.appendingPathComponent("units.yaml"), checkingWith: Self.calculator)
        let csv = try MajorHazardInventory.load(
            contentsOf: Self.examples.appendingPathComponent("inventory.csv"), checkingWith: Self.calculator)
        #expect(yaml.enterprise == "示例化工有限公司")
        #expect(yaml.units.map(\.id) == ["T1", "T2", "P1"])
        #expect(csv.units.map(\.id) == yaml.units.map(\.id))
        #expect(csv.units.map(\.name) == yaml.units.map(\.name))
        #expect(csv.units.map(\.peopleWithin500m) == [120, 40, 0])
        #expect(csv.units.map(\.kind) == [.storage, .storage, .production])
        for source in [yaml, csv] {
            let assessment = try Self.calculator.assess(source.units)
            // T1: S = 40/10 + 10/5 = 6; Σβq/Q = 2×4 + 4×2 = 16; α(120) = 2; R = 32 → 三级.
            // T2: q = 2000 m³ × 0.79 = 1580 t; S = 1580/500 = 3.16; β(W5.3) = 1; α(40) = 1.2; R = 3.792 → 四级.
            // P1: 3000 kg = 3 t, 3/10 = 0.3; 苯 20/50 = 0.4; S = 0.7 → not major.
            #expect(assessment.units.map(\.sum) == [q("6"), q("3.16"), q("0.7")])
            #expect(assessment.units.map(\.r) == [q("32"), q("3.792"), nil])
            #expect(assessment.units.map(\.level) == [.third, .fourth, nil])
            #expect(assessment.gradingRuleID == "1.1.3")
        }
    }

    @Test("a units file lists every problem with line and field, reference checks included")
    func yamlErrors() throws {
        let text = """
            units:
              - id: T1
                kind: storage
                people_within_500m: 10
                chemicals:
                  - { name: 甲醇, quantity: 2000, unit: m3 }
                  - { name: 某溶剂, quantity: 5, unit: t }
                  - { name: 苯, quantity: 0, unit: 桶 }
              - id: T1
                kind: 罐
                people_within_500m: -3
                chemicals: []
                volume: 5
            """
        let error = try #require(throws: TableError.self) {
            try MajorHazardInventory.yaml(text: text, file: "u.yaml", checkingWith: Self.calculator)
        }
        #expect(
            error.problems.map(\.description) == [
                "u.yaml 第6行 字段 units[0].chemicals[0].density：（单元T1 甲醇）计量单位为m³（体积），必须同时给出密度（t/m³）才能换算为吨；体积不能当作吨计算",
                "u.yaml 第7行 字段 units[0].chemicals[1].categories：（单元T1 某溶剂）不在表1中，应填写危险性类别（表2代码，如W5.3、J3）以确定临界量",
                "u.yaml 第8行 字段 units[0].chemicals[2].quantity：设计最大量应大于0",
                "u.yaml 第8行 字段 units[0].chemicals[2].unit：计量单位应为 t、kg、m3 或 L",
                "u.yaml 第9行 字段 units[1].id：单元编号“T1”重复（第2行已有）",
                "u.yaml 第10行 字段 units[1].kind：应为 storage（储存单元）或 production（生产单元）",
                "u.yaml 第11行 字段 units[1].people_within_500m：人数应为不小于0的整数",
                "u.yaml 第12行 字段 units[1].chemicals：单元未列出任何危险化学品",
                "u.yaml 第13行 字段 units[1].volume：未知字段（允许的字段：chemicals、id、kind、name、note、people_within_500m）",
            ])
    }

    @Test("an inventory CSV with BOM and CRLF lists every bad row with its line and column")
    func csvErrors() throws {
        let rows = [
            "单元编号,单元名称,单元类型,500米内人数,危险化学品名称,CAS号,危险性类别,设计最大量,计量单位,密度（t/m³）",
            "T1,罐区,储存单元,120,液氨,7664-41-7,,50,t,",
            "T1,罐区,生产单元,120,甲醇,,,100,m3,",
            ",罐区,储存单元,120,甲醇,,,100,t,",
            "T2,装置,生产单元,abc,某物,,,\"1,000\",t,",
            "T3,装置,生产单元,5,汽油,,,100,L,0.75",
            "T3,,,,\"丙酮\",67-64-2,,1x,t,",
            "T3,,,,盐酸,7647-01-0,,10,吨,",
        ]
        let data = Data([0xEF, 0xBB, 0xBF]) + Data(rows.joined(separator: "\r\n").utf8)
        let error = try #require(throws: TableError.self) {
            try MajorHazardInventory.csv(data: data, file: "inv.csv", checkingWith: Self.calculator)
        }
        #expect(
            error.problems.map(\.description) == [
                "inv.csv 第3行 字段 单元类型：与本单元第2行的“储存单元”不一致",
                "inv.csv 第3行 字段 密度（t/m³）：（单元T1 甲醇）计量单位为m³（体积），必须同时给出密度（t/m³）才能换算为吨；体积不能当作吨计算",
                "inv.csv 第4行 字段 单元编号：应填写单元编号",
                "inv.csv 第5行 字段 设计最大量：“1,000”不是大于0的数字（最多6位小数）",
                "inv.csv 第5行 字段 500米内人数：人数应为不小于0的整数",
                "inv.csv 第5行 字段 危险性类别：（单元T2 某物）不在表1中，应填写危险性类别（表2代码，如W5.3、J3）以确定临界量",
                "inv.csv 第7行 字段 设计最大量：“1x”不是大于0的数字（最多6位小数）",
                "inv.csv 第7行 字段 CAS号：（单元T3 丙酮）CAS号“67-64-2”格式或校验位错误",
                "inv.csv 第8行 字段 危险化学品名称：（单元T3 盐酸）CAS号7647-01-0属于表1“氯化氢(无水)”（Q=20t），但名称“盐酸”不是该条目的名称或别名：如为该物质请改用表1名称；如为其溶液或混合物，请删去CAS号并填写危险性类别",
            ])
    }

    @Test("missing required columns are reported together")
    func csvMissingColumns() throws {
        let data = Data("单元编号,名称,数量\nT1,氨,5\n".utf8)
        let error = try #require(throws: TableError.self) { try MajorHazardInventory.csv(data: data, file: "x.csv") }
        #expect(
            error.problems.map(\.description) == [
                "x.csv 第1行 字段 单元类型：缺少列", "x.csv 第1行 字段 500米内人数：缺少列", "x.csv 第1行 字段 设计最大量：缺少列",
                "x.csv 第1行 字段 计量单位：缺少列",
            ])
    }

    @Test("a good CSV: kg converts, categories split on 、 and units group in first-appearance order")
    func csvGood() throws {
        let data = Data(
            """
            序号,单元编号,单元类型,500米内人数,危险化学品名称,危险性类别,设计最大量,计量单位
            1,B,生产单元,3,某物质,W5.3、J3,500,kg
            2,A,储存单元,0,氯,,5,t
            3,B,,,苯,,1,t
            """.utf8)
        let inventory = try MajorHazardInventory.csv(data: data, file: "g.csv", checkingWith: Self.calculator)
        #expect(inventory.units.map(\.id) == ["B", "A"])
        #expect(inventory.units[0].name == "B")
        #expect(inventory.units[0].chemicals.map(\.categories) == [["W5.3", "J3"], []])
        let result = try Self.calculator.assess(inventory.units[0])
        // 0.5 t of J3 (Q 50) → 0.01; 苯 1/50 = 0.02; S = 0.03
        #expect(result.sum == q("0.03"))
    }
}
