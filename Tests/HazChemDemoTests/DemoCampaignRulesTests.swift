import Foundation
import GRDB
import HazChemCore
import HazChemTables
import HazChemTestSupport
import Testing

@testable import HazChemDemo
@testable import HazChemStore

@Suite("Demo campaign: the generated data obeys the domain rules")
struct DemoCampaignRulesTests {
    @Test("panels have four experts of the required specialties, one leader, a regulator, no overlapping dates")
    func panelRules() throws {
        let fixture = try DemoCampaignFixture.standard.get()
        #expect(
            try fixture.count(
                """
                SELECT count(*) FROM panel p WHERE
                    (SELECT count(*) FROM panel_member m WHERE m.panel_id = p.id AND m.role <> 'regulator') < 4
                    OR (SELECT count(*) FROM panel_member m WHERE m.panel_id = p.id AND m.role = 'leader') <> 1
                    OR (SELECT count(*) FROM panel_member m WHERE m.panel_id = p.id AND m.role = 'regulator') < 1
                    OR (SELECT count(DISTINCT specialty) FROM panel_member m WHERE m.panel_id = p.id
                        AND m.role <> 'regulator' AND m.specialty IN
                        ('safetyManagement', 'chemicalDesign', 'electricalInstrumentation', 'emergencyRescue')) < 4
                """) == 0)
        #expect(
            try fixture.count(
                """
                SELECT count(*) FROM panel_member a JOIN panel_visit p ON p.panel_id = a.panel_id
                JOIN panel_member b ON b.expert_id = a.expert_id JOIN panel_visit q ON q.panel_id = b.panel_id
                WHERE q.id > p.id AND p.on_site_start <= q.on_site_end AND q.on_site_start <= p.on_site_end
                """) == 0)
        // Teams, each visiting several enterprises, every visit with an assessment.
        let teams = try fixture.count("SELECT count(*) FROM panel")
        let visits = try fixture.count("SELECT count(*) FROM panel_visit")
        #expect(teams >= 12 && visits > 3 * teams)
        #expect(try fixture.count("SELECT count(*) FROM panel_visit WHERE assessment_id IS NULL") == 0)
        for id in [1, 5, 10] {
            let detail = try #require(try fixture.database.panelDetail(id: Int64(id)))
            let experts = Dictionary(uniqueKeysWithValues: detail.seats.map { ($0.expert.id!, $0.expert) })
            #expect(detail.visits.count > 1)
            for line in detail.visits {
                let problems = PanelRules.problems(
                    name: detail.panel.name, visit: line.visit,
                    assignments: detail.seats.map {
                        Panel.Assignment(expertID: $0.expert.id!, role: $0.member.role, specialty: $0.member.specialty)
                    }, experts: experts, enterprise: line.enterprise, overlapping: [:])
                #expect(problems.isEmpty, "\(problems)")
            }
        }
    }

    @Test("stored scores recompute from each assessment's snapshot tables; signed ones meet every sign-off rule")
    func scoresRecompute() throws {
        let fixture = try DemoCampaignFixture.standard.get()
        let ids = try fixture.database.reader.read {
            try Int64.fetchAll($0, sql: "SELECT id FROM assessment WHERE score_tenths IS NOT NULL ORDER BY id")
        }
        #expect(ids.count > 150)
        var random = DemoCampaignRandom(seed: 1, stream: 99)
        for id in random.sample(ids, count: 30) {
            let detail = try #require(try fixture.database.assessmentDetail(id: id, asOf: DemoCampaign.asOf))
            let sheet = try #require(detail.scoreSheet)
            #expect(sheet.total == detail.assessment.score, "评估 #\(id)")
            #expect(sheet.grade == detail.assessment.grade, "评估 #\(id)")
            #expect(sheet.directRed.map(\.id) == detail.assessment.directRed, "评估 #\(id)")
            #expect(detail.progress.blockers.isEmpty, "评估 #\(id)")
            guard detail.assessment.status.isFrozen else { continue }
            let unmet = try fixture.database.reader.read { db in
                let session = AssessmentSession(db: db, now: Date(), actor: "测试员")
                return AssessmentTransition.sign.unmetRequirements(try session.state(try session.assessment(id)).facts)
            }
            #expect(unmet.isEmpty, "评估 #\(id): \(unmet)")
            #expect(detail.hazards.count == detail.findings.count || detail.isSuperseded, "评估 #\(id)")
        }
    }

    @Test("dispositions are allowed for their grades")
    func dispositions() throws {
        let fixture = try DemoCampaignFixture.standard.get()
        let rows = try fixture.database.reader.read {
            try Row.fetchAll(
                $0,
                sql: """
                    SELECT a.grade, a.not_rectifiable_reason, d.class, d.closure_action FROM disposition d
                    JOIN assessment a ON a.id = d.assessment_id
                    """)
        }
        #expect(rows.count > 100)
        for row in rows {
            let decision = DispositionDecision(
                DispositionClass(rawValue: row[2])!, notRectifiableReason: row[1],
                action: (row[3] as String?).flatMap(ClosureAction.init(rawValue:)))
            #expect(DispositionPolicy.validate(decision, grade: Grade(rawValue: row[0])!).isEmpty)
        }
    }

    @Test(
        "the campaign clock records every stated day on that day: nothing reads as 补录",
        arguments: [
            ("assessment", "submitted_date", "submitted_recorded_at"), ("signature", "signed_at", "recorded_at"),
            ("disposition", "decision_date", "recorded_at"), ("monthly_submission", "submitted_at", "recorded_at"),
        ])
    func recordedOnTheStatedDay(table: String, stated: String, recorded: String) throws {
        let fixture = try DemoCampaignFixture.standard.get()
        #expect(try fixture.count("SELECT count(*) FROM \(table) WHERE \(stated) IS NOT NULL") > 10)
        #expect(
            try fixture.count("SELECT count(*) FROM \(table) WHERE \(stated) IS NOT NULL AND \(recorded) IS NULL") == 0)
        #expect(
            try fixture.count(
                "SELECT count(*) FROM \(table) WHERE substr(\(recorded), 1, 10) <> substr(\(stated), 1, 10)")
                == 0)
    }

    @Test("the monthly report adds up: the total row is the sum of the counties, every month")
    func monthlyReport() throws {
        let fixture = try DemoCampaignFixture.standard.get()
        for month in 6...11 {
            let report = try fixture.database.monthlyReport(
                for: MonthlyPeriod(year: 2019, month: month)!, asOf: DemoCampaign.asOf)
            #expect(report.counties.count == 6)
            let assessed = report.counties.map(\.cumulative.assessed).reduce(0, +)
            #expect(report.total.cumulative.assessed == assessed)
            #expect(report.total.month.assessed == report.counties.map(\.month.assessed).reduce(0, +))
            #expect(report.total.scope.total == report.counties.map(\.scope.total).reduce(0, +))
            #expect(report.enterprises.count == assessed)
            let c = report.total.cumulative
            #expect(c.red + c.orange + c.yellow + c.blue == assessed)
            #expect(report.total.cumulative.assessed <= report.total.scope.total)
        }
        let november = try fixture.database.monthlyReport(
            for: MonthlyPeriod(year: 2019, month: 11)!, asOf: DemoCampaign.asOf)
        #expect(november.lateCounties.map(\.status) == [.late, .missing])
        #expect(november.total.cumulative.overdueReports > 0)
        #expect(november.total.cumulative.overdueHazards > 0)
    }

    @Test("the triggers still refuse changes to a generated signed assessment")
    func triggers() throws {
        let fixture = try DemoCampaignFixture.standard.get()
        let id = try fixture.count("SELECT min(id) FROM assessment WHERE status = 'dispositionDecided'")
        let fresh = AppDatabase.empty()
        let triggers = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
        #expect(try fixture.count(triggers) == fresh.reader.read { try Int.fetchOne($0, sql: triggers) })
        for sql in [
            "UPDATE assessment SET score_tenths = 1000 WHERE id = ?",
            "UPDATE checklist_response SET finding = '改' WHERE assessment_id = ?",
            "DELETE FROM grading_answer WHERE assessment_id = ?",
        ] {
            let error = #expect(throws: StoreError.self) {
                try DemoCampaignFixture.write(fixture.database) { try $0.execute(sql: sql, arguments: [id]) }
            }
            #expect(error?.description.hasPrefix(Schema.immutableMessagePrefix) == true, "\(sql)")
        }
    }

    @Test("one audit row for the run, with the figures")
    func audit() throws {
        let fixture = try DemoCampaignFixture.standard.get()
        let rows = try fixture.database.auditLog(AuditFilter(entity: "demo_campaign"))
        #expect(rows.count == 1)
        #expect(rows.first?.action == "demo")
        #expect(rows.first?.entityID == "2019")
        let after = try #require(rows.first?.after)
        #expect(try JSONDecoder().decode(DemoCampaignSummary.self, from: Data(after.utf8)) == fixture.summary)
        #expect(try fixture.count("SELECT count(*) FROM audit_log WHERE entity <> 'region'") == 1)
    }

    @Test("a database with data is refused")
    func refusesData() throws {
        let fixture = try DemoCampaignFixture(enterprises: 5, seed: 1)
        let error = #expect(throws: StoreError.self) {
            try fixture.database.generateDemoCampaign(
                DemoCampaignOptions(enterprises: 5, tablesDirectory: RepositoryPaths.checklists), actor: "测试员")
        }
        #expect(error?.description == "数据库中已有企业、专家或评估数据；演示数据只能生成到空数据库中")
    }

    @Test("major hazard levels of the GB 18218 sample come from the stored units")
    func hazardUnits() throws {
        let fixture = try DemoCampaignFixture.standard.get()
        let reference = try #require(try TableCatalog.load(directory: RepositoryPaths.checklists).majorHazardReference)
        let ids = try fixture.database.reader.read {
            try Int64.fetchAll($0, sql: "SELECT DISTINCT enterprise_id FROM hazard_unit ORDER BY enterprise_id")
        }
        #expect(ids.count == fixture.summary.enterprisesWithUnits)
        for id in ids {
            let computed = try fixture.database.majorHazardAssessment(enterpriseID: id, reference: reference)
            #expect(try fixture.database.enterprise(id: id)?.majorHazardLevels == computed.levelNumbers)
        }
    }
}

extension DemoCampaignFixture {
    /// Runs raw SQL in a write transaction (bypassing the store API, as an attacker with the file would).
    static func write(_ database: AppDatabase, _ body: (Database) throws -> Void) throws {
        do { try database.writer.write(body) } catch { throw StoreError.wrap(error) }
    }
}
