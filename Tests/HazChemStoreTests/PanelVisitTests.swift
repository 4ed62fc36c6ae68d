import Foundation
import GRDB
import HazChemCore
import Testing

@testable import HazChemStore

@Suite("Panels as teams: visits, rules per visit, replacement and leave, the migration of old panels")
struct PanelVisitTests {
    static let july1 = LocalDate(year: 2019, month: 7, day: 1)!
    static let july3 = LocalDate(year: 2019, month: 7, day: 3)!

    /// ``PanelTests/database()`` with a team of 乌兰浩特市 formed (experts 1–4, regulator 6): panel 1.
    static func team() throws -> AppDatabase {
        let database = try PanelTests.database()
        try database.createPanel(name: "第一专家组", regionCode: "152201", assignments: PanelTests.valid, actor: "王局长")
        return database
    }

    @Test("a team is formed without a visit and visits several enterprises, each visit audited")
    func teamVisitsSeveral() throws {
        let database = try Self.team()
        let first = try database.scheduleVisit(
            panelID: 1, enterpriseID: 2, onSite: (Self.july1, Self.july3), actor: "王局长")
        let july5 = LocalDate(year: 2019, month: 7, day: 5)!
        try database.scheduleVisit(panelID: 1, enterpriseID: 2, onSite: (july5, july5), actor: "王局长")
        let detail = try #require(try database.panelDetail(id: 1))
        #expect(detail.region?.name == "乌兰浩特市" && detail.leader?.name == "安专家")
        #expect(detail.visits.map(\.visit.id) == [first.id, first.id! + 1])
        #expect(try database.auditLog(AuditFilter(entity: "panel_visit")).count == 2)
        #expect(try database.panels(in: .county("152201")).map(\.panel.id) == [1])
        #expect(try database.panels(in: .county("152202")).isEmpty)
        #expect(try database.panels(in: .panels(expertID: 1)).isEmpty)
    }

