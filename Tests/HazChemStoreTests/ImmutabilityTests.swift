import Foundation
import GRDB
import HazChemCore
import Testing

@testable import HazChemStore

@Suite("Triggers: signed assessments and the audit log cannot change")
struct ImmutabilityTests {
    @Test("a raw UPDATE of a signed assessment fails")
    func signedAssessmentUpdate() throws {
        let database = try StoreFixtures.database()
        let id = try StoreFixtures.insertAssessment(database, status: .signed)
        let error = #expect(throws: StoreError.self) {
            try database.write {
                try $0.execute(sql: "UPDATE assessment SET score_tenths = 955 WHERE id = ?", arguments: [id])
            }
        }
        #expect(error?.code == .immutable)
        #expect(error?.description == "已签署的评估不可修改：只允许把状态从“已签署”改为“已处置”；如需更正，请创建新版本评估")
        #expect(try database.reader.read { try Int.fetchOne($0, sql: "SELECT score_tenths FROM assessment") } == 855)
    }

    @Test("signed → dispositionDecided is the one allowed change, and then nothing more")
    func dispositionTransition() throws {
        let database = try StoreFixtures.database()
        let id = try StoreFixtures.insertAssessment(database, status: .signed)
        #expect(throws: StoreError.self) {
            try database.write {
                try $0.execute(
                    sql: "UPDATE assessment SET status = 'dispositionDecided', grade = 'blue' WHERE id = ?",
                    arguments: [id])
            }
        }
        try database.write {
            try $0.execute(
                sql: "UPDATE assessment SET status = 'dispositionDecided', updated_at = '2019-08-01' WHERE id = ?",
                arguments: [id])
        }
        for sql in ["UPDATE assessment SET status = 'signed' WHERE id = ?", "DELETE FROM assessment WHERE id = ?"] {
            let error = #expect(throws: StoreError.self) {
                try database.write { try $0.execute(sql: sql, arguments: [id]) }
            }
            #expect(error?.code == .immutable)
        }
    }

    @Test(
        "responses, answers, signatures and spot checks of a signed assessment cannot be inserted",
        arguments: [
            (
                "INSERT INTO checklist_response (assessment_id, item_id, response, entered_at) VALUES (?, 'A02', 'conforming', '2019-07-02')",
                "检查意见"
            ),
            (
                "INSERT INTO grading_answer (assessment_id, rule_id, value, source, updated_at) VALUES (?, '1.1.2', 1, 'confirmed', '2019-07-02')",
                "评分答案"
            ),
            (
                "INSERT INTO signature (assessment_id, expert_id, signed_at) VALUES (?, (SELECT max(id) FROM expert), '2019-07-02')",
                "专家签名"
            ),
            (
                "INSERT INTO spot_check (assessment_id, person, role, result) VALUES (?, '李四', 'worker', 'failed')",
                "应知应会抽查记录"
            ),
        ])
    func childInsert(sql: String, label: String) throws {
        let database = try StoreFixtures.database()
        let id = try StoreFixtures.insertAssessment(database, status: .signed)
        let error = #expect(throws: StoreError.self) {
            try database.write { try $0.execute(sql: sql, arguments: [id]) }
        }
        #expect(error?.description == "已签署的评估不可修改：不能新增\(label)")
    }

    @Test(
        "existing children of a signed assessment cannot be updated or deleted",
        arguments: ["checklist_response", "grading_answer", "signature", "spot_check"])
    func childUpdateDelete(table: String) throws {
        let database = try StoreFixtures.database()
        let id = try StoreFixtures.insertAssessment(database, status: .signed)
        for (sql, verb) in [
            ("UPDATE \(table) SET assessment_id = assessment_id", "修改"), ("DELETE FROM \(table)", "删除"),
        ] {
            let error = #expect(throws: StoreError.self) { try database.write { try $0.execute(sql: sql) } }
            #expect(error?.description.hasPrefix("已签署的评估不可修改：不能\(verb)") == true)
        }
        #expect(
            try database.reader.read {
                try Int.fetchOne($0, sql: "SELECT count(*) FROM \(table) WHERE assessment_id = ?", arguments: [id])
            } == 1)
    }

    @Test("an unsigned assessment and its children can still change")
    func unsignedIsEditable() throws {
        let database = try StoreFixtures.database()
        let id = try StoreFixtures.insertAssessment(database, status: .submitted)
        try database.write { db in
            try db.execute(sql: "UPDATE assessment SET score_tenths = 900 WHERE id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM checklist_response WHERE assessment_id = ?", arguments: [id])
        }
    }

    @Test("audit_log refuses UPDATE and DELETE")
    func auditAppendOnly() throws {
        let database = try StoreFixtures.database()
        for (sql, message) in [
            ("UPDATE audit_log SET user = '别人'", "审计日志只能追加，不能修改"), ("DELETE FROM audit_log", "审计日志只能追加，不能删除"),
        ] {
            let error = #expect(throws: StoreError.self) { try database.write { try $0.execute(sql: sql) } }
            #expect(error?.code == .immutable)
            #expect(error?.description == message)
        }
        #expect(try database.auditLog(AuditFilter(limit: 1000)).count == 7)
    }

    @Test("table snapshots cannot change")
    func snapshotsFrozen() throws {
        let database = try StoreFixtures.database()
        _ = try StoreFixtures.insertAssessment(database, status: .planned)
        let error = #expect(throws: StoreError.self) {
            try database.write { try $0.execute(sql: "UPDATE table_snapshot SET yaml = 'x'") }
        }
        #expect(error?.description == "评估所用表快照不可修改或删除")
    }
}
