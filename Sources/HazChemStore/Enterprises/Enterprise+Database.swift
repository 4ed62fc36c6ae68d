import Foundation
import GRDB
import HazChemCore

// MARK: - Database

extension Enterprise: FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "enterprise"

    /// Every column but `id`, in the order of ``databaseValues``.
    static let valueColumns = [
        "credit_code", "name", "county_code", "address", "kind", "principal", "contact_phone", "licence_number",
        "licence_scope", "licence_expiry", "in_chemical_park", "major_hazard_levels", "hazardous_processes",
        "key_chemicals", "standardisation_level", "operating_status", "self_reactive_units", "created_at", "updated_at",
    ]

    /// The values of ``valueColumns``, for prepared statements.
    var databaseValues: [(any DatabaseValueConvertible)?] {
        [
            creditCode.value, name, countyCode, address, kind.rawValue, principal, contactPhone, licenceNumber,
            licenceScope, licenceExpiry, inChemicalPark, JSONText.encode(majorHazardLevels),
            JSONText.encode(hazardousProcesses), JSONText.encode(keyChemicals), standardisationLevel,
            operatingStatus.rawValue, selfReactiveUnits, createdAt, updatedAt,
        ]
    }

    package func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        for (column, value) in zip(Self.valueColumns, databaseValues) { container[column] = value }
    }

    package init(row: Row) throws {
        let id: Int64 = row["id"]
        func bad(_ column: String) -> StoreError {
            StoreError(.database, field: column, entity: "企业 #\(id)", message: "数据库中的值无效")
        }
        guard let creditCode = CreditCode(row["credit_code"] as String) else { throw bad("credit_code") }
        guard let kind = EnterpriseKind(rawValue: row["kind"]) else { throw bad("kind") }
        guard let status = OperatingStatus(rawValue: row["operating_status"]) else { throw bad("operating_status") }
        guard let levels = JSONText.integers(row["major_hazard_levels"]) else { throw bad("major_hazard_levels") }
        guard let processes = JSONText.strings(row["hazardous_processes"]) else { throw bad("hazardous_processes") }
        guard let chemicals = JSONText.strings(row["key_chemicals"]) else { throw bad("key_chemicals") }
        self.init(
            id: id, creditCode: creditCode, name: row["name"], countyCode: row["county_code"],
            address: row["address"], kind: kind, principal: row["principal"], contactPhone: row["contact_phone"],
            licenceNumber: row["licence_number"], licenceScope: row["licence_scope"],
            licenceExpiry: row["licence_expiry"], inChemicalPark: row["in_chemical_park"],
            majorHazardLevels: levels, hazardousProcesses: processes, keyChemicals: chemicals,
            standardisationLevel: row["standardisation_level"], operatingStatus: status,
            selfReactiveUnits: row["self_reactive_units"], createdAt: row["created_at"], updatedAt: row["updated_at"])
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The stored row as a JSON object with sorted keys, built by SQLite (fast enough for imports, and exactly
    /// what is stored).
    static let auditJSONExpression = """
        json_object('address', address, 'contact_phone', contact_phone, 'county_code', county_code,
            'created_at', created_at, 'credit_code', credit_code, 'hazardous_processes', json(hazardous_processes),
            'id', id, 'in_chemical_park', json(iif(in_chemical_park, 'true', 'false')),
            'key_chemicals', json(key_chemicals), 'kind', kind, 'licence_expiry', licence_expiry,
            'licence_number', licence_number, 'licence_scope', licence_scope,
            'major_hazard_levels', json(major_hazard_levels), 'name', name, 'operating_status', operating_status,
            'principal', principal, 'self_reactive_units', json(iif(self_reactive_units, 'true', 'false')),
            'standardisation_level', standardisation_level, 'updated_at', updated_at)
        """

    /// The stored row `id` as audit JSON.
    static func auditJSON(_ db: Database, id: Int64) throws -> String? {
        try String.fetchOne(
            db.cachedStatement(sql: "SELECT \(auditJSONExpression) FROM enterprise WHERE id = ?"), arguments: [id])
    }

    /// Appends an audit row whose `after` is the stored row `id`, in the caller's transaction.
    static func audit(
        _ db: Database, at: DatabaseValue, actor: String, action: String, id: Int64, before: String?
    ) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO audit_log (at, user, action, entity, entity_id, before_json, after_json)
                SELECT ?, ?, ?, 'enterprise', id, ?, \(auditJSONExpression) FROM enterprise WHERE id = ?
                """)
        try statement.execute(arguments: [at, actor, action, before, id])
    }
}
