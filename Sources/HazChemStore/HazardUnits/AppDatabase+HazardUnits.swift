import Foundation
import GRDB
import HazChemCore

extension AppDatabase {
    /// Replaces every production and storage unit of the enterprise with `units`, kept in their order.
    ///
    /// Checks every unit first (``HazardUnit/storeProblems(_:)``) and refuses the whole list, storing nothing,
    /// when anything is wrong. The old units are deleted and the new ones inserted in one transaction with one
    /// audit row (action `replace`, entity `hazard_unit`, entity id the enterprise id, before/after the unit
    /// lists as JSON); a list equal to the stored one is not rewritten. A unit keeps its `created_at` when its
    /// code was stored before. The enterprise's major hazard levels are left as they are: see
    /// ``updateMajorHazardLevels(enterpriseID:from:actor:)`` and ``importHazardUnits(from:enterpriseID:reference:actor:)``.
    /// - Returns: the units as stored (without origins).
    @discardableResult
    package func replaceHazardUnits(_ units: [HazardUnit], enterpriseID: Int64, actor: String) throws(StoreError)
        -> [HazardUnit]
    {
        try Self.checkActor(actor)
        try Self.checkHazardUnits(units)
        return try write { db in
            _ = try Self.fetchEnterprise(db, id: enterpriseID)
            try replaceHazardUnits(db, units, enterpriseID: enterpriseID, actor: actor, action: "replace")
            return try Self.storedHazardUnits(db, enterpriseID: enterpriseID).map(\.unit)
        }
    }

    /// The enterprise's stored units in their order, quantities and densities exactly as given.
    package func hazardUnits(enterpriseID: Int64) throws(StoreError) -> [HazardUnit] {
        try read { db in
            _ = try Self.fetchEnterprise(db, id: enterpriseID)
            return try Self.storedHazardUnits(db, enterpriseID: enterpriseID).map(\.unit)
        }
    }

    /// GB 18218-2018 identification and grading of the enterprise's stored units with `reference`: every
    /// unit's S, and for major installations α, R and the level, with each chemical's q, Q and β. An
    /// enterprise without stored units gets an assessment without units. Stored units the reference refuses
    /// (such as a chemical it no longer lists) are reported as invalid input, all at once.
    package func majorHazardAssessment(enterpriseID: Int64, reference: MajorHazardReference) throws(StoreError)
        -> MajorHazardAssessment
    {
        try Self.assess(try hazardUnits(enterpriseID: enterpriseID), reference: reference)
    }

    /// Sets the enterprise's ``Enterprise/majorHazardLevels`` to the levels of `assessment`'s major hazard
    /// installations (``MajorHazardAssessment/levelNumbers``), audited as an enterprise `update` with
    /// before/after JSON; nothing is written when the levels are already those.
    /// - Returns: the enterprise as stored afterwards.
    @discardableResult
    package func updateMajorHazardLevels(
        enterpriseID: Int64, from assessment: MajorHazardAssessment, actor: String
    ) throws(StoreError) -> Enterprise {
        try Self.checkActor(actor)
        return try write { db in
            try setMajorHazardLevels(db, enterpriseID: enterpriseID, levels: assessment.levelNumbers, actor: actor)
        }
    }

    /// Throws every problem that keeps `units` out of the store.
    static func checkHazardUnits(_ units: [HazardUnit]) throws(StoreError) {
        let problems = HazardUnit.storeProblems(units)
        if !problems.isEmpty { throw StoreError(.invalidInput, problems: problems) }
    }

    /// Assesses `units`, converting the calculator's problems into a store error.
    static func assess(_ units: [HazardUnit], reference: MajorHazardReference) throws(StoreError)
        -> MajorHazardAssessment
    {
        do {
            return try MajorHazardCalculator(reference: reference).assess(units)
        } catch {
            throw error.storeError
        }
    }

