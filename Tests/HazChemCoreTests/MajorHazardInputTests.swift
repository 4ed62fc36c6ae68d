import HazChemCore
import Testing

@Suite("Major hazard inputs: lookup, unit conversion and refusals")
struct MajorHazardInputTests {
    typealias F = MajorHazardFixture

    /// The messages of a refused line.
    func messages(_ chemical: ChemicalInventory) -> [String] {
        guard case .failure(let error) = F.calculator.line(for: chemical, unitID: "T1") else { return [] }
        return error.problems.map(\.description)
    }

    @Test(
        "a 表1 chemical is found by name, alias, CAS or full-width brackets",
        arguments: [
            ("氨", nil, 1), ("液氨", nil, 1), (nil, "7782-50-5", 12), ("氯化氢（无水）", nil, 11), ("液氯", "7782-50-5", 12),
            (" 光 气 ", nil, 6),
        ] as [(String?, String?, Int)])
    func lookup(name: String?, cas: String?, number: Int) throws {
        let entry = try F.reference.namedChemical(name: name, cas: cas).get()
        #expect(entry?.number == number)
    }

    @Test("kg converts: 氨 5000 kg → 5 t, q/Q = 5/10 = 0.5")
    func kilograms() throws {
        let line = try F.calculator.line(for: F.chem("氨", "5000", .kilograms), unitID: "T1").get()
        #expect(line.tonnes == Rational(5))
        #expect(line.ratio == Rational(decimal: "0.5"))
    }

    @Test("m³ with density: 甲醇 700 m³ × 0.79 t/m³ = 553 t, q/Q = 553/500 = 1.106")
    func cubicMetres() throws {
        let line = try F.calculator.line(for: F.chem("甲醇", "700", .cubicMetres, density: "0.79"), unitID: "T1").get()
        #expect(line.tonnes == Rational(553))
        #expect(line.ratio == Rational(decimal: "1.106"))
    }

    @Test("litres with density: 甲醇 2000000 L × 0.79 = 2000 m³ × 0.79 = 1580 t")
    func litres() throws {
        let line = try F.calculator.line(for: F.chem("甲醇", "2000000", .litres, density: "0.79"), unitID: "T1").get()
        #expect(line.tonnes == Rational(1580))
    }

    @Test("m³ without density is refused, never read as tonnes")
    func cubicMetresWithoutDensity() {
        #expect(
            messages(F.chem("甲醇", "700", .cubicMetres)) == [
                "单元 T1 化学品 甲醇 字段 密度：计量单位为m³（体积），必须同时给出密度（t/m³）才能换算为吨；体积不能当作吨计算"
            ])
    }

    @Test("litres without density are refused")
    func litresWithoutDensity() {
        #expect(messages(F.chem("苯", "1000", .litres)).first?.contains("计量单位为L（体积），必须同时给出密度") == true)
    }

    @Test(
        "units accept Chinese labels",
        arguments: [
            ("吨", QuantityUnit.tonnes), ("公斤", .kilograms), ("m³", .cubicMetres), ("立方米", .cubicMetres), ("升", .litres),
            ("l", .litres),
        ])
    func unitLabels(text: String, unit: QuantityUnit) {
        #expect(QuantityUnit(label: text) == unit)
    }

    @Test("more than 10⁹ t after conversion is refused as a mistake: 2000000 m³ × 1000 t/m³ = 2×10⁹ t")
    func implausible() {
        #expect(
            messages(F.chem("甲醇", "2000000", .cubicMetres, density: "1000")) == [
                "单元 T1 化学品 甲醇 字段 设计最大量：换算后为2000000000吨，超过10亿吨，请核对数量、计量单位和密度"
            ])
    }

    @Test("a chemical outside 表1 without a category is refused")
    func unknownWithoutCategory() {
        #expect(
            messages(F.chem("某溶剂", "5")) == [
                "单元 T1 化学品 某溶剂 字段 危险性类别：不在表1中，应填写危险性类别（表2代码，如W5.3、J3）以确定临界量"
            ])
    }

    @Test("unknown or undivided categories are refused with the valid codes")
    func unknownCategory() {
        let found = messages(F.chem("某物质", "5", categories: ["W9", "X1"]))
        #expect(found.count == 2)
        #expect(found[0].hasSuffix("危险性类别“W9”需细分为W9.1、W9.2之一"))
        #expect(found[1].contains("未知的危险性类别“X1”"))
    }

    @Test("a family name or a shared CAS asks for the entry")
    func family() {
        #expect(messages(F.chem("硝化棉", "5")).first?.contains("“硝化棉”在表1中按浓度或形态分列为“硝化纤维素(含乙醇≥25%)”（Q=10t）") == true)
        #expect(messages(F.chem(nil, "5", cas: "9004-70-0")).first?.contains("仅凭CAS号无法确定") == true)
        #expect(messages(F.chem("硝化纤维素（含氮≤12.6%）", "5", cas: "9004-70-0")).isEmpty)
    }

    @Test("a name outside 表1 with a 表1 CAS number is a contradiction (盐酸 with HCl's CAS)")
    func nameCASContradiction() {
        #expect(messages(F.chem("盐酸", "5", cas: "7647-01-0")).first?.contains("CAS号7647-01-0属于表1“氯化氢(无水)”") == true)
        #expect(messages(F.chem("氨", "5", cas: "7782-50-5")).first?.contains("二者矛盾") == true)
        #expect(messages(F.chem("氨", "5", cas: "7664-41-8")).first?.contains("格式或校验位错误") == true)
    }

    @Test("every problem of a unit at once, with unit, chemical and field")
    func allProblems() {
        let unit = HazardUnit(
            id: "T9", name: "测试", kind: .production, peopleWithin500m: -1,
            chemicals: [F.chem("甲醇", "0"), F.chem(nil, "5"), F.chem("苯", "5", .litres)])
        guard case .failure(let error) = F.calculator.result(for: unit) else {
            Issue.record("expected problems")
            return
        }
        #expect(
            error.description == """
                单元 T9 字段 500米内人数：人数应为不小于0的整数
                单元 T9 化学品 甲醇 字段 设计最大量：设计最大量应大于0
                单元 T9 化学品 （未命名） 字段 名称：应填写危险化学品名称或CAS号
                单元 T9 化学品 苯 字段 密度：计量单位为L（体积），必须同时给出密度（t/m³）才能换算为吨；体积不能当作吨计算
                """)
    }

    @Test("duplicate unit ids are refused")
    func duplicateUnits() {
        #expect(throws: MajorHazardError.self) {
            try F.calculator.assess([F.unit("T1", [F.chem("氨", "1")]), F.unit("T1", [F.chem("氨", "1")])])
        }
    }
}
