import Foundation

extension MajorHazardAssessment {
    /// A readable Chinese breakdown: every chemical's q, Q, β and contribution, each unit's S and
    /// identification result, α, R and level, then the enterprise's highest level and grading rule.
    package var text: String {
        var out = ["危险化学品重大危险源辨识与分级（依据 \(basis)）", ""]
        for (index, result) in units.enumerated() {
            out += Self.describe(result, number: index + 1)
            out.append("")
        }
        out.append("企业结论：")
        if let highestLevel, let gradingRuleID {
            let levels = MajorHazardLevel.allCases.compactMap { level -> String? in
                let count = units.filter { $0.level == level }.count
                return count == 0 ? nil : "\(level.label)\(count)个"
            }
            out.append("  共\(units.count)个单元，构成重大危险源\(majorUnits.count)个（\(levels.joined(separator: "，"))）。")
            out.append("  最高等级：\(highestLevel.label)重大危险源。")
            out.append("  对应分级表规则：\(gradingRuleID)（涉及\(highestLevel.label)重大危险源）。")
        } else {
            out.append("  共\(units.count)个单元，均不构成重大危险源；分级表规则1.1.1–1.1.4均不适用。")
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func describe(_ result: MajorHazardUnitResult, number: Int) -> [String] {
        let unit = result.unit
        var out = ["\(number). 单元 \(unit.id) \(unit.name)（\(unit.kind.label)，厂外500米内\(unit.peopleWithin500m)人）"]
        for (index, line) in result.lines.enumerated() {
            let input = line.input
            var quantity = "\(input.quantity.decimalString(places: 6)) \(input.unit.label)"
            if input.unit != .tonnes {
                if let density = input.density, input.unit.isVolume {
                    quantity += " × \(density.decimalString(places: 6)) t/m³"
                }
                quantity += " = \(show(line.tonnes)) t"
            } else {
                quantity = "\(show(line.tonnes)) t"
            }
            var name = input.displayName
            if let cas = input.cas, input.name != nil { name += "（CAS \(cas)）" }
            out.append("   (\(index + 1)) \(name)")
            out.append(
                "       q = \(quantity)；Q = \(show(line.criticalQuantity)) t［\(line.criticalQuantityBasis.label)］；"
                    + "β = \(show(line.beta))［\(line.betaBasis.label)］")
            out.append("       q/Q = \(show(line.ratio))；β·q/Q = \(show(line.weightedRatio))")
        }
        let terms = result.lines.count > 1 ? result.lines.map { show($0.ratio) }.joined(separator: " + ") + " = " : ""
        if result.isMajor, let alpha = result.alpha, let r = result.r, let level = result.level {
            out.append("   S = Σq/Q = \(terms)\(show(result.sum)) ≥ 1，构成重大危险源")
            out.append(
                "   R = α·Σβ·q/Q = \(show(alpha)) × \(show(result.weightedSum)) = \(show(r))"
                    + "（α = \(show(alpha))：厂外500米内\(unit.peopleWithin500m)人）")
            out.append("   分级：\(level.label)重大危险源")
        } else {
            out.append("   S = Σq/Q = \(terms)\(show(result.sum)) < 1，不构成重大危险源")
        }
        return out
    }

    /// Four decimals, "≈" when rounded.
    private static func show(_ value: Rational) -> String {
        value.isExact(places: 4) ? value.decimalString(places: 4) : "≈" + value.decimalString(places: 4)
    }
}
