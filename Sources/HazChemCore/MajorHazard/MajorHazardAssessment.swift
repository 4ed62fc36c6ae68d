import Foundation

/// The major hazard identification and grading of an enterprise's units.
package struct MajorHazardAssessment: Sendable, Equatable {
    /// The reference data used, such as `GB 18218-2018`.
    package var basis: String
    /// One result per unit, in input order.
    package var units: [MajorHazardUnitResult]

    /// Creates an assessment.
    package init(basis: String, units: [MajorHazardUnitResult]) {
        self.basis = basis
        self.units = units
    }

    /// The units that are major hazard installations.
    package var majorUnits: [MajorHazardUnitResult] { units.filter(\.isMajor) }

    /// The most severe level among the units; nil when none is a major hazard installation.
    package var highestLevel: MajorHazardLevel? { units.compactMap(\.level).min() }

    /// The grading-table rule to pre-fill as true ("1.1.1" … "1.1.4"); nil when there is no major installation.
    package var gradingRuleID: String? { MajorHazardLevel.gradingRuleID(forHighest: highestLevel) }
}
