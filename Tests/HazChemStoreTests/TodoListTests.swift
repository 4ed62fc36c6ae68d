import Foundation
import GRDB
import HazChemCore
import Testing

@testable import HazChemStore

/// The home page's to-do list per scope, on the pinned clock (Monday 2019-07-01).
@Suite("To-do list (待办)")
struct TodoListTests {
    /// 乌兰浩特市: A (assessment planned, visit this week, report due 07-10), C closed, D never assessed;
    /// 阿尔山市: B (assessment on site in June, report overdue, a hazard overdue, one far, one rectified).
    /// 乌兰浩特市 has submitted June's monthly report.
    static func database() throws -> AppDatabase {
        let database = try StoreFixtures.database()
        let a = try database.addEnterprise(StoreFixtures.enterprise(1), actor: "测试员").id!
        let b = try database.addEnterprise(StoreFixtures.enterprise(2, county: "152202"), actor: "测试员").id!
        let c = try database.addEnterprise(StoreFixtures.enterprise(3), actor: "测试员").id!
        _ = try database.addEnterprise(StoreFixtures.enterprise(4), actor: "测试员")
        try database.writer.write { db in
            try db.execute(sql: "UPDATE enterprise SET operating_status = 'closed' WHERE id = ?", arguments: [c])
            try db.execute(
                sql: """
                    INSERT INTO assessment (enterprise_id, status, on_site_start, on_site_end, due_date, created_at,
                        updated_at)
                    VALUES (?, 'planned', '2019-07-03', '2019-07-04', '2019-07-10', '2019-06-01', '2019-06-01'),
                        (?, 'onSite', '2019-06-20', '2019-06-21', '2019-06-30', '2019-06-01', '2019-06-01')
                    """, arguments: [a, b])
            let onSite = db.lastInsertedRowID
            try db.execute(
                sql: """
                    INSERT INTO panel (id, name, region_code, created_at)
                    VALUES (1, '乌兰浩特市第一专家组', '152201', '2019-06-01'), (2, '阿尔山市专家组', '152202', '2019-06-01');
                    INSERT INTO panel_visit (panel_id, enterprise_id, on_site_start, on_site_end, assessment_id, created_at)
                    VALUES (1, ?1, '2019-07-03', '2019-07-04', ?2, '2019-06-01'),
                        (2, ?3, '2019-06-20', '2019-06-21', ?4, '2019-06-01')
                    """, arguments: [a, onSite - 1, b, onSite])
            try db.execute(
                sql: "UPDATE assessment SET panel_id = CASE id WHEN ? THEN 1 ELSE 2 END WHERE id IN (?, ?)",
                arguments: [onSite - 1, onSite - 1, onSite])
            try db.execute(
                sql: """
                    INSERT INTO hazard (assessment_id, enterprise_id, description, level, deadline, status,
                        created_at, updated_at)
                    VALUES (?1, ?2, '储罐区无紧急切断', 'major', '2019-06-25', 'open', '2019-06-21', '2019-06-21'),
                        (?1, ?2, '灭火器过期', 'general', '2019-07-20', 'open', '2019-06-21', '2019-06-21'),
                        (?1, ?2, '标识缺失', 'general', '2019-06-22', 'rectified', '2019-06-21', '2019-06-21')
                    """, arguments: [onSite, b])
            try db.execute(
                sql: """
                    INSERT INTO monthly_submission (county_code, month, status, submitted_at)
                    VALUES ('152201', '2019-06', 'submitted', '2019-06-30T10:00:00Z')
                    """)
        }
        return database
    }

