import Foundation
import HazChemCore
import HazChemTables
import HazChemTestSupport
import Testing

@Suite("GB 18218-2018 reference data file and loader")
struct MajorHazardReferenceLoaderTests {
    static let shipped = try! MajorHazardReferenceLoader.load(tablesDirectory: RepositoryPaths.checklists)

    func q(_ text: String) -> Rational { Rational(decimal: text)! }

    @Test("the shipped file holds all 85 表1 entries numbered 1–85 and the 24 表2 categories")
    func counts() {
        #expect(Self.shipped.namedChemicals.map(\.number) == Array(1...85))
        #expect(Self.shipped.categories.count == 24)
        #expect(Self.shipped.id == "gb18218-2018")
        #expect(Self.shipped.basis == "GB 18218-2018")
    }

    @Test(
        "表1 critical quantities (DOMAIN.md §9 and others) by name or alias",
        arguments: [
            ("氨", "10"), ("液氨", "10"), ("氯", "5"), ("液氯", "5"), ("光气", "0.3"), ("硫化氢", "5"), ("二氧化硫", "20"),
            ("环氧乙烷", "10"), ("液化石油气", "50"), ("甲烷", "50"), ("天然气", "50"), ("氢", "5"), ("乙炔", "1"),
            ("苯", "50"), ("甲苯", "500"), ("甲醇", "500"), ("汽油", "200"), ("硝酸铵(含可燃物>0.2%)", "5"),
            ("一氧化碳", "20"), ("氯化氢", "20"), ("氟化氢", "1"), ("氰化氢", "1"), ("磷化氢", "1"), ("溴甲烷", "10"),
            ("异氰酸甲酯", "0.75"), ("二氧化氮", "1"), ("硝酸钾", "1000"), ("三氧化硫", "75"), ("甲苯二异氰酸酯", "100"),
            ("叠氮化铅", "0.5"), ("氧气", "200"), ("硝酸铵肥料(含可燃物≤0.4%)", "200"), ("钠", "10"),
        ])
    func criticalQuantity(name: String, value: String) throws {
        let entry = try #require(try Self.shipped.namedChemical(name: name, cas: nil).get())
        #expect(entry.criticalQuantity == q(value))
        #expect(entry.source == "GB 18218-2018 表1")
    }

    @Test(
        "表3 toxic gas β",
        arguments: [
            ("一氧化碳", "2"), ("二氧化硫", "2"), ("氨", "2"), ("环氧乙烷", "2"), ("氯化氢", "3"), ("溴甲烷", "3"), ("氯", "4"),
            ("硫化氢", "5"), ("氟化氢", "5"), ("二氧化氮", "10"), ("氰化氢", "10"), ("光气", "20"), ("磷化氢", "20"),
            ("异氰酸甲酯", "20"),
        ])
    func toxicGasBeta(name: String, beta: String) throws {
        let entry = try #require(try Self.shipped.namedChemical(name: name, cas: nil).get())
        #expect(entry.toxicGasBeta == q(beta))
    }

    @Test("only the 14 表3 gases carry a toxic gas β")
    func toxicGasCount() {
        #expect(Self.shipped.namedChemicals.filter { $0.toxicGasBeta != nil }.count == 14)
    }

    @Test(
        "表2 Q and 表4 β per category",
        arguments: [
            ("J1", "5", "4"), ("J2", "50", "1"), ("J3", "50", "2"), ("J4", "50", "2"), ("J5", "500", "1"),
            ("W1.1", "1", "2"), ("W1.2", "10", "2"), ("W1.3", "50", "2"), ("W2", "10", "1.5"), ("W3", "150", "1"),
            ("W4", "50", "1"), ("W5.1", "10", "1.5"), ("W5.2", "50", "1"), ("W5.3", "1000", "1"), ("W5.4", "5000", "1"),
            ("W6.1", "10", "1.5"), ("W6.2", "50", "1"), ("W7.1", "10", "1.5"), ("W7.2", "50", "1"), ("W8", "50", "1"),
            ("W9.1", "50", "1"), ("W9.2", "200", "1"), ("W10", "200", "1"), ("W11", "200", "1"),
        ])
    func category(code: String, criticalQuantity: String, beta: String) throws {
        let category = try #require(Self.shipped.category(code: code))
        #expect(category.criticalQuantity == q(criticalQuantity))
        #expect(category.beta == q(beta))
    }

