import Foundation

/// What a panel must add for a red or orange enterprise (DOMAIN.md section 1 step 3): the area affected if
/// the risk gets out of control, the risk value, how adequate the existing controls are, and the measures
/// to reduce the risk.
package struct RiskDescription: Sendable, Equatable, Codable {
    /// One of the four texts.
    package enum Field: String, CaseIterable, Sendable, Codable {
        case affectedArea
        case riskValue
        case controlAdequacy
        case reductionMeasures

        /// 失控后果影响范围, 风险值, 现有管控措施充分性, 降低风险的措施.
        package var label: String {
            switch self {
            case .affectedArea: "失控后果影响范围"
            case .riskValue: "风险值"
            case .controlAdequacy: "现有管控措施充分性"
            case .reductionMeasures: "降低风险的措施"
            }
        }
    }

    /// 失控后果影响范围.
    package var affectedArea: String?
    /// 风险值 (free text: a number with its method, or a level).
    package var riskValue: String?
    /// 现有管控措施充分性.
    package var controlAdequacy: String?
    /// 降低风险的措施.
    package var reductionMeasures: String?

    /// Creates a description; every text is optional until the grade is known.
    package init(
        affectedArea: String? = nil, riskValue: String? = nil, controlAdequacy: String? = nil,
        reductionMeasures: String? = nil
    ) {
        self.affectedArea = affectedArea
        self.riskValue = riskValue
        self.controlAdequacy = controlAdequacy
        self.reductionMeasures = reductionMeasures
    }

    /// The text of `field`, nil when absent.
    package subscript(field: Field) -> String? {
        get {
            switch field {
            case .affectedArea: affectedArea
            case .riskValue: riskValue
            case .controlAdequacy: controlAdequacy
            case .reductionMeasures: reductionMeasures
            }
        }
        set {
            switch field {
            case .affectedArea: affectedArea = newValue
            case .riskValue: riskValue = newValue
            case .controlAdequacy: controlAdequacy = newValue
            case .reductionMeasures: reductionMeasures = newValue
            }
        }
    }

    /// The fields that are absent or blank, in field order.
    package var missingFields: [Field] {
        Field.allCases.filter { (self[$0]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "").isEmpty }
    }

    /// Whether a grade needs the four texts: red and orange do.
    package static func isRequired(for grade: Grade) -> Bool { grade == .red || grade == .orange }
}