    @Test("conflicts of interest are checked per visited enterprise, with the field named")
    func conflictPerVisit() throws {
        let database = try PanelTests.database()
        var assignments = PanelTests.valid
        assignments[3] = .init(expertID: 5, role: .member, specialty: .emergencyRescue)
        // Expert 5 works for enterprise 1: the team may be formed and visit enterprise 2, not enterprise 1.
        try database.createPanel(name: "第一专家组", regionCode: "152201", assignments: assignments, actor: "王局长")
        try database.scheduleVisit(panelID: 1, enterpriseID: 2, onSite: (Self.july1, Self.july3), actor: "王局长")
        let error = #expect(throws: StoreError.self) {
            try database.scheduleVisit(
                panelID: 1, enterpriseID: 1,
                onSite: (LocalDate(year: 2019, month: 7, day: 8)!, LocalDate(year: 2019, month: 7, day: 9)!),
                actor: "王局长")
        }
        #expect(error?.problems.map(\.field) == ["被评估企业"])
        #expect(error?.problems.first?.message == "专家“设专家”（编号5）受雇于被评估企业“兴安化工1有限公司”，应当回避")
    }

    @Test("no member in two places at once: overlapping visits of the same team or of a team sharing a member")
    func overlappingVisits() throws {
        let database = try Self.team()
        try database.scheduleVisit(panelID: 1, enterpriseID: 2, onSite: (Self.july1, Self.july3), actor: "王局长")
        let same = #expect(throws: StoreError.self) {
            try database.scheduleVisit(panelID: 1, enterpriseID: 1, onSite: (Self.july3, Self.july3), actor: "王局长")
        }
        #expect(same?.problems.count == 5)
        #expect(same?.problems.allSatisfy { $0.field == "现场评估日期" } == true)
        var second = PanelTests.valid
        second[4] = .init(expertID: 7, role: .regulator)
        second[0] = .init(expertID: 1, role: .leader)
        try database.createPanel(name: "第二专家组", regionCode: "152200", assignments: second, actor: "王局长")
        let other = #expect(throws: StoreError.self) {
            try database.scheduleVisit(panelID: 2, enterpriseID: 1, onSite: (Self.july3, Self.july3), actor: "王局长")
        }
        #expect(
            other?.problems.first?.message
                == "专家“安专家”（编号1）已在专家组“第一专家组”的现场评估（编号1，2019-07-01至2019-07-03）中，现场评估日期重叠")
        let july4 = LocalDate(year: 2019, month: 7, day: 4)!
        try database.scheduleVisit(panelID: 2, enterpriseID: 1, onSite: (july4, july4), actor: "王局长")
    }

    @Test("a county panel visits only its county's enterprises; a prefecture panel any")
    func regionOfVisit() throws {
        let database = try Self.team()
        let other = try database.addEnterprise(StoreFixtures.enterprise(3, county: "152202"), actor: "测试员")
        let error = #expect(throws: StoreError.self) {
            try database.scheduleVisit(
                panelID: 1, enterpriseID: other.id!, onSite: (Self.july1, Self.july3), actor: "王局长")
        }
        #expect(error?.problems.first?.message.contains("不在专家组所属地区") == true)
    }

    @Test("a replacement is recorded with reason and date, audited, and rechecked against the team rules")
    func replacement() throws {
        let database = try Self.team()
        // 监管乙 (7) cannot replace 应专家 (4): 应急救援 would be missing.
        let refused = #expect(throws: StoreError.self) {
            try database.replacePanelMember(
                panelID: 1, expertID: 4, replacementID: 7, reason: "调离", date: Self.july1, actor: "王局长")
        }
        #expect(refused?.problems.map(\.message) == ["替换后专家组缺少以下专业的专家：应急救援"])
        let change = try database.replacePanelMember(
            panelID: 1, expertID: 6, replacementID: 7, reason: "  生病住院 ", date: Self.july1, actor: "王局长")
        #expect(change.kind == .replace && change.reason == "生病住院" && change.effectiveDate == Self.july1)
        let detail = try #require(try database.panelDetail(id: 1))
        #expect(detail.seats.last?.expert.name == "监管乙" && detail.seats.last?.member.role == .regulator)
        #expect(detail.changes.map(\.replacement?.name) == ["监管乙"])
        let entry = try #require(try database.auditLog(AuditFilter(entity: "panel")).first)
        #expect(entry.action == "replace" && entry.user == "王局长")
        #expect(entry.after?.contains("生病住院") == true && entry.before?.contains("\"expert_id\":6") == true)
        let blank = #expect(throws: StoreError.self) {
            try database.replacePanelMember(
                panelID: 1, expertID: 7, replacementID: 6, reason: " ", date: Self.july1, actor: "王局长")
        }
        #expect(blank?.problems.first?.field == "原因")
    }

    @Test("a replacement is not booked on the visits that ended before they joined")
    func replacementPastVisits() throws {
        let database = try Self.team()
        try database.scheduleVisit(panelID: 1, enterpriseID: 2, onSite: (Self.july1, Self.july3), actor: "王局长")
        let july10 = LocalDate(year: 2019, month: 7, day: 10)!
        try database.replacePanelMember(
            panelID: 1, expertID: 6, replacementID: 7, reason: "轮换", date: july10, actor: "王局长")
        let overlaps = try database.read { db in
            try AppDatabase.overlaps(
                db, visit: PanelVisit(panelID: 9, enterpriseID: 1, onSiteStart: Self.july1, onSiteEnd: Self.july1),
                expertIDs: [1, 7])
        }
        #expect(overlaps.keys.sorted() == [1])
    }

    @Test("the leader answers any section, recorded as standing in; a member stands in only for an absent specialty")
    func leaderAndStandIn() throws {
        let fixture = try AssessmentFixture()
        try fixture.database.startAssessment(id: fixture.id, actor: AssessmentFixture.actor)
        let checklist = try fixture.detail().checklist
        let design = try #require(checklist.sections.first { $0.specialty == .chemicalDesign })
        let rescue = try #require(checklist.sections.first { $0.specialty == .emergencyRescue })
        let user = { (name: String) in
            AppUser(username: "u", displayName: name, role: .expert, expertID: fixture.experts[name]!.id!)
        }
        let leader = try #require(try fixture.database.assessmentPermissions(id: fixture.id, user: user("王组长")))
        #expect(leader.refusalToAnswer(design) == nil && leader.standIn(for: design) == .chemicalDesign)
        let member = try #require(try fixture.database.assessmentPermissions(id: fixture.id, user: user("李化工")))
        #expect(member.refusalToAnswer(rescue) != nil)
        try fixture.database.respond(
            assessmentID: fixture.id,
            AssessmentResponseInput(itemID: design.items[0].id, response: .conforming, expert: "王组长"), actor: "王组长")
        try fixture.database.respond(
            assessmentID: fixture.id,
            AssessmentResponseInput(itemID: design.items[1].id, response: .conforming, expert: "李化工"), actor: "李化工")
        let responses = try fixture.detail().responses.map(\.response)
        #expect(responses.first { $0.itemID == design.items[0].id }?.standInFor == .chemicalDesign)
        #expect(responses.first { $0.itemID == design.items[1].id }?.standInFor == nil)
        // 刘应急 on leave from this visit: 应急救援 is absent, so 李化工 may stand in, and 刘应急 has no seat.
        let visit = try #require(try fixture.detail().visit)
        try fixture.database.recordPanelLeave(
            panelID: fixture.panel.id!, expertID: fixture.experts["刘应急"]!.id!, visitID: visit.id!, reason: "出差",
            date: Self.july1, actor: "王局长")
        let standIn = try #require(try fixture.database.assessmentPermissions(id: fixture.id, user: user("李化工")))
        #expect(standIn.refusalToAnswer(rescue) == nil && standIn.standIn(for: rescue) == .emergencyRescue)
        let absent = try #require(try fixture.database.assessmentPermissions(id: fixture.id, user: user("刘应急")))
        #expect(absent.seat == nil)
        try fixture.database.respond(
            assessmentID: fixture.id,
            AssessmentResponseInput(itemID: rescue.items[0].id, response: .conforming, expert: "李化工"), actor: "李化工")
        let audit = try #require(try fixture.database.auditLog(AuditFilter(entity: "checklist_response")).first)
        #expect(audit.after?.contains("\"stand_in_for\":\"emergencyRescue\"") == true)
    }

    @Test("the migration turns each old panel into a team of its county with one visit; nothing is lost")
    func migration() throws {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue, upTo: "v4-self-reactive")
        let code = { (n: Int) in StoreFixtures.creditCode(n) }
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO region (code, name, level, parent_code) VALUES ('152200', '兴安盟', 'prefecture', NULL),
                        ('152201', '乌兰浩特市', 'county', '152200'), ('152202', '阿尔山市', 'county', '152200');
                    INSERT INTO table_snapshot VALUES ('\(String(repeating: "a", count: 64))', 'g', 'grading', '1', '', 'x'),
                        ('\(String(repeating: "b", count: 64))', 'c', 'checklist', '1', '', 'x');
                    """)
            for (n, county) in [(1, "152201"), (2, "152202")] {
                try db.execute(
                    sql: """
                        INSERT INTO enterprise (credit_code, name, county_code, kind, created_at, updated_at)
                        VALUES (?, ?, ?, 'production', 'x', 'x')
                        """, arguments: [code(n), "企业\(n)", county])
            }
            try db.execute(
                sql: """
                    INSERT INTO expert (name, specialty, created_at, updated_at) VALUES ('甲', 'safetyManagement', 'x', 'x');
                    INSERT INTO panel (name, enterprise_id, on_site_start, on_site_end, created_at) VALUES
                        ('第一组', 1, '2019-07-01', '2019-07-03', '2019-06-01'),
                        ('第二组', 2, '2019-07-08', '2019-07-09', '2019-06-02'), ('空组', 2, '2019-08-01', '2019-08-01', '2019-06-03');
                    INSERT INTO panel_member VALUES (1, 1, 'leader', 'safetyManagement'), (2, 1, 'leader', 'safetyManagement');
                    INSERT INTO assessment (enterprise_id, panel_id, status, on_site_start, on_site_end, created_at, updated_at)
                    VALUES (1, 1, 'planned', '2019-07-01', '2019-07-03', 'x', 'x');
                    INSERT INTO assessment (enterprise_id, panel_id, status, on_site_start, on_site_end, grading_table_hash,
                        checklist_table_hash, score_tenths, grade, created_at, updated_at)
                    VALUES (2, 2, 'signed', '2019-07-08', '2019-07-09', '\(String(repeating: "a", count: 64))',
                        '\(String(repeating: "b", count: 64))', 900, 'blue', 'x', 'x');
                    INSERT INTO assessment (enterprise_id, panel_id, version, previous_version_id, status, created_at, updated_at)
                    VALUES (2, 2, 2, 2, 'onSite', 'x', 'x');
                    """)
        }
        try Schema.migrator.migrate(queue)
        try queue.read { db in
            let panels = try Row.fetchAll(db, sql: "SELECT id, name, region_code FROM panel ORDER BY id")
            #expect(panels.map { $0["region_code"] as String } == ["152201", "152202", "152202"])
            #expect(panels.map { $0["name"] as String } == ["第一组", "第二组", "空组"])
            let visits = try PanelVisit.order(Column("id")).fetchAll(db)
            #expect(visits.map(\.panelID) == [1, 2, 3])
            #expect(visits.map(\.enterpriseID) == [1, 2, 2])
            #expect(visits.map(\.assessmentID) == [1, 2, nil])
            #expect(visits.map(\.onSiteStart.description) == ["2019-07-01", "2019-07-08", "2019-08-01"])
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM panel_member") == 2)
            #expect(try Int64.fetchAll(db, sql: "SELECT panel_id FROM assessment ORDER BY id") == [1, 2, 2])
            try db.checkForeignKeys()
        }
        let refused = #expect(throws: DatabaseError.self) {
            try queue.write { try $0.execute(sql: "UPDATE panel_visit SET on_site_end = '2019-07-10' WHERE id = 2") }
        }
        #expect(refused?.message?.hasPrefix(Schema.immutableMessagePrefix) == true)
        try queue.write { try $0.execute(sql: "UPDATE panel_visit SET on_site_end = '2019-07-04' WHERE id = 1") }
    }
}
