import Foundation
import GRDB
import HazChemCore

/// One stored production or storage unit of an enterprise (a `hazard_unit` row), without its chemicals.
package struct HazardUnitRecord: Sendable, Equatable {
    /// The row id, nil before insertion.
    package var id: Int64?
    /// The enterprise the unit belongs to.
    package var enterpriseID: Int64
    /// The unit code, unique in the enterprise (``HazardUnit/id``), such as `T1`.
    package var code: String
    /// The name users read, such as 液氨罐区.
    package var name: String
    /// Production or storage unit.
    package var kind: HazardUnitKind
    /// People normally present outside the installation within 500 m (sets α).
    package var peopleWithin500m: Int
    /// The unit's place in the enterprise's list, from 0.
    package var position: Int
    /// When a unit with this code was first stored for the enterprise.
    package var createdAt: Date
    /// When the unit was last stored.
    package var updatedAt: Date

    /// Creates a record.
    package init(
        id: Int64? = nil, enterpriseID: Int64, code: String, name: String, kind: HazardUnitKind,
        peopleWithin500m: Int, position: Int, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.enterpriseID = enterpriseID
        self.code = code
        self.name = name
        self.kind = kind
        self.peopleWithin500m = peopleWithin500m
        self.position = position
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The record for `unit`, at `position` in the enterprise's list.
    init(_ unit: HazardUnit, enterpriseID: Int64, position: Int, createdAt: Date, updatedAt: Date) {
        self.init(
            enterpriseID: enterpriseID, code: unit.id, name: unit.name, kind: unit.kind,
            peopleWithin500m: unit.peopleWithin500m, position: position, createdAt: createdAt, updatedAt: updatedAt)
    }

    /// The domain unit with `chemicals` (no origin: stored units are named by their code in messages).
    func unit(chemicals: [ChemicalInventory]) -> HazardUnit {
        HazardUnit(id: code, name: name, kind: kind, peopleWithin500m: peopleWithin500m, chemicals: chemicals)
    }
}

// MARK: - Database

extension HazardUnitRecord: FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "hazard_unit"

    package func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["enterprise_id"] = enterpriseID
        container["code"] = code
        container["name"] = name
        container["kind"] = kind.rawValue
        container["people_within_500m"] = peopleWithin500m
        container["position"] = position
        container["created_at"] = createdAt
        container["updated_at"] = updatedAt
    }

    package init(row: Row) throws {
        let id: Int64 = row["id"]
        guard let kind = HazardUnitKind(rawValue: row["kind"]) else {
            throw StoreError(.database, field: "kind", entity: "重大危险源单元 #\(id)", message: "数据库中的值无效")
        }
        self.init(
            id: id, enterpriseID: row["enterprise_id"], code: row["code"], name: row["name"], kind: kind,
            peopleWithin500m: row["people_within_500m"], position: row["position"], createdAt: row["created_at"],
            updatedAt: row["updated_at"])
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
