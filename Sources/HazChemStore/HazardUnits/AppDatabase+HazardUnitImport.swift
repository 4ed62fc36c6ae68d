import Foundation
import GRDB
import HazChemCore
import HazChemTables

extension AppDatabase {
    /// Imports an enterprise's units from an inventory CSV or a YAML units file (``MajorHazardInventory``),
    /// replaces its stored units with them and sets its major hazard levels from the computation.
    ///
    /// Everything is checked before anything is stored: the file by its reader, every chemical against
    /// `reference` (unknown chemical or category, volume without density …), the units by the store's
    /// rules and the whole calculation. Any problem stores nothing and every problem is reported with its
    /// file, row and column (CSV) or field path (YAML). A file without units is refused. Units and levels
    /// are written in one transaction, audited as an `import` of `hazard_unit` and an enterprise `update`.
    @discardableResult
    package func importHazardUnits(
        from url: URL, enterpriseID: Int64, reference: MajorHazardReference, actor: String
    ) throws(StoreError) -> HazardUnitImportSummary {
        try Self.checkActor(actor)
        let file = url.lastPathComponent
        let inventory: MajorHazardInventory
        do {
            inventory = try MajorHazardInventory.load(
                contentsOf: url, checkingWith: MajorHazardCalculator(reference: reference))
        } catch {
            throw Self.inventoryError(error, columns: url.pathExtension.lowercased() == "csv")
        }
        if inventory.units.isEmpty {
            throw StoreError(.invalidInput, file: file, message: "文件中没有任何单元，未导入")
        }
        try Self.checkHazardUnits(inventory.units)
        let assessment = try Self.assess(inventory.units, reference: reference)
        return try write { db in
            let enterprise = try Self.fetchEnterprise(db, id: enterpriseID)
            let previous = try Self.storedHazardUnits(db, enterpriseID: enterpriseID).count
            let changed = try replaceHazardUnits(
                db, inventory.units, enterpriseID: enterpriseID, actor: actor, action: "import")
            let updated = try setMajorHazardLevels(
                db, enterpriseID: enterpriseID, levels: assessment.levelNumbers, actor: actor)
            return HazardUnitImportSummary(
                file: file, fileEnterprise: inventory.enterprise, previousUnitCount: previous, unitsChanged: changed,
                previousLevels: enterprise.majorHazardLevels, enterprise: updated, assessment: assessment)
        }
    }

    /// A reader's problems as a store error: CSV problems name the row and column, YAML ones the line and field.
    static func inventoryError(_ error: TableError, columns: Bool) -> StoreError {
        StoreError(
            .invalidInput,
            problems: error.problems.map { problem in
                let place = problem.field.isEmpty ? nil : problem.field
                return StoreError.Problem(
                    file: problem.file, row: problem.line, column: columns ? place : nil, field: columns ? nil : place,
                    message: problem.message)
            })
    }
}
