import Foundation

/// The SQL of the monthly report, in one place; every query takes the named arguments `:start` and `:end`
/// (first and last day of M, `YYYY-MM-DD`) and `:county` (a county code, or NULL for all counties).
///
/// Counting rules (see `docs/monthly-report.md`):
/// - an assessment counts when it is signed or dispositionDecided and no signed or dispositionDecided
///   correction replaces it;
/// - its day is its on-site end date (the panel's when the assessment has none); it counts in that month;
/// - per enterprise only the latest such assessment ending by the end of M counts (`counted`), so
///   corrections and re-assessments never count an enterprise twice;
/// - hazards, spot checks and panel members are those of the counted assessment; dispositions count when
///   decided by the end of M; hazard states are judged at the end of M.
///
/// Performance: SQLite has no index on a CTE and, misjudging their sizes, joins two materialised CTEs
/// by scanning one for every row of the other (20,000 × 20,000 rows for a province). So no query joins
/// a CTE to another CTE: per-assessment figures come from `hz` (counted plus its hazard counts, one
/// pass over the hazard index) or from correlated subqueries on indexed tables.
enum MonthlySQL {
    /// `counted`: one row per enterprise, its counted assessment, with `in_month` 1 when it ended in M;
    /// `hz`: the rows of `counted` with the hazard counts of their assessments (0 when none).
    static let countedCTE = """
        WITH dated AS (
            SELECT a.id, a.enterprise_id, a.panel_id, a.version, a.grade, a.direct_red, a.score_tenths,
                a.grading_table_hash,
                coalesce(a.on_site_start, p.on_site_start) AS start_day,
                coalesce(a.on_site_end, p.on_site_end) AS end_day
            FROM assessment a LEFT JOIN panel_visit p ON p.assessment_id = a.id
            WHERE a.status IN ('signed', 'dispositionDecided')
                AND NOT EXISTS (
                    SELECT 1 FROM assessment n
                    WHERE n.previous_version_id = a.id AND n.status IN ('signed', 'dispositionDecided'))
        ),
        ranked AS (
            SELECT d.*, e.county_code, row_number() OVER (
                    PARTITION BY d.enterprise_id ORDER BY d.end_day DESC, d.version DESC, d.id DESC) AS position
            FROM dated d JOIN enterprise e ON e.id = d.enterprise_id
            WHERE d.end_day <= :end AND (:county IS NULL OR e.county_code = :county)
        ),
        counted AS (
            SELECT *, end_day >= :start AS in_month FROM ranked WHERE position = 1
        ),
        hz AS (
            SELECT c.*,
                coalesce(sum(h.level = 'general'), 0) AS general,
                coalesce(sum(h.level = 'major'), 0) AS major,
                coalesce(sum(\(rectified)), 0) AS rectified,
                coalesce(sum(NOT (\(rectified)) AND coalesce(h.deadline < :end, 0)), 0) AS overdue
            FROM counted c LEFT JOIN hazard h ON h.assessment_id = c.id
            GROUP BY c.id
        )
        """

    /// Whether hazard `h` is rectified by the end of M: rectified or verified, dated by then (or undated).
    static let rectified = """
        h.status IN ('rectified', 'verified') AND coalesce(h.rectified_at, h.verified_at, :end) <= :end
        """

