import Foundation
import GRDB
import HazChemCore

extension AppDatabase {
    /// The snapshot checklist of each assessment in `ids` that exists, for ledgers that show item texts;
    /// assessments with the same tables share one parsed checklist.
    package func checklists(ofAssessments ids: Set<Int64>) throws(StoreError) -> [Int64: Checklist] {
        guard !ids.isEmpty else { return [:] }
        return try read { db in
            var result: [Int64: Checklist] = [:]
            let rows = try Row.fetchCursor(
                db,
                sql: "SELECT id, grading_table_hash, checklist_table_hash, criteria_table_hash FROM assessment")
            while let row = try rows.next() {
                let id: Int64 = row["id"]
                guard ids.contains(id) else { continue }
                result[id] =
                    try AssessmentTables.fromSnapshots(
                        db, grading: row["grading_table_hash"] ?? "", checklist: row["checklist_table_hash"] ?? "",
                        criteria: row["criteria_table_hash"]
                    ).checklist
            }
            return result
        }
    }
}
