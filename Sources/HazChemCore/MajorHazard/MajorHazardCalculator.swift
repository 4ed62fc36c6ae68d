import Foundation

/// Identifies and grades major hazard installations by GB 18218-2018 from unit inventories.
///
/// Per unit: q is the design maximum quantity in tonnes; Q comes from 表1 for a named chemical,
/// else from 表2 for the chemical's category (the lowest Q when several are given). S = Σ q/Q and
/// the unit is a major hazard installation when S ≥ 1. Only then R = α·Σ β·q/Q is computed, with
/// α from 表5 by the people within 500 m, and the level read from 表6.
///
/// β (表3 before 表4, as the standard orders them):
/// - a 表3 toxic gas (氯, 光气, 一氧化碳/煤气 …) takes its 表3 β whatever categories are given;
/// - otherwise β is 表4's for the *governing* category: of the categories the user gave, the one
///   with the lowest 表2 Q, ties broken by the larger β (so Q and β come from the same category);
/// - a 表1 chemical without categories takes 表4's β for the reference data's default category
///   when the data gives one (W2 for flammable gases, W1.1 for 1.1 explosives);
/// - failing that, β = 1, shown as "未给出危险性类别，按1取值（请核实）". The standard itself wants
///   表4 by category, so the output flags this for the assessor rather than hiding it.
/// All arithmetic is exact (``Rational``), so S = 1 and R = 10, 50, 100 fall on the right side.
package struct MajorHazardCalculator: Sendable {
    /// The reference data.
    package let reference: MajorHazardReference

    /// The largest q accepted, 10⁹ t: larger values are input mistakes and would strain exact sums.
    package static let maximumTonnes = Rational(1_000_000_000)

    /// Creates a calculator over reference data.
    package init(reference: MajorHazardReference) { self.reference = reference }

    /// Assesses every unit; throws every problem in every unit at once.
    package func assess(_ units: [HazardUnit]) throws(MajorHazardError) -> MajorHazardAssessment {
        var problems: [MajorHazardError.Problem] = []
        var results: [MajorHazardUnitResult] = []
        var seen: Set<String> = []
        for unit in units {
            if !unit.id.isEmpty, !seen.insert(unit.id).inserted {
                problems.append(
                    .init(origin: unit.origin, unitID: unit.id, field: "单元编号", message: "单元编号重复"))
            }
            switch result(for: unit) {
            case .success(let result): results.append(result)
            case .failure(let unitProblems): problems += unitProblems.problems
            }
        }
        guard problems.isEmpty else { throw MajorHazardError(problems: problems) }
        return MajorHazardAssessment(basis: reference.basis, units: results)
    }

    /// Assesses one unit; throws every problem in it at once.
    package func assess(_ unit: HazardUnit) throws(MajorHazardError) -> MajorHazardUnitResult {
        try result(for: unit).get()
    }

    /// The unit's result, or every problem in it.
    package func result(for unit: HazardUnit) -> Result<MajorHazardUnitResult, MajorHazardError> {
        var problems: [MajorHazardError.Problem] = []
        func report(_ field: String, _ message: String) {
            problems.append(.init(origin: unit.origin, unitID: unit.id, field: field, message: message))
        }
        if unit.id.trimmingCharacters(in: .whitespaces).isEmpty { report("单元编号", "应填写单元编号") }
        let alpha = reference.alpha(forPeople: unit.peopleWithin500m)
        if alpha == nil { report("500米内人数", "人数应为不小于0的整数") }
        if unit.chemicals.isEmpty { report("危险化学品", "单元未列出任何危险化学品") }
        var lines: [MajorHazardLine] = []
        for chemical in unit.chemicals {
            switch line(for: chemical, unitID: unit.id) {
            case .success(let line): lines.append(line)
            case .failure(let error): problems += error.problems
            }
        }
        // The sums and R below use the plain operators: check once here that every step fits.
        var sum = Rational.zero
        var weighted = Rational.zero
        for line in lines where problems.isEmpty {
            guard
                let ratio = line.tonnes.checked(
                    times: Rational(line.criticalQuantity.denominator, line.criticalQuantity.numerator)),
                let betaRatio = line.beta.checked(times: ratio),
                let nextSum = sum.checked(adding: ratio), let nextWeighted = weighted.checked(adding: betaRatio),
                nextWeighted.checked(times: alpha ?? .one) != nil
            else {
                report("设计最大量", "单元各化学品的 q/Q 合计超出可计算的范围，请核对数量和计量单位")
                break
            }
            (sum, weighted) = (nextSum, nextWeighted)
        }
        guard problems.isEmpty else { return .failure(MajorHazardError(problems: problems)) }
        var result = MajorHazardUnitResult(unit: unit, lines: lines)
        if result.isMajor {
            result.alpha = alpha
            result.level = reference.level(forR: alpha! * result.weightedSum)
        }
        return .success(result)
    }

    /// One chemical's q, Q and β, or every problem with it.
    package func line(for chemical: ChemicalInventory, unitID: String?) -> Result<MajorHazardLine, MajorHazardError> {
        var problems: [MajorHazardError.Problem] = []
        func report(_ field: String, _ message: String) {
            problems.append(
                .init(
                    origin: chemical.origin, unitID: unitID, chemical: chemical.displayName, field: field,
                    message: message))
        }
        var tonnes: Rational?
        if chemical.quantity > .zero {
            switch chemical.unit.tonnes(chemical.quantity, density: chemical.density) {
            case .success(let value) where value > Self.maximumTonnes:
                report("设计最大量", "换算后为\(value.decimalString())吨，超过10亿吨，请核对数量、计量单位和密度")
            case .success(let value): tonnes = value
            case .failure(let error):
                for problem in error.problems { report(problem.field, problem.message) }
            }
        } else {
            report("设计最大量", "设计最大量应大于0")
        }
        var categories: [MajorHazardReference.Category] = []
        for code in chemical.categories {
            if let category = reference.category(code: code) {
                if !categories.contains(category) { categories.append(category) }
            } else {
                report("危险性类别", unknownCategoryMessage(code))
            }
        }
        let name = chemical.name.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        let cas = chemical.cas.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        var named: MajorHazardReference.NamedChemical?
        var identified = false
        if name == nil, cas == nil {
            report("名称", "应填写危险化学品名称或CAS号")
        } else {
            switch reference.namedChemical(name: name, cas: cas) {
            case .success(let entry):
                named = entry
                identified = true
            case .failure(let error):
                for problem in error.problems { report(problem.field, problem.message) }
            }
        }
        if identified, named == nil, chemical.categories.isEmpty {
            report("危险性类别", "不在表1中，应填写危险性类别（表2代码，如W5.3、J3）以确定临界量")
        }
        let governing = categories.min { a, b in
            a.criticalQuantity < b.criticalQuantity || (a.criticalQuantity == b.criticalQuantity && a.beta > b.beta)
        }
        guard problems.isEmpty, let tonnes else { return .failure(MajorHazardError(problems: problems)) }
        if let named {
            let (beta, basis) = beta(for: named, governing: governing)
            return .success(
                MajorHazardLine(
                    input: chemical, tonnes: tonnes, criticalQuantity: named.criticalQuantity,
                    criticalQuantityBasis: .table1(number: named.number, name: named.name), beta: beta, betaBasis: basis
                ))
        }
        // Identified as outside 表1 with at least one known category (else a problem was reported).
        let category = governing!
        return .success(
            MajorHazardLine(
                input: chemical, tonnes: tonnes, criticalQuantity: category.criticalQuantity,
                criticalQuantityBasis: .table2(category: category.code), beta: category.beta,
                betaBasis: .table4(category: category.code)))
    }

    private func beta(
        for named: MajorHazardReference.NamedChemical, governing: MajorHazardReference.Category?
    ) -> (Rational, MajorHazardLine.BetaBasis) {
        if let beta = named.toxicGasBeta { return (beta, .table3) }
        if let governing { return (governing.beta, .table4(category: governing.code)) }
        if let code = named.betaCategory, let category = reference.category(code: code) {
            return (category.beta, .referenceCategory(category: category.code))
        }
        return (.one, .unspecified)
    }

    private func unknownCategoryMessage(_ code: String) -> String {
        let key = MajorHazardReference.categoryKey(code)
        let subdivisions = reference.categories.map(\.code).filter { $0.hasPrefix(key + ".") }
        if !key.isEmpty, !subdivisions.isEmpty {
            return "危险性类别“\(code)”需细分为\(subdivisions.joined(separator: "、"))之一"
        }
        return "未知的危险性类别“\(code)”（表2代码：\(reference.categories.map(\.code).joined(separator: "、"))）"
    }
}
