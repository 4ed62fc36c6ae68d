import Foundation
import GRDB
import HazChemCore
import HazChemDemo
import HazChemTestSupport
import Testing

@testable import HazChemStore

@Suite("Demo campaign: determinism, credit codes and coverage")
struct DemoCampaignTests {
    @Test("the same seed gives the same campaign; another seed gives another")
    func determinism() throws {
        let first = try DemoCampaignFixture(enterprises: 60, seed: 7)
        let again = try DemoCampaignFixture(enterprises: 60, seed: 7)
        let other = try DemoCampaignFixture(enterprises: 60, seed: 8)
        #expect(first.summary == again.summary)
        #expect(try first.digest() == again.digest())
        #expect(first.summary.enterpriseCodesHash != other.summary.enterpriseCodesHash)
        #expect(try first.digest() != other.digest())
        #expect(first.summary.enterprises == 60)
    }

    @Test("key figures of seed 2019 with 300 enterprises are pinned")
    func pinnedFigures() throws {
        let s = try DemoCampaignFixture.standard.get().summary
        #expect(s.enterprises == 300)
        #expect(
            s.enterprisesByKind == [
                "production": 25, "storage": 30, "tradingWithStorage": 91, "tradingWithoutStorage": 154,
            ])
        #expect(s.enterpriseCodesHash == "cfeb36a89a22b2d49d5d313e43e6004351208d44fdeb0df7ab71a01a3bd1f3a1")
        #expect(s.grades == ["red": 18, "orange": 39, "yellow": 97, "blue": 97])
        #expect(DemoCampaignSummary.total(s.hazards) == 1299)
    }

    @Test("every credit code is valid GB 32100 and carries the enterprise's county")
    func creditCodes() throws {
        let fixture = try DemoCampaignFixture.standard.get()
        let rows = try fixture.database.reader.read {
            try Row.fetchAll($0, sql: "SELECT credit_code, county_code FROM enterprise")
        }
        #expect(rows.count == 300)
        for row in rows {
            let code: String = row[0]
            #expect(CreditCode(code) != nil, "\(code)")
            #expect(code.hasPrefix("91" + (row[1] as String)), "\(code)")
        }
    }

    @Test("every kind, status, grade, disposition, closure action and hazard state is present")
    func coverage() throws {
        let fixture = try DemoCampaignFixture.standard.get()
        let s = fixture.summary
        for kind in EnterpriseKind.allCases { #expect((s.enterprisesByKind[kind.rawValue] ?? 0) > 0, "\(kind)") }
        #expect(s.enterprisesByCounty.count == 6)
        for status in AssessmentStatus.allCases {
            #expect((s.assessmentsByStatus[status.rawValue] ?? 0) > 0, "\(status)")
        }
        for grade in Grade.allCases { #expect((s.grades[grade.rawValue] ?? 0) > 0, "\(grade)") }
        #expect(s.directRed > 0)
        for kind in DispositionClass.allCases { #expect((s.dispositions[kind.rawValue] ?? 0) > 0, "\(kind)") }
        for action in ClosureAction.allCases { #expect((s.closureActions[action.rawValue] ?? 0) > 0, "\(action)") }
        for status in HazardStatus.allCases { #expect((s.hazards[status.rawValue] ?? 0) > 0, "\(status)") }
        #expect(s.overdueHazards > 0)
        #expect(s.majorHazards > 0)
        #expect(s.corrections >= 2)
        #expect(s.lateReports > 0)
        #expect(s.enterprisesWithUnits > 0)
        for status in ["onTime", "late", "missing"] { #expect((s.monthlySubmissions[status] ?? 0) > 0, "\(status)") }
        #expect(s.users == 2 + 6 + 3 + 1)
        #expect(s.experts >= 40)
        #expect(s.regulators > 0)
        // A correction signed and one still in draft.
        #expect(
            try fixture.count(
                "SELECT count(*) FROM assessment WHERE version = 2 AND status IN ('signed', 'dispositionDecided')") > 0)
        #expect(try fixture.count("SELECT count(*) FROM assessment WHERE version = 2 AND status = 'onSite'") > 0)
    }

    @Test("the summary agrees with the stored rows")
    func summaryMatchesDatabase() throws {
        let fixture = try DemoCampaignFixture.standard.get()
        let s = fixture.summary
        #expect(try fixture.counts("SELECT kind, count(*) FROM enterprise GROUP BY kind") == s.enterprisesByKind)
        #expect(try fixture.counts("SELECT status, count(*) FROM assessment GROUP BY status") == s.assessmentsByStatus)
        #expect(try fixture.counts("SELECT status, count(*) FROM hazard GROUP BY status") == s.hazards)
        #expect(try fixture.counts("SELECT class, count(*) FROM disposition GROUP BY class") == s.dispositions)
        #expect(try fixture.count("SELECT count(*) FROM expert") == s.experts)
        #expect(try fixture.count("SELECT count(*) FROM panel") == s.panels)
        #expect(try fixture.count("SELECT count(*) FROM hazard WHERE level = 'major'") == s.majorHazards)
        #expect(
            try fixture.count(
                "SELECT count(*) FROM hazard WHERE status IN ('open', 'rectifying') AND deadline < '2019-12-06'")
                == s.overdueHazards)
        let latest = """
            SELECT grade, count(*) FROM assessment a WHERE status IN ('signed', 'dispositionDecided')
            AND NOT EXISTS (SELECT 1 FROM assessment n WHERE n.previous_version_id = a.id
                AND n.status IN ('signed', 'dispositionDecided')) GROUP BY grade
            """
        #expect(try fixture.counts(latest) == s.grades)
        #expect(try fixture.count("SELECT count(*) FROM app_user") == s.users)
    }

    @Test("every submitted assessment answers every item of its snapshot checklist")
    func completeResponses() throws {
        let fixture = try DemoCampaignFixture.standard.get()
        let incomplete = try fixture.count(
            """
            SELECT count(*) FROM assessment a WHERE a.submitted_date IS NOT NULL AND
                (SELECT count(*) FROM checklist_response r WHERE r.assessment_id = a.id AND r.response <> 'notChecked')
                <> CASE a.checklist_table_id WHEN 'trading-checklist' THEN 57 ELSE 167 END
            """)
        #expect(incomplete == 0)
        #expect(
            try fixture.count(
                "SELECT count(*) FROM checklist_response WHERE response = 'nonConforming' AND finding = ''") == 0)
        #expect(try fixture.count("SELECT count(*) FROM checklist_response WHERE response = 'notApplicable'") > 0)
        #expect(try fixture.count("SELECT count(*) FROM grading_answer WHERE source = 'prefilled'") > 0)
    }
}