    /// The enterprise with this id, or a not-found error.
    static func fetchEnterprise(_ db: Database, id: Int64) throws -> Enterprise {
        guard let enterprise = try Enterprise.fetchOne(db, key: id) else {
            throw StoreError(.notFound, entity: "企业 #\(id)", message: "企业不存在")
        }
        return enterprise
    }

    /// The stored units of an enterprise with their records, in order.
    static func storedHazardUnits(_ db: Database, enterpriseID: Int64) throws -> [HazardUnitEntry] {
        let units = try HazardUnitRecord.filter(Column("enterprise_id") == enterpriseID)
            .order(Column("position")).fetchAll(db)
        let lines = try HazardUnitChemicalRecord.fetchAll(
            db,
            sql: """
                SELECT * FROM hazard_unit_chemical
                WHERE unit_id IN (SELECT id FROM hazard_unit WHERE enterprise_id = ?) ORDER BY unit_id, position
                """, arguments: [enterpriseID])
        let byUnit = Dictionary(grouping: lines, by: \.unitID)
        return try units.map { record in
            let chemicals = byUnit[record.id!] ?? []
            let inventory = try chemicals.map { line in
                guard let chemical = line.chemical else {
                    throw StoreError(
                        .database, field: "quantity, density", entity: "重大危险源单元危险化学品 #\(line.id!)", message: "数据库中的值无效")
                }
                return chemical
            }
            return HazardUnitEntry(record: record, chemicals: chemicals, unit: record.unit(chemicals: inventory))
        }
    }

    /// Replaces the enterprise's units in the caller's transaction (see ``replaceHazardUnits(_:enterpriseID:actor:)``);
    /// `units` must have passed ``checkHazardUnits(_:)``. Returns whether anything changed.
    @discardableResult
    func replaceHazardUnits(
        _ db: Database, _ units: [HazardUnit], enterpriseID: Int64, actor: String, action: String
    ) throws -> Bool {
        let old = try Self.storedHazardUnits(db, enterpriseID: enterpriseID)
        let new = units.map {
            var unit = $0
            unit.origin = nil
            unit.chemicals = unit.chemicals.map {
                var chemical = $0
                chemical.origin = nil
                return chemical
            }
            return unit
        }
        if old.map(\.unit) == new { return false }
        let created = Dictionary(old.map { ($0.record.code, $0.record.createdAt) }, uniquingKeysWith: { a, _ in a })
        try HazardUnitRecord.filter(Column("enterprise_id") == enterpriseID).deleteAll(db)
        let at = now()
        var stored: [HazardUnitEntry] = []
        for (position, unit) in new.enumerated() {
            var record = HazardUnitRecord(
                unit, enterpriseID: enterpriseID, position: position, createdAt: created[unit.id] ?? at, updatedAt: at)
            try record.insert(db)
            var lines: [HazardUnitChemicalRecord] = []
            for (index, chemical) in unit.chemicals.enumerated() {
                // checkHazardUnits has refused quantities and densities that are not storable decimals.
                var line = HazardUnitChemicalRecord(chemical, unitID: record.id!, position: index)!
                try line.insert(db)
                lines.append(line)
            }
            stored.append(HazardUnitEntry(record: record, chemicals: lines, unit: unit))
        }
        try audit(
            db, actor: actor, action: action, entity: HazardUnitRecord.databaseTableName,
            entityID: String(enterpriseID), before: try HazardUnitAuditRecord.json(old),
            after: try HazardUnitAuditRecord.json(stored))
        return true
    }

    /// Sets the enterprise's major hazard levels in the caller's transaction, audited when they change.
    func setMajorHazardLevels(_ db: Database, enterpriseID: Int64, levels: [Int], actor: String) throws -> Enterprise {
        var record = try Self.fetchEnterprise(db, id: enterpriseID)
        guard record.majorHazardLevels != levels else { return record }
        let before = try Enterprise.auditJSON(db, id: enterpriseID)
        record.majorHazardLevels = levels
        record.updatedAt = now()
        try record.update(db)
        try Enterprise.audit(
            db, at: now().databaseValue, actor: actor, action: "update", id: enterpriseID, before: before)
        return record
    }
}
