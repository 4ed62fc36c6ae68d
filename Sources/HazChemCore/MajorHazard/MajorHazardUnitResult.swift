import Foundation

/// The identification and, for a major hazard installation, the grading of one unit.
package struct MajorHazardUnitResult: Sendable, Equatable {
    /// The unit as given.
    package var unit: HazardUnit
    /// One line per chemical, in input order.
    package var lines: [MajorHazardLine]
    /// α from 表5; nil when the unit is not major.
    package var alpha: Rational?
    /// The level from 表6; nil when the unit is not major.
    package var level: MajorHazardLevel?

    /// Creates a result; ``MajorHazardCalculator`` sets α and the level only for a major unit.
    package init(unit: HazardUnit, lines: [MajorHazardLine], alpha: Rational? = nil, level: MajorHazardLevel? = nil) {
        self.unit = unit
        self.lines = lines
        self.alpha = alpha
        self.level = level
    }

    /// S = Σ q/Q.
    package var sum: Rational { lines.reduce(.zero) { $0 + $1.ratio } }
    /// Σ β·q/Q.
    package var weightedSum: Rational { lines.reduce(.zero) { $0 + $1.weightedRatio } }
    /// S ≥ 1: the unit is a major hazard installation.
    package var isMajor: Bool { sum >= .one }
    /// R = α·Σ β·q/Q; nil when the unit is not major.
    package var r: Rational? { isMajor ? alpha.map { $0 * weightedSum } : nil }
}
