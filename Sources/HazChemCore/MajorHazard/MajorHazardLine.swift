import Foundation

/// One chemical's contribution in a unit: q, Q, β, q/Q and β·q/Q with where each came from.
package struct MajorHazardLine: Sendable, Equatable {
    /// Where Q came from.
    package enum CriticalQuantityBasis: Sendable, Equatable {
        /// 表1 entry with its 序号 and name.
        case table1(number: Int, name: String)
        /// 表2 category code (the one with the lowest Q when several were given).
        case table2(category: String)

        /// 表1第1项（氨）, 表2 W5.3.
        package var label: String {
            switch self {
            case .table1(let number, let name): "表1第\(number)项（\(name)）"
            case .table2(let category): "表2 \(category)"
            }
        }
    }

    /// Where β came from.
    package enum BetaBasis: Sendable, Equatable {
        /// 表3, a named toxic gas.
        case table3
        /// 表4 for a category the user gave.
        case table4(category: String)
        /// 表4 for the category the reference data gives a 表1 chemical (such as W2 for 液化石油气).
        case referenceCategory(category: String)
        /// No category known for a 表1 chemical outside 表3: β = 1, flagged for review.
        case unspecified

        /// 表3, 表4 W2, 表4 W2（参考数据默认类别）, 未给出危险性类别，按1取值.
        package var label: String {
            switch self {
            case .table3: "表3"
            case .table4(let category): "表4 \(category)"
            case .referenceCategory(let category): "表4 \(category)（参考数据默认类别）"
            case .unspecified: "未给出危险性类别，按1取值（请核实）"
            }
        }
    }

    /// The input line.
    package var input: ChemicalInventory
    /// q, the design maximum quantity in tonnes.
    package var tonnes: Rational
    /// Q, the critical quantity in tonnes.
    package var criticalQuantity: Rational
    /// Where Q came from.
    package var criticalQuantityBasis: CriticalQuantityBasis
    /// β, the correction factor.
    package var beta: Rational
    /// Where β came from.
    package var betaBasis: BetaBasis

    /// Creates a line.
    package init(
        input: ChemicalInventory, tonnes: Rational, criticalQuantity: Rational,
        criticalQuantityBasis: CriticalQuantityBasis, beta: Rational, betaBasis: BetaBasis
    ) {
        self.input = input
        self.tonnes = tonnes
        self.criticalQuantity = criticalQuantity
        self.criticalQuantityBasis = criticalQuantityBasis
        self.beta = beta
        self.betaBasis = betaBasis
    }

    /// q/Q.
    package var ratio: Rational { tonnes / criticalQuantity }
    /// β·q/Q.
    package var weightedRatio: Rational { beta * ratio }
}
