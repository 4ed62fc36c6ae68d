import Foundation
import GRDB
import HazChemCore

extension AppDatabase {
    /// Records that `county` (code, name or alias) submitted its report for `period` on `day`, with an audit row
    /// (entity `monthly_submission`); returns the submission judged on `day`.
    ///
    /// A submission is recorded once: a second one for the same county and month is refused, so the first
    /// date (the one that decides lateness) stands. A draft row is turned into a submission.
    @discardableResult
    package func submitMonthlyReport(county: String, period: MonthlyPeriod, on day: LocalDate, actor: String)
        throws(StoreError) -> MonthlySubmission
    {
        try Self.checkActor(actor)
        guard day >= period.firstDay else {
            throw StoreError(
                .invalidInput, field: "报送日期", message: "报送日期 \(day) 早于所报月份 \(period) 的第一天，请检查日期")
        }
        return try write { db in
            let directory = RegionDirectory(try Region.fetchAll(db))
            guard let region = directory.county(county) else {
                throw StoreError(.invalidInput, field: "旗县市", message: directory.unknownCountyMessage(county))
            }
            let entity = "\(region.name) \(period)月报"
            let existing = try Row.fetchOne(
                db, sql: "SELECT * FROM monthly_submission WHERE county_code = ? AND month = ?",
                arguments: [region.code, period.description])
            if let existing, existing["status"] == "submitted" {
                let on = String((existing["submitted_at"] as String).prefix(10))
                throw StoreError(.conflict, entity: entity, message: "已于 \(on) 报送，不能重复报送")
            }
            let id: Int64
            if let existing {
                id = existing["id"]
                try db.execute(
                    sql: "UPDATE monthly_submission SET status = 'submitted', submitted_at = ? WHERE id = ?",
                    arguments: [day, id])
            } else {
                try db.execute(
                    sql: """
                        INSERT INTO monthly_submission (county_code, month, status, submitted_at)
                        VALUES (?, ?, 'submitted', ?)
                        """, arguments: [region.code, period.description, day])
                id = db.lastInsertedRowID
            }
            let after = try String.fetchOne(
                db,
                sql: """
                    SELECT json_object('county_code', county_code, 'id', id, 'month', month, 'status', status,
                        'submitted_at', submitted_at) FROM monthly_submission WHERE id = ?
                    """, arguments: [id])
            let before = try existing.map { _ in
                try AuditJSON.encode(["county_code": region.code, "month": period.description, "status": "draft"])
            }
            try audit(
                db, actor: actor, action: existing == nil ? "create" : "update", entity: "monthly_submission",
                entityID: String(id), before: before, after: after)
            return MonthlySubmission(
                countyCode: region.code, countyName: region.name, dueDate: period.dueDate, submittedOn: day, asOf: day)
        }
    }
}
