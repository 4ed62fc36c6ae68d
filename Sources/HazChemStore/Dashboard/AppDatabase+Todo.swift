import Foundation
import GRDB
import HazChemCore

extension AppDatabase {
    /// The to-do list (待办) of `scope` on today's date (the store's clock): visits this week, reports due within
    /// 10 days or overdue, hazard deadlines within 7 days or past, the monthly report (a county: its report of
    /// last month not yet submitted, and this month's when the 1st is near; the prefecture: the counties late),
    /// and enterprises whose next assessment (assessment cycle) is due within 30 days or overdue.
    package func todoList(scope: AccessScope) throws(StoreError) -> TodoList {
        let today = LocalDate.today(now())
        let cycle = assessmentCycle
        return try read { db in
            var items = try Self.visits(db, scope: scope, week: TodoList.week(of: today))
            items += try Self.monthlyDue(db, scope: scope, today: today)
            var counts: [TodoItem.Kind: TodoList.Count] = [:]
            for (kind, (shown, count)) in [
                (TodoItem.Kind.report, try Self.reportsDue(db, scope: scope, today: today)),
                (.hazard, try Self.hazardsDue(db, scope: scope, today: today)),
                (.nextAssessment, try Self.assessmentsDue(db, scope: scope, today: today, cycle: cycle)),
            ] {
                items += shown
                counts[kind] = count
            }
            return TodoList(today: today, items: items, counts: counts)
        }
    }

    /// Panel visits (专家组现场评估) overlapping `week` whose assessment is not yet submitted, with the number of
    /// checklist items answered so far once there is one. The one place that
    /// says what a visit is: a scheduled `panel_visit`; it links to its assessment, or to its panel's page (where
    /// the assessment is created) while it has none. An expert sees the visits of the panels they sit on.
    static func visits(_ db: Database, scope: AccessScope, week: (start: LocalDate, end: LocalDate)) throws
        -> [TodoItem]
    {
        let member: SQL =
            if case .panels(let expertID) = scope {
                "v.panel_id IN (SELECT panel_id FROM panel_member WHERE expert_id = \(expertID))"
            } else { "1" }
        let sql: SQL = """
            SELECT v.assessment_id, v.panel_id, e.name, v.on_site_start AS start, v.on_site_end AS end,
                p.name AS panel, (SELECT count(*) FROM checklist_response r
                    WHERE r.assessment_id = a.id AND r.response <> 'notChecked') AS answered
            FROM panel_visit v JOIN panel p ON p.id = v.panel_id JOIN enterprise e ON e.id = v.enterprise_id
                LEFT JOIN assessment a ON a.id = v.assessment_id
            WHERE (a.id IS NULL OR a.status IN ('planned', 'onSite'))
                AND v.on_site_start <= \(week.end) AND v.on_site_end >= \(week.start)
                AND \(scope.condition(enterprise: "e")) AND \(member)
            ORDER BY v.on_site_start, v.id
            """
        return try Row.fetchAll(db, SQLRequest(literal: sql)).compactMap { row in
            let (start, end): (LocalDate, LocalDate) = (row["start"], row["end"])
            let days = start == end ? "\(start)" : "\(start) 至 \(end)"
            let panel: String = row["panel"]
            let assessment: Int64? = row["assessment_id"]
            let answered: Int = row["answered"]
            let progress = assessment == nil ? "，尚未建立评估" : answered > 0 ? "，检查表已填写 \(answered) 项" : ""
            let href: String
            if let assessment {
                href = "/assessments/\(assessment)"
            } else if case .panels = scope {
                return nil
            } else {
                href = "/panels/\(row["panel_id"] as Int64)"
            }
            return TodoItem(
                kind: .visit, title: row["name"],
                detail: "现场评估 \(days)（\(panel)）" + progress,
                date: start, overdue: false, href: href)
        }
    }

