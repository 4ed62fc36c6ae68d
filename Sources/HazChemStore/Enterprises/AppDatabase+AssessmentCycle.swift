import Foundation
import GRDB
import HazChemCore

extension AppDatabase {
    /// When each enterprise's next assessment is due under ``assessmentCycle``, by enterprise id, as of today
    /// (for the CLI's list and record, which read enterprises without the page queries).
    package func nextAssessments() throws(StoreError) -> [Int64: AssessmentCycle.Due] {
        let (cycle, today) = (assessmentCycle, LocalDate.today(now()))
        return try read { db in
            var result: [Int64: AssessmentCycle.Due] = [:]
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT e.id, e.operating_status = 'closed' AS closed, \(PageSQL.lastAssessed) AS last_assessed
                    FROM enterprise e
                    """)
            while let row = try rows.next() {
                result[row["id"]] = cycle.due(lastAssessed: row["last_assessed"], closed: row["closed"], today: today)
            }
            return result
        }
    }

}
