import Foundation
import GRDB
import HazChemCore
import Testing

@testable import HazChemStore

@Suite("Schema: tables and CHECK constraints")
struct SchemaTests {
    @Test("v1 creates every campaign table")
    func tables() throws {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue, upTo: "v1")
        let names = try queue.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT name FROM sqlite_master WHERE type = 'table'
                    AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%' ORDER BY name
                    """)
        }
        #expect(
            names == [
                "assessment", "audit_log", "checklist_response", "disposition", "enterprise", "expert",
                "grading_answer",
                "hazard",
                "monthly_submission", "panel", "panel_member", "region", "signature", "spot_check",
                "table_snapshot",
            ])
    }

    @Test("the later migrations add units, users and sessions")
    func laterTables() throws {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue)
        let names = try queue.read { db in
            try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
        }
        #expect(names.isSuperset(of: ["hazard_unit", "hazard_unit_chemical", "app_user", "web_session"]))
        let applied = try queue.read { db in try Schema.migrator.appliedMigrations(db) }
        #expect(
            applied == [
                "v1", "v2-mhistore", "v2-web", "v2-assess", "v3-web2", "v4-seal", "v4-self-reactive", "v5-panel-visits",
                "v5-expert-county", "v5-conclusion", "v5-photos", "v5-stated-dates", "v5-national-indexes",
            ])
    }

    @Test("foreign keys are enforced")
    func foreignKeys() throws {
        let database = try StoreFixtures.database()
        let error = #expect(throws: DatabaseError.self) {
            try database.writer.write { db in
                try db.execute(sql: "INSERT INTO panel_member VALUES (99, 99, 'leader', 'equipment')")
            }
        }
        #expect(error?.resultCode == .SQLITE_CONSTRAINT)
    }

    @Test("every Swift enum case passes its CHECK constraint")
    func swiftCasesAccepted() throws {
        let database = try StoreFixtures.database()
        for (index, kind) in EnterpriseKind.allCases.enumerated() {
            var enterprise = StoreFixtures.enterprise(index, kind: kind)
            enterprise.operatingStatus = OperatingStatus.allCases[index % OperatingStatus.allCases.count]
            try database.addEnterprise(enterprise, actor: "测试员")
        }
        for specialty in Specialty.allCases {
            try database.addExpert(Expert(name: specialty.label, specialty: specialty), actor: "测试员")
        }
        let assessment = try StoreFixtures.insertAssessment(database, status: .planned)
        try database.writer.write { db in
            for role in SpotCheckRole.allCases {
                try db.execute(
                    sql: "INSERT INTO spot_check (assessment_id, person, role, result) VALUES (?, '张三', ?, 'passed')",
                    arguments: [assessment, role.rawValue])
            }
            for response in ChecklistResponse.allCases {
                try db.execute(
                    sql:
                        "INSERT INTO checklist_response (assessment_id, item_id, response, entered_at) VALUES (?, ?, ?, '2019-07-01')",
                    arguments: [assessment, response.rawValue, response.rawValue])
            }
            for level in HazardLevel.allCases {
                for status in HazardStatus.allCases {
                    try db.execute(
                        sql: """
                            INSERT INTO hazard (assessment_id, enterprise_id, description, level, status, created_at, updated_at)
                            VALUES (?, 1, '隐患', ?, ?, '2019-07-01', '2019-07-01')
                            """, arguments: [assessment, level.rawValue, status.rawValue])
                }
            }
        }
        #expect(try database.reader.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM hazard") } == 8)
    }

    @Test(
        "values outside the enums are refused",
        arguments: [
            "UPDATE enterprise SET kind = 'trading'",
            "UPDATE enterprise SET operating_status = '在产'",
            "UPDATE enterprise SET standardisation_level = 4",
            "UPDATE enterprise SET licence_expiry = '2019/06/30'",
            "UPDATE enterprise SET hazardous_processes = '氯化'",
            "UPDATE expert SET specialty = 'chemistry'",
        ])
    func checksRefuse(sql: String) throws {
        let database = try StoreFixtures.database()
        try database.addEnterprise(StoreFixtures.enterprise(1), actor: "测试员")
        try database.addExpert(Expert(name: "张三", specialty: .equipment), actor: "测试员")
        let error = #expect(throws: DatabaseError.self) { try database.writer.write { try $0.execute(sql: sql) } }
        #expect(error?.message?.hasPrefix("CHECK constraint failed") == true)
    }

    @Test("a closeOrSuspend disposition needs a closure action, others must not have one")
    func dispositionClosureAction() throws {
        let database = try StoreFixtures.database()
        let assessment = try StoreFixtures.insertAssessment(database, status: .signed)
        let insert =
            "INSERT INTO disposition (assessment_id, class, closure_action, decision_date, created_at) VALUES (?, ?, ?, '2019-08-01', '2019-08-01')"
        for (cls, action) in [("closeOrSuspend", nil), ("rectify", "close")] as [(String, String?)] {
            #expect(throws: DatabaseError.self) {
                try database.writer.write { try $0.execute(sql: insert, arguments: [assessment, cls, action]) }
            }
        }
        try database.writer.write { try $0.execute(sql: insert, arguments: [assessment, "closeOrSuspend", "close"]) }
    }

    @Test("opening a database made by a newer HazChem is refused")
    func newerDatabase() throws {
        let queue = try DatabaseQueue(configuration: AppDatabase.makeConfiguration())
        _ = try AppDatabase(queue)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99')") }
        let error = #expect(throws: StoreError.self) { try AppDatabase(queue) }
        #expect(error?.description == "数据库由更新版本的 HazChem 创建，请升级本程序后再打开")
    }
}
