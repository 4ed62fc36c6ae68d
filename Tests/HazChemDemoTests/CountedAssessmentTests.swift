import Foundation
import GRDB
import HazChemCore
import Testing

@testable import HazChemStore

@Suite("The counted assessment: one rule for the monthly report, register, dashboard and pages")
struct CountedAssessmentTests {
    @Test("the monthly report's enterprise lines are exactly the counted assessments ended by the month's end")
    func monthlyAgreesWithThePages() throws {
        let fixture = try DemoCampaignFixture.standard.get()
        let november = MonthlyPeriod(year: 2019, month: 11)!
        let report = try fixture.database.liveMonthlyReport(for: november)
        let monthly = Dictionary(uniqueKeysWithValues: report.enterprises.map { ($0.enterpriseID, $0.assessmentID) })
        let counted = try fixture.database.reader.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT e.id AS enterprise, a.id AS assessment FROM enterprise e
                    JOIN assessment a ON a.id = \(CountedAssessment.id(of: "e.id"))
                    LEFT JOIN panel_visit p ON p.assessment_id = a.id
                    WHERE \(CountedAssessment.endDay("a", panel: "p")) <= ?
                    """, arguments: [november.lastDay])
        }
        let pages = Dictionary(
            uniqueKeysWithValues: counted.map { ($0["enterprise"] as Int64, $0["assessment"] as Int64) })
        #expect(!monthly.isEmpty)
        #expect(monthly == pages)
        // The campaign has corrections: the rule is exercised where a superseded version exists.
        let corrected = try fixture.count(
            "SELECT count(*) FROM assessment WHERE previous_version_id IS NOT NULL AND status IN ('signed', 'dispositionDecided')"
        )
        #expect(corrected > 0)
    }

    @Test("the counted_assessment table the pages read equals the rule, after the campaign and its migration")
    func keptTableAgreesAfterTheCampaign() throws {
        let fixture = try DemoCampaignFixture.standard.get()
        let (mismatches, rows) = try fixture.database.reader.read { db in
            (try Self.mismatches(db), try Int.fetchOne(db, sql: "SELECT count(*) FROM counted_assessment")!)
        }
        #expect(mismatches == 0)
        #expect(rows > 100)
        // The migration's one-pass fill gives the same rows as the triggers kept while the campaign was written.
        let (kept, filled) = try fixture.database.writer.writeWithoutTransaction { db in
            var result: ([Row], [Row]) = ([], [])
            try db.inTransaction {
                let all = "SELECT * FROM counted_assessment ORDER BY enterprise_id"
                result.0 = try Row.fetchAll(db, sql: all)
                try db.execute(sql: "DELETE FROM counted_assessment")
                try db.execute(sql: Schema.countedAssessmentBackfill)
                result.1 = try Row.fetchAll(db, sql: all)
                return .rollback
            }
            return result
        }
        #expect(filled == kept)
    }

    @Test(
        "the counted_assessment triggers follow signing, corrections, dispositions, visit dates and enterprises",
        arguments: ["sign", "correct", "correctUnsigned", "visitEnd", "dispose", "close", "addEnterprise"])
    func keptTableFollowsChanges(_ change: String) throws {
        let fixture = try DemoCampaignFixture(enterprises: 40, seed: 5)
        let uncorrected = """
            SELECT id FROM assessment a WHERE status IN ('signed', 'dispositionDecided')
                AND NOT EXISTS (SELECT 1 FROM assessment n WHERE n.previous_version_id = a.id) ORDER BY id LIMIT 1
            """
        let correction = """
            INSERT INTO assessment (enterprise_id, panel_id, version, previous_version_id, status, score_tenths, grade,
                grading_table_hash, checklist_table_hash, on_site_end, created_at, updated_at)
            SELECT enterprise_id, panel_id, version + 1, id, ?, score_tenths, 'blue', grading_table_hash,
                checklist_table_hash, '2019-06-01', created_at, updated_at
            FROM assessment WHERE id = (\(uncorrected))
            """
        let before = try fixture.database.reader.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM counted_assessment ORDER BY enterprise_id")
        }
        try fixture.database.writer.write { db in
            switch change {
            case "sign":
                try db.execute(
                    sql:
                        "UPDATE assessment SET status = 'signed' WHERE id = (SELECT min(id) FROM assessment WHERE status = 'submitted')"
                )
            case "correct":
                try db.execute(sql: correction, arguments: ["signed"])
            case "correctUnsigned":
                try db.execute(sql: correction, arguments: ["submitted"])
            case "visitEnd":
                // An assessment without its own end day takes its visit's; the visit moves, then it is signed.
                let id = try Int64.fetchOne(
                    db,
                    sql:
                        "SELECT min(a.id) FROM assessment a JOIN panel_visit v ON v.assessment_id = a.id WHERE a.status = 'submitted'"
                )!
                try db.execute(
                    sql: "UPDATE assessment SET on_site_start = NULL, on_site_end = NULL WHERE id = ?", arguments: [id])
                try db.execute(
                    sql:
                        "UPDATE panel_visit SET on_site_start = '2019-12-01', on_site_end = '2019-12-02' WHERE assessment_id = ?",
                    arguments: [id])
                try db.execute(sql: "UPDATE assessment SET status = 'signed' WHERE id = ?", arguments: [id])
            case "close":
                try db.execute(
                    sql: """
                        UPDATE enterprise SET operating_status = 'closed'
                        WHERE id = (SELECT min(enterprise_id) FROM counted_assessment WHERE assessment_id IS NOT NULL)
                        """)
            case "addEnterprise":
                try db.execute(
                    sql: """
                        INSERT INTO enterprise (credit_code, name, address, county_code, kind, operating_status,
                            created_at, updated_at)
                        SELECT '91152200MA0TEST01X', name || '（新）', address, county_code, kind, 'operating', created_at,
                            updated_at
                        FROM enterprise ORDER BY id LIMIT 1
                        """)
            default:
                try db.execute(
                    sql:
                        "UPDATE assessment SET status = 'dispositionDecided' WHERE id = (SELECT min(id) FROM assessment WHERE status = 'signed')"
                )
            }
        }
        let (mismatches, after) = try fixture.database.reader.read { db in
            (
                try Self.mismatches(db),
                try Row.fetchAll(db, sql: "SELECT * FROM counted_assessment ORDER BY enterprise_id")
            )
        }
        #expect(mismatches == 0)
        // Signing, a signed correction, closing and a new enterprise change the table; the others leave it as it was.
        #expect((after != before) == ["sign", "correct", "visitEnd", "close", "addEnterprise"].contains(change))
    }

    /// Enterprises whose `counted_assessment` row is missing or differs from the enterprise and
    /// ``CountedAssessment/id(of:)`` with its end day and grade, and rows of no enterprise.
    static func mismatches(_ db: Database) throws -> Int {
        try Int.fetchOne(
            db,
            sql: """
                SELECT count(*) FROM enterprise e LEFT JOIN counted_assessment c ON c.enterprise_id = e.id
                LEFT JOIN assessment a ON a.id = \(CountedAssessment.id(of: "e.id"))
                LEFT JOIN panel_visit p ON p.assessment_id = a.id
                WHERE c.enterprise_id IS NULL OR c.county_code IS NOT e.county_code
                    OR c.operating_status IS NOT e.operating_status OR c.assessment_id IS NOT a.id
                    OR c.end_day IS NOT \(CountedAssessment.endDay("a", panel: "p")) OR c.grade IS NOT a.grade
                """)!
            + Int.fetchOne(
                db,
                sql: "SELECT count(*) FROM counted_assessment WHERE enterprise_id NOT IN (SELECT id FROM enterprise)")!
    }
}
