import Foundation

extension MajorHazardAssessment {
    /// The assessment as a JSON-friendly value, numbers rounded to 6 decimals.
    package func jsonReport(enterprise: String? = nil) -> JSONReport { JSONReport(self, enterprise: enterprise) }

    /// The JSON form of an assessment (snake_case keys). Numbers are rounded to 6 decimals for
    /// reading only: identification and levels are decided on the exact values.
    package struct JSONReport: Encodable, Sendable {
        /// One chemical line.
        package struct Line: Encodable, Sendable {
            let name: String?
            let cas: String?
            let categories: [String]
            let quantity: Decimal
            let unit: String
            let density_t_per_m3: Decimal?
            let q_t: Decimal
            let critical_quantity_t: Decimal
            let critical_quantity_basis: String
            let table1_number: Int?
            let beta: Decimal
            let beta_basis: String
            let q_ratio: Decimal
            let weighted_ratio: Decimal
        }

        /// One unit.
        package struct Unit: Encodable, Sendable {
            let id: String
            let name: String
            let kind: String
            let kind_label: String
            let people_within_500m: Int
            let chemicals: [Line]
            let s: Decimal
            let major: Bool
            let weighted_sum: Decimal
            let alpha: Decimal?
            let r: Decimal?
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
            func number(_ value: Rational) -> Decimal { value.decimalValue(places: 6) }
            self.enterprise = enterprise
            basis = assessment.basis
            units = assessment.units.map { result in
                Unit(
                    id: result.unit.id, name: result.unit.name, kind: result.unit.kind.rawValue,
                    kind_label: result.unit.kind.label, people_within_500m: result.unit.peopleWithin500m,
                    chemicals: result.lines.map { line in
                        var table1: Int?
                        if case .table1(let entry, _) = line.criticalQuantityBasis { table1 = entry }
                        return Line(
                            name: line.input.name, cas: line.input.cas, categories: line.input.categories,
                            quantity: number(line.input.quantity), unit: line.input.unit.rawValue,
                            density_t_per_m3: line.input.density.map(number), q_t: number(line.tonnes),
                            critical_quantity_t: number(line.criticalQuantity),
                            critical_quantity_basis: line.criticalQuantityBasis.label, table1_number: table1,
                            beta: number(line.beta), beta_basis: line.betaBasis.label, q_ratio: number(line.ratio),
                            weighted_ratio: number(line.weightedRatio))
                    },
                    s: number(result.sum), major: result.isMajor, weighted_sum: number(result.weightedSum),
                    alpha: result.alpha.map(number), r: result.r.map(number), level: result.level?.rawValue,
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