    @Test("表5 α and 表6 levels from the file")
    func alphaAndLevels() {
        #expect(
            [0, 1, 29, 30, 49, 50, 99, 100].map { Self.shipped.alpha(forPeople: $0) }
                == ["0.5", "1", "1", "1.2", "1.2", "1.5", "1.5", "2"].map(q))
        #expect(Self.shipped.levelMinimums == [.first: q("100"), .second: q("50"), .third: q("10"), .fourth: .zero])
    }

    @Test("every problem of a broken reference file, ordered by line, with file, line and field")
    func loaderErrors() throws {
        let text = """
            kind: mhi-reference
            id: test
            title: 测试
            version: "1"
            basis: GB 18218-2018
            status: official
            named:
              - { number: 1, name: 氨, aliases: [液氨], cas: [7664-41-7], q: 10, source: 表1 }
              - { number: 2, name: 液氨, cas: [7664-41-7], q: 5, source: 表1 }
              - { number: 3, name: 氯, cas: [7782-50-5], q: -5, source: 表1 }
              - { number: 3, name: 溴, cas: [7726-95-5], q: 20, source: 表1, beta_category: W99 }
            categories:
              - { code: W2, class: 易燃气体, description: 类别1和类别2, q: 10, source: 表2 }
              - { code: W5.3, class: 易燃液体, description: 其他类别2, q: 0, source: 表2 }
              - { code: W5.4, class: 易燃液体, description: 其他类别3, q: 5000, source: 表2 }
            toxic_gas_beta:
              - { name: 光气, beta: 20 }
            category_beta:
              - { code: W2, beta: 1.5 }
              - { code: W7, beta: 1 }
            alpha:
              - { min: 100, alpha: 2.0 }
              - { min: 40, max: 99, alpha: 1.5 }
              - { min: 1, max: 29, alpha: 1.0 }
              - { min: 0, max: 0, alpha: 0.5 }
            levels:
              - { level: 一级, min: 100 }
              - { level: 二级, min: 50 }
              - { level: 三级, min: 10 }
            """
        let error = try #require(throws: TableError.self) {
            try MajorHazardReferenceLoader.load(text: text, file: "bad.yaml")
        }
        #expect(
            error.description == """
                bad.yaml 第9行 字段 named[1]：名称或别名“液氨”与“氨”重复
                bad.yaml 第9行 字段 named[1].cas：CAS号7664-41-7与“氨”重复（仅同一 family 中按浓度或形态分列的条目可共用CAS号）
                bad.yaml 第10行 字段 named[2].q：应为大于0的数字
                bad.yaml 第11行 字段 named[3].number：序号3重复（第10行已有）
                bad.yaml 第11行 字段 named[3].cas：CAS号“7726-95-5”格式或校验位错误
                bad.yaml 第11行 字段 named[3].beta_category：未知的危险性类别“W99”（应为表2中的代码）
                bad.yaml 第14行 字段 categories[1].q：应为大于0的数字
                bad.yaml 第15行 字段 categories[2]：类别“W5.4”在 category_beta（表4）中没有β
                bad.yaml 第17行 字段 toxic_gas_beta[0].name：“光气”不是表1中的名称或别名
                bad.yaml 第20行 字段 category_beta[1].code：未知的危险性类别“W7”（表4的代码应在表2 categories 中）
                bad.yaml 第23行 字段 alpha[1]：α人数区间不连续：30至39人没有对应的α
                bad.yaml 第27行 字段 levels：缺少级别：四级
                """)
    }

    @Test("overlapping α bands and misordered levels are refused")
    func bandsAndLevels() throws {
        let text = """
            kind: mhi-reference
            id: t
            title: t
            version: "1"
            basis: t
            status: official
            named: []
            categories: []
            toxic_gas_beta: []
            category_beta: []
            alpha:
              - { min: 0, max: 10, alpha: 1 }
              - { min: 5, alpha: 2 }
            levels:
              - { level: 一级, min: 50 }
              - { level: 二级, min: 50 }
              - { level: 三级, min: 10 }
              - { level: 四级, min: 1 }
            """
        let error = try #require(throws: TableError.self) {
            try MajorHazardReferenceLoader.load(text: text, file: "t.yaml")
        }
        #expect(
            error.problems.map(\.description) == [
                "t.yaml 第13行 字段 alpha[1]：α人数区间重叠：5人落在两个区间",
                "t.yaml 第15行 字段 levels：四级的R下限应为0",
                "t.yaml 第15行 字段 levels：一级的R下限应大于二级的R下限",
            ])
    }

    @Test("a missing tables directory names the file")
    func missingFile() throws {
        let error = try #require(throws: TableError.self) {
            try MajorHazardReferenceLoader.load(tablesDirectory: URL(fileURLWithPath: "/nonexistent"))
        }
        #expect(error.description == "gb18218-2018.yaml：找不到文件 /nonexistent/gb18218-2018.yaml")
    }
}
