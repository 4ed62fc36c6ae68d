import Foundation
import HazChemCore

extension HazardUnit {
    /// `单元 T1`, for messages.
    var entityLabel: String { "单元 \(id)" }

    /// Every reason the store refuses `units` as an enterprise's list, in unit and chemical order.
    ///
    /// Checks what the store needs without reference data: a unit code and name, each code once, people ≥ 0,
    /// at least one chemical; per chemical a name or CAS number, a positive quantity and density with at most
    /// ``Rational/maxIntegerDigits`` integer and ``Rational/maxFractionDigits`` decimal digits (stored as exact
    /// decimal text), and a density for a volume (the calculator's own rule and message).
    static func storeProblems(_ units: [HazardUnit]) -> [StoreError.Problem] {
        var problems: [StoreError.Problem] = []
        var seen: Set<String> = []
        for unit in units {
            func report(_ field: String, _ message: String, chemical: ChemicalInventory? = nil) {
                let entity = unit.entityLabel + (chemical.map { " 化学品 \($0.displayName)" } ?? "")
                problems.append(.init(field: field, entity: entity, message: message))
            }
            if unit.id.trimmed.isEmpty { report("单元编号", "应填写单元编号") }
            if !seen.insert(unit.id).inserted { report("单元编号", "单元编号重复") }
            if unit.name.trimmed.isEmpty { report("单元名称", "应填写单元名称") }
            if unit.peopleWithin500m < 0 { report("500米内人数", "人数应为不小于0的整数") }
            if unit.chemicals.isEmpty { report("危险化学品", "单元未列出任何危险化学品") }
            for chemical in unit.chemicals {
                if (chemical.name ?? "").trimmed.isEmpty, (chemical.cas ?? "").trimmed.isEmpty {
                    report("名称", "应填写危险化学品名称或CAS号", chemical: chemical)
                }
                let digits = "最多\(Rational.maxIntegerDigits)位整数、\(Rational.maxFractionDigits)位小数"
                if HazardUnitChemicalRecord.text(chemical.quantity) == nil {
                    report("设计最大量", "应为大于0的数（\(digits)），实际为\(chemical.quantity)", chemical: chemical)
                }
                if let density = chemical.density, HazardUnitChemicalRecord.text(density) == nil {
                    report("密度", "应为大于0的数（\(digits)），实际为\(density)", chemical: chemical)
                }
                if chemical.unit.isVolume, chemical.density == nil,
                    case .failure(let error) = chemical.unit.tonnes(chemical.quantity, density: nil)
                {
                    for problem in error.problems { report(problem.field, problem.message, chemical: chemical) }
                }
            }
        }
        return problems
    }
}
