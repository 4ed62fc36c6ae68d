import Foundation
import GRDB
import HazChemCore

/// One stored hazardous chemical of a unit (a `hazard_unit_chemical` row), quantities as exact decimal text.
package struct HazardUnitChemicalRecord: Sendable, Equatable {
    /// The row id, nil before insertion.
    package var id: Int64?
    /// The unit it belongs to.
    package var unitID: Int64
    /// Its place in the unit's list, from 0.
    package var position: Int
    /// The name as the user wrote it.
    package var name: String?
    /// The CAS number as the user wrote it.
    package var cas: String?
    /// 表2 category codes.
    package var categories: [String]
    /// The design maximum quantity as decimal text, such as `2000` or `0.5`.
    package var quantity: String
    /// The unit of `quantity`.
    package var unit: QuantityUnit
    /// The density in t/m³ as decimal text, nil when not given.
    package var density: String?

    /// Creates a record.
    package init(
        id: Int64? = nil, unitID: Int64, position: Int, name: String?, cas: String?, categories: [String],
        quantity: String, unit: QuantityUnit, density: String?
    ) {
        self.id = id
        self.unitID = unitID
        self.position = position
        self.name = name
        self.cas = cas
        self.categories = categories
        self.quantity = quantity
        self.unit = unit
        self.density = density
    }

    /// The record for `chemical`; nil when its quantity or density is not a storable decimal (see ``text(_:)``).
    init?(_ chemical: ChemicalInventory, unitID: Int64, position: Int) {
        guard let quantity = Self.text(chemical.quantity) else { return nil }
        var density: String?
        if let value = chemical.density {
            guard let text = Self.text(value) else { return nil }
            density = text
        }
        self.init(
            unitID: unitID, position: position, name: chemical.name, cas: chemical.cas,
            categories: chemical.categories, quantity: quantity, unit: chemical.unit, density: density)
    }

    /// The domain line; nil when the stored decimals do not parse.
    var chemical: ChemicalInventory? {
        guard let quantity = Rational(decimal: quantity) else { return nil }
        var value: Rational?
        if let density {
            guard let parsed = Rational(decimal: density) else { return nil }
            value = parsed
        }
        return ChemicalInventory(
            name: name, cas: cas, categories: categories, quantity: quantity, unit: unit, density: value)
    }

    /// The exact decimal text of a positive value that reads back identically (at most
    /// ``Rational/maxIntegerDigits`` integer and ``Rational/maxFractionDigits`` decimal digits); nil otherwise.
    static func text(_ value: Rational) -> String? {
        guard value > .zero, value.isExact(places: Rational.maxFractionDigits) else { return nil }
        let text = value.decimalString(places: Rational.maxFractionDigits)
        return Rational(decimal: text) == value ? text : nil
    }
}

// MARK: - Database

extension HazardUnitChemicalRecord: FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "hazard_unit_chemical"

    package func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["unit_id"] = unitID
        container["position"] = position
        container["name"] = name
        container["cas"] = cas
        container["categories"] = JSONText.encode(categories)
        container["quantity"] = quantity
        container["unit"] = unit.rawValue
        container["density"] = density
    }

    package init(row: Row) throws {
        let id: Int64 = row["id"]
        func bad(_ column: String) -> StoreError {
            StoreError(.database, field: column, entity: "重大危险源单元危险化学品 #\(id)", message: "数据库中的值无效")
        }
        guard let categories = JSONText.strings(row["categories"]) else { throw bad("categories") }
        guard let unit = QuantityUnit(rawValue: row["unit"]) else { throw bad("unit") }
        self.init(
            id: id, unitID: row["unit_id"], position: row["position"], name: row["name"], cas: row["cas"],
            categories: categories, quantity: row["quantity"], unit: unit, density: row["density"])
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
