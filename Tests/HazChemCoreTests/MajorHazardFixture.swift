import HazChemCore

/// A small GB 18218-2018 reference built in code, so the calculator tests do not depend on the data file.
enum MajorHazardFixture {
    static func q(_ text: String) -> Rational { Rational(decimal: text)! }

    static let reference = MajorHazardReference(
        id: "fixture", title: "测试参考数据", basis: "GB 18218-2018",
        namedChemicals: [
            .init(
                number: 1, name: "氨", aliases: ["液氨"], casNumbers: ["7664-41-7"], criticalQuantity: q("10"),
                toxicGasBeta: q("2")),
            .init(
                number: 6, name: "碳酰氯", aliases: ["光气"], casNumbers: ["75-44-5"], criticalQuantity: q("0.3"),
                toxicGasBeta: q("20")),
            .init(
                number: 11, name: "氯化氢(无水)", aliases: ["氯化氢"], casNumbers: ["7647-01-0"],
                criticalQuantity: q("20"), toxicGasBeta: q("3")),
            .init(
                number: 12, name: "氯", aliases: ["液氯", "氯气"], casNumbers: ["7782-50-5"], criticalQuantity: q("5"),
                toxicGasBeta: q("4")),
            .init(
                number: 30, name: "异氰酸甲酯", casNumbers: ["624-83-9"], criticalQuantity: q("0.75"),
                toxicGasBeta: q("20")),
            .init(
                number: 37, name: "硝化纤维素(含乙醇≥25%)", casNumbers: ["9004-70-0"], criticalQuantity: q("10"),
                family: ["硝化纤维素", "硝化棉"]),
            .init(
                number: 40, name: "硝化纤维素(含氮≤12.6%)", casNumbers: ["9004-70-0"], criticalQuantity: q("50"),
                family: ["硝化纤维素", "硝化棉"]),
            .init(
                number: 52, name: "液化石油气", aliases: ["丙烷"], casNumbers: ["68476-85-7", "74-98-6"],
                criticalQuantity: q("50"), betaCategory: "W2"),
            .init(number: 57, name: "苯", casNumbers: ["71-43-2"], criticalQuantity: q("50")),
            .init(number: 65, name: "甲醇", casNumbers: ["67-56-1"], criticalQuantity: q("500")),
        ],
        categories: [
            .init(code: "J1", hazardClass: "急性毒性", description: "类别1，气体", criticalQuantity: q("5"), beta: q("4")),
            .init(code: "J3", hazardClass: "急性毒性", description: "类别2、3，气体", criticalQuantity: q("50"), beta: q("2")),
            .init(code: "W2", hazardClass: "易燃气体", description: "类别1和2", criticalQuantity: q("10"), beta: q("1.5")),
            .init(code: "W4", hazardClass: "氧化性气体", description: "类别1", criticalQuantity: q("50"), beta: q("1")),
            .init(code: "W5.1", hazardClass: "易燃液体", description: "类别1", criticalQuantity: q("10"), beta: q("1.5")),
            .init(code: "W5.2", hazardClass: "易燃液体", description: "特殊工艺", criticalQuantity: q("50"), beta: q("1")),
            .init(code: "W5.3", hazardClass: "易燃液体", description: "其他类别2", criticalQuantity: q("1000"), beta: q("1")),
            .init(code: "W9.1", hazardClass: "氧化性固体和液体", description: "类别1", criticalQuantity: q("50"), beta: q("1")),
            .init(
                code: "W9.2", hazardClass: "氧化性固体和液体", description: "类别2、3", criticalQuantity: q("200"), beta: q("1")),
        ],
        alphaBands: [
            .init(minPeople: 0, maxPeople: 0, alpha: q("0.5")),
            .init(minPeople: 1, maxPeople: 29, alpha: q("1.0")),
            .init(minPeople: 30, maxPeople: 49, alpha: q("1.2")),
            .init(minPeople: 50, maxPeople: 99, alpha: q("1.5")),
            .init(minPeople: 100, maxPeople: nil, alpha: q("2.0")),
        ],
        levelMinimums: [.first: q("100"), .second: q("50"), .third: q("10"), .fourth: .zero])

    static let calculator = MajorHazardCalculator(reference: reference)

    /// A line in tonnes (or another unit).
    static func chem(
        _ name: String?, _ quantity: String, _ unit: QuantityUnit = .tonnes, cas: String? = nil,
        categories: [String] = [], density: String? = nil
    ) -> ChemicalInventory {
        ChemicalInventory(
            name: name, cas: cas, categories: categories, quantity: q(quantity), unit: unit, density: density.map(q))
    }

    /// A storage unit.
    static func unit(_ id: String, people: Int = 10, _ chemicals: [ChemicalInventory]) -> HazardUnit {
        HazardUnit(id: id, name: "单元\(id)", kind: .storage, peopleWithin500m: people, chemicals: chemicals)
    }

    /// A storage unit T1.
    static func unit(people: Int = 10, _ chemicals: [ChemicalInventory]) -> HazardUnit {
        unit("T1", people: people, chemicals)
    }

    /// The result for one unit, or the problems' descriptions.
    static func assess(_ unit: HazardUnit) -> Result<MajorHazardUnitResult, MajorHazardError> {
        calculator.result(for: unit)
    }
}