    /// Per county and `in_month`: the assessment-based figures.
    static let assessmentFigures = """
        \(countedCTE)
        SELECT c.county_code, c.in_month,
            count(*) AS assessed,
            sum(c.grade = 'red') AS red,
            sum(c.grade = 'red' AND json_array_length(c.direct_red) > 0) AS direct_red,
            sum(c.grade = 'orange') AS orange,
            sum(c.grade = 'yellow') AS yellow,
            sum(c.grade = 'blue') AS blue,
            sum(d.class IS 'closeOrSuspend') AS close_or_suspend,
            sum(d.closure_action IS 'suspendAndRectify') AS suspend_and_rectify,
            sum(d.closure_action IS 'close') AS close,
            sum(d.class IS 'rectify') AS rectify,
            sum(d.class IS 'consolidate') AS consolidate,
            sum(c.general) AS general_hazards,
            sum(c.major) AS major_hazards,
            sum(c.rectified) AS rectified_hazards,
            sum(c.overdue) AS overdue_hazards,
            coalesce(sum((SELECT sum(m.role <> 'regulator') FROM panel_member m WHERE m.panel_id = c.panel_id)), 0)
                AS experts,
            coalesce(sum((SELECT sum(m.role = 'regulator') FROM panel_member m WHERE m.panel_id = c.panel_id)), 0)
                AS regulators,
            coalesce(sum((SELECT count(*) FROM spot_check s WHERE s.assessment_id = c.id)), 0) AS spot_checked,
            coalesce(sum((SELECT sum(s.result = 'passed') FROM spot_check s WHERE s.assessment_id = c.id)), 0)
                AS spot_passed
        FROM hz c
        LEFT JOIN disposition d ON d.assessment_id = c.id AND d.decision_date <= :end
        GROUP BY c.county_code, c.in_month
        """

    /// Per county and `in_month`: reports overdue at the end of M.
    ///
    /// A report is the first version of an assessment (corrections do not move its deadline), dated by its
    /// on-site end; it is due on `due_date`, else 10 days after the on-site end, and is overdue at the end
    /// of M when that due date is before the end of M and it was not submitted by the due date.
    static let overdueReports = """
        WITH report AS (
            SELECT a.enterprise_id, coalesce(substr(a.submitted_recorded_at, 1, 10), a.submitted_date) AS submitted_date,
                coalesce(a.on_site_end, p.on_site_end) AS end_day,
                coalesce(a.due_date, date(coalesce(a.on_site_end, p.on_site_end), '+10 days')) AS due
            FROM assessment a LEFT JOIN panel_visit p ON p.assessment_id = a.id
            WHERE a.version = 1
        )
        SELECT e.county_code, r.end_day >= :start AS in_month, count(*) AS overdue
        FROM report r JOIN enterprise e ON e.id = r.enterprise_id
        WHERE r.end_day <= :end AND (:county IS NULL OR e.county_code = :county)
            AND r.due < :end AND coalesce(r.submitted_date, '9999-12-31') > r.due
        GROUP BY e.county_code, in_month
        """

    /// Per county and kind: enterprises in scope (not closed, or closed with a counted assessment).
    static let scope = """
        \(countedCTE)
        SELECT e.county_code, e.kind, count(*) AS enterprises
        FROM enterprise e
        WHERE (:county IS NULL OR e.county_code = :county)
            AND (e.operating_status <> 'closed' OR e.id IN (SELECT enterprise_id FROM counted))
        GROUP BY e.county_code, e.kind
        """

    /// One row per counted assessment for the per-enterprise list.
    static let enterpriseLines = """
        \(countedCTE)
        SELECT c.id AS assessment_id, c.version, c.enterprise_id, e.name, e.credit_code, e.kind, e.county_code,
            c.start_day, c.end_day, c.in_month, c.score_tenths, c.grade, c.direct_red, c.grading_table_hash,
            (SELECT x.name FROM panel_member m JOIN expert x ON x.id = m.expert_id
                WHERE m.panel_id = c.panel_id AND m.role = 'leader') AS leader,
            c.general + c.major AS hazards,
            c.major AS major_hazards,
            c.rectified AS rectified_hazards,
            d.class AS disposition, d.closure_action
        FROM hz c
        JOIN enterprise e ON e.id = c.enterprise_id
        LEFT JOIN disposition d ON d.assessment_id = c.id AND d.decision_date <= :end
        ORDER BY (SELECT position FROM region WHERE code = c.county_code), c.county_code, c.end_day, e.name, e.id
        """

    /// The submissions of month `:month` (`YYYY-MM`) that are recorded as submitted.
    static let submissions = """
        SELECT county_code, substr(submitted_at, 1, 10) AS submitted_on, recorded_at FROM monthly_submission
        WHERE month = :month AND status = 'submitted'
        """
}
