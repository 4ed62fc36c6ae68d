import Foundation

extension MajorHazardAssessment {
    /// The assessment as a JSON-friendly value: numbers rounded to 6 decimals, `exact` false when rounded.
    package func jsonReport(enterprise: String? = nil) -> JSONReport { JSONReport(self, enterprise: enterprise) }

    /// The JSON form of an assessment (snake_case keys).
    package struct JSONReport: Encodable, Sendable {
        /// A number rounded to 6 decimals with a flag telling whether rounding happened.
        package struct Number: Encodable, Sendable {
            let value: Decimal
            let exact: Bool
            init(_ rational: Rational) {
                value = rational.decimalValue(places: 6)
                exact = rational.isExact(places: 6)
            }
        }

        /// One chemical line.
        package struct Line: Encodable, Sendable {
            let name: String?
            let cas: String?
            let categories: [String]
            let quantity: Number
            let unit: String
            let density_t_per_m3: Number?
            let q_t: Number
            let critical_quantity_t: Number
            let critical_quantity_basis: String
            let table1_number: Int?
            let beta: Number
            let beta_basis: String
            let q_ratio: Number
            let weighted_ratio: Number
        }

        /// One unit.
        package struct Unit: Encodable, Sendable {
            let id: String
            let name: String
            let kind: String
            let kind_label: String
            let people_within_500m: Int
            let chemicals: [Line]
            let s: Number
            let major: Bool
            let weighted_sum: Number
            let alpha: Number?
            let r: Number?
            let level: String?
            let level_label: String?
        }

        let enterprise: String?
        let basis: String
        let units: [Unit]
        let unit_count: Int
        let major_unit_count: Int
        let highest_level: String?
        let highest_level_label: String?
        let grading_rule: String?

        init(_ assessment: MajorHazardAssessment, enterprise: String?) {
            self.enterprise = enterprise
            basis = assessment.basis
            units = assessment.units.map { result in
                Unit(
                    id: result.unit.id, name: result.unit.name, kind: result.unit.kind.rawValue,
                    kind_label: result.unit.kind.label, people_within_500m: result.unit.peopleWithin500m,
                    chemicals: result.lines.map { line in
                        var table1: Int?
                        if case .table1(let number, _) = line.criticalQuantityBasis { table1 = number }
                        return Line(
                            name: line.input.name, cas: line.input.cas, categories: line.input.categories,
                            quantity: Number(line.input.quantity), unit: line.input.unit.rawValue,
                            density_t_per_m3: line.input.density.map(Number.init), q_t: Number(line.tonnes),
                            critical_quantity_t: Number(line.criticalQuantity),
                            critical_quantity_basis: line.criticalQuantityBasis.label, table1_number: table1,
                            beta: Number(line.beta), beta_basis: line.betaBasis.label, q_ratio: Number(line.ratio),
                            weighted_ratio: Number(line.weightedRatio))
                    },
                    s: Number(result.sum), major: result.isMajor, weighted_sum: Number(result.weightedSum),
                    alpha: result.alpha.map(Number.init), r: result.r.map(Number.init), level: result.level?.rawValue,
                    level_label: result.level?.label)
            }
            unit_count = assessment.units.count
            major_unit_count = assessment.majorUnits.count
            highest_level = assessment.highestLevel?.rawValue
            highest_level_label = assessment.highestLevel?.label
            grading_rule = assessment.gradingRuleID
        }
    }
}
