import Foundation
import HazChemCore

/// A unit with its chemicals as written to the audit log's before/after JSON: exactly the stored values.
struct HazardUnitAuditRecord: Encodable {
    /// One chemical line.
    struct Chemical: Encodable {
        var name: String?
        var cas: String?
        var categories: [String]
        var quantity: String
        var unit: String
        var density: String?
    }

    var code: String
    var name: String
    var kind: String
    var peopleWithin500m: Int
    var chemicals: [Chemical]

    enum CodingKeys: String, CodingKey {
        case code, name, kind, chemicals
        case peopleWithin500m = "people_within_500m"
    }

    /// The record of a stored unit and its chemicals.
    init(_ unit: HazardUnitRecord, chemicals: [HazardUnitChemicalRecord]) {
        code = unit.code
        name = unit.name
        kind = unit.kind.rawValue
        peopleWithin500m = unit.peopleWithin500m
        self.chemicals = chemicals.map {
            Chemical(
                name: $0.name, cas: $0.cas, categories: $0.categories, quantity: $0.quantity, unit: $0.unit.rawValue,
                density: $0.density)
        }
    }

    /// The JSON array of `units` (sorted keys), `[]` for none.
    static func json(_ units: [HazardUnitEntry]) throws -> String {
        try AuditJSON.encode(units.map { HazardUnitAuditRecord($0.record, chemicals: $0.chemicals) })
    }
}