    @Test("a visit whose checklist is being filled says how many items are answered")
    func visitProgress() throws {
        let database = try Self.database()
        try database.writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO checklist_response (assessment_id, item_id, response, entered_at)
                    SELECT assessment_id, item, response, '2019-07-03' FROM panel_visit,
                        (SELECT 'A01' AS item, 'conforming' AS response UNION ALL SELECT 'A02', 'nonConforming'
                         UNION ALL SELECT 'A03', 'notChecked')
                    WHERE panel_id = 1
                    """)
        }
        let visits = try database.todoList(scope: .county("152201")).items(.visit)
        #expect(visits.map(\.detail) == ["现场评估 2019-07-03 至 2019-07-04（乌兰浩特市第一专家组），检查表已填写 2 项"])
    }

    @Test("the week runs Monday to Sunday")
    func week() {
        let week = TodoList.week(of: LocalDate(parsing: "2019-07-03")!)
        #expect(week.start.description == "2019-07-01")
        #expect(week.end.description == "2019-07-07")
        #expect(TodoList.week(of: LocalDate(parsing: "2019-07-07")!).start.description == "2019-07-01")
        #expect(TodoList.week(of: LocalDate(parsing: "2019-07-08")!).start.description == "2019-07-08")
    }

    @Test("a county sees its own visits, reports and enterprises due; its monthly report is in")
    func county() throws {
        let list = try Self.database().todoList(scope: .county("152201"))
        #expect(list.today.description == "2019-07-01")
        let visits = list.items(.visit)
        #expect(visits.count == 1)
        #expect(visits.first?.title == "兴安化工1有限公司")
        #expect(visits.first?.detail == "现场评估 2019-07-03 至 2019-07-04（乌兰浩特市第一专家组）")
        #expect(visits.first?.href.hasPrefix("/assessments/") == true)
        #expect(list.items(.report).map(\.detail) == ["评估报告应于 2019-07-10 前提交"])
        #expect(list.items(.hazard).isEmpty)
        #expect(list.items(.monthly).isEmpty)
        #expect(list.items(.nextAssessment).map(\.title) == ["兴安化工4有限公司"])
        #expect(!list.items.contains { $0.title == "兴安化工2有限公司" || $0.title == "兴安化工3有限公司" })
    }

    @Test("the prefecture sees every county: overdue report and hazard first, counties without a monthly report")
    func prefecture() throws {
        let list = try Self.database().todoList(scope: .all)
        let reports = list.items(.report)
        #expect(reports.map(\.overdue) == [true, false])
        #expect(reports.first?.title == "兴安化工2有限公司")
        let hazards = list.items(.hazard)
        #expect(hazards.count == 1)
        #expect(hazards.first?.overdue == true)
        #expect(hazards.first?.detail.contains("储罐区无紧急切断") == true)
        #expect(hazards.first?.href.hasPrefix("/hazards/") == true)
        let monthly = list.items(.monthly)
        #expect(!monthly.contains { $0.title == "乌兰浩特市" })
        #expect(monthly.contains { $0.title == "阿尔山市" && $0.href == "/monthly?month=2019-06" })
        // Due on the 1st: not late on the 1st itself.
        #expect(monthly.allSatisfy { !$0.overdue })
    }

    @Test("a month later June's missing reports are late and July's is listed near its 1st")
    func late() throws {
        let database = try Self.database()
        let later = try AppDatabase(database.writer, now: { StoreFixtures.now.addingTimeInterval(29 * 86_400) })
        let list = try later.todoList(scope: .county("152202"))
        #expect(
            list.items(.monthly).map(\.detail) == [
                "2019年6月月报已逾期（应于 2019-07-01 前报送）", "2019年7月月报应于 2019-08-01 前报送",
            ])
        let county = try later.todoList(scope: .county("152201"))
        #expect(county.items(.visit).isEmpty)
        #expect(county.items(.report).first?.overdue == true)
    }

    @Test("an expert has no monthly report to send")
    func expert() throws {
        let list = try Self.database().todoList(scope: .panels(expertID: 1))
        #expect(list.items(.monthly).isEmpty)
    }
}

@Suite("To-do list (待办): long lists are counted in SQL, only the first items loaded")
struct TodoListLimitTests {
    @Test("twenty hazards due: the eight most urgent are loaded, overdue first; the totals count all twenty")
    func longListIsCountedNotLoaded() throws {
        let database = try TodoListTests.database()
        try database.writer.write { db in
            let (assessment, enterprise) = try Row.fetchOne(
                db, sql: "SELECT id, enterprise_id FROM assessment WHERE status = 'onSite'"
            ).map { ($0[0] as Int64, $0[1] as Int64) }!
            for day in 1...20 {
                // Days 1–14 fall in June (past); days 15–20 are 07-01…07-06.
                let deadline =
                    day <= 14 ? String(format: "2019-06-%02d", day) : String(format: "2019-07-%02d", day - 14)
                try db.execute(
                    sql: """
                        INSERT INTO hazard (assessment_id, enterprise_id, description, level, deadline, status,
                            created_at, updated_at)
                        VALUES (?, ?, ?, 'general', ?, 'open', '2019-06-01', '2019-06-01')
                        """, arguments: [assessment, enterprise, "隐患\(day)", deadline])
            }
        }
        let list = try database.todoList(scope: .all)
        let hazards = list.items(.hazard)
        // Today is 07-01, listed up to 07-08: the 14 June ones and the fixture's 06-25 major one are overdue; the
        // six of 07-01…07-06 are due soon; the fixture's 07-20 one is too far off and its rectified one is done.
        #expect(list.count(.hazard) == TodoList.Count(total: 21, overdue: 15))
        #expect(hazards.count == TodoList.shownPerKind)
        #expect(hazards.allSatisfy { $0.overdue })
        #expect(hazards.map(\.date?.description) == (1...8).map { String(format: "2019-06-%02d", $0) })
    }
}