    /// Assessments not yet submitted whose report is due within ``TodoList/reportDays`` days or overdue.
    static func reportsDue(_ db: Database, scope: AccessScope, today: LocalDate) throws
        -> ([TodoItem], TodoList.Count)
    {
        let listed: SQL = """
            SELECT a.id, a.enterprise_id, a.due_date FROM assessment a
            WHERE a.status IN ('planned', 'onSite') AND a.due_date IS NOT NULL
                AND a.due_date <= \(today.adding(days: TodoList.reportDays))
                AND \(scope.condition(enterpriseID: "a.enterprise_id"))
            """
        let first = TodoList.firstCounted(
            listed, order: "due_date < '\(today)' DESC, due_date, id", overdue: "due_date < '\(today)'")
        let sql: SQL = """
            SELECT chosen.*, e.name FROM (\(first)) chosen JOIN enterprise e ON e.id = chosen.enterprise_id
            ORDER BY chosen.todo_position
            """
        let rows = try Row.fetchAll(db, SQLRequest(literal: sql))
        return (
            rows.map { row in
                let due: LocalDate = row["due_date"]
                return TodoItem(
                    kind: .report, title: row["name"],
                    detail: due < today ? "评估报告已逾期（应于 \(due) 前提交）" : "评估报告应于 \(due) 前提交", date: due,
                    overdue: due < today, href: "/assessments/\(row["id"] as Int64)")
            }, TodoList.Count(rows)
        )
    }

    /// Outstanding hazards whose deadline is within ``TodoList/hazardDays`` days or past.
    static func hazardsDue(_ db: Database, scope: AccessScope, today: LocalDate) throws
        -> ([TodoItem], TodoList.Count)
    {
        // Counted and chosen on the hazard index; only the hazards shown are read with their enterprises.
        let listed: SQL = """
            SELECT h.id, h.enterprise_id, h.deadline FROM hazard h
            WHERE h.status IN \(sql: PageSQL.outstandingStatuses) AND h.deadline IS NOT NULL
                AND h.deadline <= \(today.adding(days: TodoList.hazardDays))
                AND \(scope.condition(enterpriseID: "h.enterprise_id"))
            """
        let first = TodoList.firstCounted(
            listed, order: "deadline < '\(today)' DESC, deadline, id", overdue: "deadline < '\(today)'")
        let sql: SQL = """
            SELECT chosen.*, h.description, h.level, e.name
            FROM (\(first)) chosen JOIN hazard h ON h.id = chosen.id JOIN enterprise e ON e.id = chosen.enterprise_id
            ORDER BY chosen.todo_position
            """
        let rows = try Row.fetchAll(db, SQLRequest(literal: sql))
        return (
            rows.map { row in
                let deadline: LocalDate = row["deadline"]
                let level = HazardLevel(rawValue: row["level"]) ?? .general
                let description: String = row["description"]
                return TodoItem(
                    kind: .hazard, title: row["name"],
                    detail: "\(level.label)“\(description)”"
                        + (deadline < today ? "整改已逾期（期限 \(deadline)）" : "应于 \(deadline) 前整改完成"),
                    date: deadline, overdue: deadline < today, href: "/hazards/\(row["id"] as Int64)")
            }, TodoList.Count(rows)
        )
    }

