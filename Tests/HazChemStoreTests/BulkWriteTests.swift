import Foundation
import GRDB
import HazChemCore
import HazChemTestSupport
import Testing

@testable import HazChemStore

/// The store's bulk writer (``AppDatabase/bulkWrite(actor:action:entity:entityID:_:)``), through which the demo
/// generator and the test builders write: one transaction with one audit row, typed rows stored as the lifecycle
/// stores them, the immutability triggers still in force afterwards.
@Suite("Bulk writer: one audited transaction, typed rows, triggers kept")
struct BulkWriteTests {
    @Test(
        "timestamps are written exactly as GRDB stores a Date",
        arguments: [0.0, 1_559_520_000, 1_559_548_799.5, 1_575_590_399.999, 1_575_590_400.25])
    func stampsMatchGRDB(seconds: Double) {
        let date = Date(timeIntervalSince1970: seconds)
        #expect(BulkRows.stamp(date) == String.fromDatabaseValue(date.databaseValue))
    }

    @Test("JSON rows escape quotes and control characters and keep nulls")
    func jsonRows() throws {
        let json = BulkRows.json([["甲\"乙", nil], ["a\nb\\c", "纯文本"]])
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[Any]]
        #expect(decoded?[0][0] as? String == "甲\"乙")
        #expect(decoded?[0][1] is NSNull)
        #expect(decoded?[1][0] as? String == "a\nb\\c")
        #expect(decoded?[1][1] as? String == "纯文本")
    }

    @Test("a failing body leaves nothing behind; a finished one writes one audit row with its result")
    func oneAuditedTransaction() throws {
        let database = try StoreFixtures.database()
        let moment = Date(timeIntervalSince1970: 1_559_520_000)
        #expect(throws: StoreError.self) {
            try database.bulkWrite(actor: "测试员", action: "demo", entity: "demo_campaign", entityID: "1") {
                writer -> Int in
                _ = try writer.insertEnterprise(StoreFixtures.enterprise(1), at: moment)
                throw StoreError(.conflict, message: "中途失败")
            }
        }
        #expect(try database.enterprises().isEmpty)
        #expect(try database.auditLog(AuditFilter(entity: "demo_campaign")).isEmpty)

        let id = try database.bulkWrite(actor: "测试员", action: "demo", entity: "demo_campaign", entityID: "2") {
            try $0.insertEnterprise(StoreFixtures.enterprise(2), at: moment)
        }
        let stored = try #require(try database.enterprises().first)
        #expect(stored.id == id)
        #expect(stored.createdAt == moment)
        let audit = try database.auditLog(AuditFilter(entity: "demo_campaign"))
        #expect(audit.map(\.action) == ["demo"])
        #expect(audit.first?.after == String(id))
        #expect(throws: StoreError.self) {
            try database.bulkWrite(actor: " ", action: "demo", entity: "demo_campaign", entityID: nil) { _ in 0 }
        }
    }

    @Test("a decided version is stored with its children, signing day and disposition, and then frozen")
    func decidedVersion() throws {
        let database = try StoreFixtures.database()
        let builder = try MonthlyCampaignBuilder(database)
        let enterprise = try builder.enterprise(1, "兴安化工1有限公司", county: "152201", kind: .production)
        let panel = try builder.panel(for: enterprise, start: "2019-06-03", end: "2019-06-05", leader: "王组长")
        let day = { (text: String) in LocalDate(parsing: text)! }
        let at = Date(timeIntervalSince1970: 1_560_000_000)
        var version = BulkAssessmentVersion(
            status: .dispositionDecided, onSite: (day("2019-06-03"), day("2019-06-05")), dueDate: day("2019-06-15"),
            submittedDate: day("2019-06-10"), tables: MonthlyCampaignBuilder.tables, createdAt: at, updatedAt: at)
        version.score = Tenths(parsing: "72.5")
        version.grade = .orange
        version.answers = [("1.1.1", 1, .confirmed)]
        version.spotChecks = [SpotCheck(assessmentID: 0, person: "员工1", role: .worker, result: .failed, note: "答错")]
        let experts = try database.panelDetail(id: panel.id!)!.seats.map { $0.expert.id! }
        version.signatures = experts.map { ($0, day("2019-06-11"), RecordedTime(parsing: "2019-06-11 18:00")) }
        version.signedOn = day("2019-06-11")
        version.statusChangedAt = at
        var hazard = BulkHazard(description: "液氨储罐无液位报警", level: .major, createdAt: at, updatedAt: at)
        hazard.criterionNumber = 3
        version.hazards = [hazard]
        version.disposition = Disposition(
            assessmentID: 0, dispositionClass: .rectify, reason: "限期整改", decisionDate: day("2019-06-20"),
            bureau: "乌兰浩特市应急管理局")
        let id = try database.bulkWrite(actor: "测试员", action: "build", entity: "test", entityID: nil) {
            try $0.insertAssessment(version, enterpriseID: enterprise.id!, panelID: panel.id)
        }

        let row = try #require(
            try database.reader.read {
                try Row.fetchOne(
                    $0,
                    sql: """
                        SELECT status, signed_date, score_tenths, grade,
                            (SELECT count(*) FROM signature WHERE assessment_id = a.id) AS signatures,
                            (SELECT note FROM spot_check WHERE assessment_id = a.id) AS note,
                            (SELECT criterion_number FROM hazard WHERE assessment_id = a.id) AS criterion,
                            (SELECT bureau FROM disposition WHERE assessment_id = a.id) AS bureau
                        FROM assessment a WHERE id = ?
                        """, arguments: [id])
            })
        #expect(row["status"] as String == "dispositionDecided")
        #expect(row["signed_date"] as String == "2019-06-11")
        #expect(row["score_tenths"] as Int == 725)
        #expect(row["grade"] as String == "orange")
        #expect(row["signatures"] as Int == experts.count)
        #expect(row["note"] as String == "答错")
        #expect(row["criterion"] as Int == 3)
        #expect(row["bureau"] as String == "乌兰浩特市应急管理局")
        // Deliberate raw SQL: the triggers must still refuse changes to what the bulk writer signed.
        let error = #expect(throws: StoreError.self) {
            try database.write {
                try $0.execute(sql: "DELETE FROM spot_check WHERE assessment_id = ?", arguments: [id])
            }
        }
        #expect(error?.description.hasPrefix(Schema.immutableMessagePrefix) == true)
    }
}
