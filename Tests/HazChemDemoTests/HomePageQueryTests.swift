import Foundation
import GRDB
import HazChemCore
import Testing

@testable import HazChemStore

/// The home page's queries read `counted_assessment` and covering indexes (migration `v5-national-indexes`); these
/// tests compare their figures with the queries they replaced (correlated subqueries on ``CountedAssessment``),
/// written out here, on the demo campaign at days when the re-assessment cycle has run out for some enterprises.
@Suite("Home page figures: the national-scale queries agree with the per-enterprise subqueries they replaced")
struct HomePageQueryTests {
    static let days = [
        LocalDate(year: 2019, month: 12, day: 6)!, LocalDate(year: 2022, month: 6, day: 20)!,
        LocalDate(year: 2022, month: 9, day: 1)!,
    ]

    @Test("grades, coverage and overdue re-assessments per county", arguments: days)
    func dashboardAgrees(_ today: LocalDate) throws {
        let fixture = try DemoCampaignFixture.standard.get()
        let database = try AppDatabase(fixture.database.writer, now: { Self.moment(today) })
        let figures = try database.dashboard(scope: .all)
        let lastAssessed = """
            (SELECT \(CountedAssessment.endDay("a", panel: "p")) FROM assessment a
                LEFT JOIN panel_visit p ON p.assessment_id = a.id WHERE a.id = \(CountedAssessment.id(of: "e.id")))
            """
        let rows = try fixture.database.reader.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT e.county_code,
                        SUM(e.operating_status <> 'closed' AND coalesce(date(\(lastAssessed), '+3 years') < ?, 0)) AS overdue,
                        SUM(l.grade IS NOT NULL AND e.operating_status <> 'closed') AS assessed,
                        SUM(l.grade = 'red') AS red, SUM(l.grade = 'blue') AS blue
                    FROM enterprise e LEFT JOIN assessment l ON l.id = \(CountedAssessment.id(of: "e.id"))
                    GROUP BY 1
                    """, arguments: [today])
        }
        #expect(rows.count == figures.counties.count)
        var overdue = 0
        for row in rows {
            let county = try #require(figures.counties.first { $0.countyCode == row["county_code"] as String })
            #expect(county.overdueAssessments == row["overdue"] as Int)
            #expect(county.assessed == row["assessed"] as Int)
            #expect(county.grades[.red, default: 0] == row["red"] as Int)
            #expect(county.grades[.blue, default: 0] == row["blue"] as Int)
            overdue += row["overdue"] as Int
        }
        // The campaign's visits ran June to December 2019: by mid-2022 some cycles have run out, by 2019 none.
        #expect((overdue > 0) == (today.year == 2022))
    }

    @Test("the enterprises due for re-assessment: count, overdue count and the first eight", arguments: days)
    func assessmentsDueAgrees(_ today: LocalDate) throws {
        let fixture = try DemoCampaignFixture.standard.get()
        let cycle = AssessmentCycle.standard
        let (items, count) = try fixture.database.reader.read { db in
            try AppDatabase.assessmentsDue(db, scope: .all, today: today, cycle: cycle)
        }
        let due = "date(last_assessed, '+\(cycle.years) years')"
        let expected = try fixture.database.reader.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    WITH candidate AS (
                        SELECT e.id, (SELECT \(CountedAssessment.endDay("a", panel: "p")) FROM assessment a
                            LEFT JOIN panel_visit p ON p.assessment_id = a.id
                            WHERE a.id = \(CountedAssessment.id(of: "e.id"))) AS last_assessed
                        FROM enterprise e
                        WHERE e.operating_status <> 'closed' AND NOT EXISTS (SELECT 1 FROM assessment a
                            WHERE a.enterprise_id = e.id AND a.status IN ('planned', 'onSite', 'submitted')))
                    SELECT id, coalesce(\(due) < :today, 0) AS overdue FROM candidate
                    WHERE last_assessed IS NULL OR \(due) <= :horizon
                    ORDER BY coalesce(\(due) < :today, 0) DESC, coalesce(\(due), :today), id
                    """,
                arguments: ["today": today, "horizon": today.adding(days: TodoList.cycleDays)])
        }
        #expect(count.total == expected.count)
        #expect(count.overdue == expected.filter { $0["overdue"] as Bool }.count)
        #expect(
            items.map(\.href) == expected.prefix(TodoList.shownPerKind).map { "/enterprises/\($0["id"] as Int64)" })
        if today.year == 2022 { #expect(count.overdue > 0 && count.total > count.overdue) }
    }

    /// Noon of `day` in UTC.
    static func moment(_ day: LocalDate) -> Date {
        var components = DateComponents()
        (components.year, components.month, components.day, components.hour) = (day.year, day.month, day.day, 12)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: components)!
    }
}