    /// Monthly reports: a county's own (last month's not submitted; this month's when its 1st is near),
    /// the prefecture's counties that have not submitted last month's. Experts have none.
    static func monthlyDue(_ db: Database, scope: AccessScope, today: LocalDate) throws -> [TodoItem] {
        let current = MonthlyPeriod(containing: today)
        let previous =
            current.month == 1
            ? MonthlyPeriod(year: current.year - 1, month: 12)!
            : MonthlyPeriod(year: current.year, month: current.month - 1)!
        var periods = [previous]
        if today.adding(days: TodoList.monthlyDays) >= current.dueDate { periods.append(current) }
        let counties: [(code: String, name: String)]
        switch scope {
        case .panels: return []
        case .county(let code):
            counties = try Row.fetchAll(db, sql: "SELECT code, name FROM region WHERE code = ?", arguments: [code])
                .map { ($0["code"], $0["name"]) }
        case .all:
            counties = try Row.fetchAll(
                db, sql: "SELECT code, name FROM region WHERE level = 'county' ORDER BY position, code"
            ).map { ($0["code"], $0["name"]) }
        }
        var items: [TodoItem] = []
        for period in periods {
            let submitted = Set(
                try String.fetchAll(
                    db, sql: "SELECT county_code FROM monthly_submission WHERE month = ? AND status = 'submitted'",
                    arguments: [period.description]))
            for county in counties where !submitted.contains(county.code) {
                let late = period.dueDate < today
                let detail: String
                if case .all = scope {
                    detail =
                        late
                        ? "\(period.label)月报未报送（应于 \(period.dueDate) 前报送）" : "\(period.label)月报待报送（\(period.dueDate) 前）"
                } else {
                    detail =
                        late
                        ? "\(period.label)月报已逾期（应于 \(period.dueDate) 前报送）" : "\(period.label)月报应于 \(period.dueDate) 前报送"
                }
                items.append(
                    TodoItem(
                        kind: .monthly, title: county.name, detail: detail, date: period.dueDate, overdue: late,
                        href: "/monthly?month=\(period)"))
            }
        }
        return items
    }

    /// Enterprises not closed, with no assessment under way, whose next assessment (``AssessmentCycle``) falls
    /// within ``TodoList/cycleDays`` days or has passed (never assessed: due now).
    static func assessmentsDue(_ db: Database, scope: AccessScope, today: LocalDate, cycle: AssessmentCycle) throws
        -> ([TodoItem], TodoList.Count)
    {
        // The next due day in SQL agrees with AssessmentCycle (see PageSQL.assessmentOverdue); never assessed
        // (NULL) is due now and sorts as today.
        let due = "date(c.end_day, '+\(cycle.years) years')"
        // One pass over the enterprises' counted assessments (`counted_assessment`, one row per enterprise); those
        // with an assessment under way are collected once; only the enterprises shown are read whole.
        let listed: SQL = """
            SELECT c.enterprise_id AS id, c.end_day AS last_assessed, \(sql: due) AS due FROM counted_assessment c
            WHERE c.operating_status <> 'closed' AND \(scope.condition(counted: "c"))
                AND c.enterprise_id NOT IN (SELECT a.enterprise_id FROM assessment a
                    WHERE a.status IN ('planned', 'onSite', 'submitted'))
                AND (c.end_day IS NULL OR \(sql: due) <= \(today.adding(days: TodoList.cycleDays)))
            """
        let first = TodoList.firstCounted(
            listed, order: "coalesce(due < '\(today)', 0) DESC, coalesce(due, '\(today)'), id",
            overdue: "due < '\(today)'")
        let sql: SQL = """
            SELECT chosen.*, e.name FROM (\(first)) chosen JOIN enterprise e ON e.id = chosen.id
            ORDER BY chosen.todo_position
            """
        let rows = try Row.fetchAll(db, SQLRequest(literal: sql))
        return (
            rows.compactMap { row in
                let due = cycle.due(lastAssessed: row["last_assessed"], closed: false, today: today)
                let href = "/enterprises/\(row["id"] as Int64)"
                switch due {
                case .never:
                    return TodoItem(
                        kind: .nextAssessment, title: row["name"], detail: "尚未评估，应安排评估", date: nil, overdue: false,
                        href: href)
                case .overdue(let day):
                    return TodoItem(
                        kind: .nextAssessment, title: row["name"], detail: "下次评估应于 \(day) 前完成（已逾期）", date: day,
                        overdue: true, href: href)
                case .due(let day) where day <= today.adding(days: TodoList.cycleDays):
                    return TodoItem(
                        kind: .nextAssessment, title: row["name"], detail: "下次评估应于 \(day) 前完成", date: day,
                        overdue: false, href: href)
                default:
                    return nil
                }
            }, TodoList.Count(rows)
        )
    }
}
