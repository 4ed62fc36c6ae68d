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
}
