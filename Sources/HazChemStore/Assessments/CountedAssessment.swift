import Foundation

/// The one definition of "the assessment that counts for an enterprise", as SQL fragments.
///
/// An assessment version counts when it is signed (or signed with a disposition decided) and no signed
/// correction replaces it; of those, an enterprise's counted assessment is the one that ended on site last
/// (the panel's end date when the assessment has none), then the highest version, then the highest id. The
/// register and the enterprise detail use these fragments; the dashboard, the to-do list and the enterprise list read
/// the same rule from the `counted_assessment` table its triggers keep current (migration `v5-national-indexes`,
/// checked against ``id(of:)`` by a test); the monthly
/// report applies the same rule as of the end of the month in `MonthlySQL.countedCTE` (written out there so
/// `bench/monthly.sql` can be generated from it), and a test checks that the two agree.
enum CountedAssessment {
    /// The statuses whose grade counts.
    static let statuses = "('signed', 'dispositionDecided')"

    /// Whether assessment `a` counts: signed and not replaced by a signed correction.
    static func counts(_ a: String) -> String {
        """
        \(a).status IN \(statuses) AND NOT EXISTS (
            SELECT 1 FROM assessment n WHERE n.previous_version_id = \(a).id AND n.status IN \(statuses))
        """
    }

    /// The last day on site of assessment `a` whose visit is `p` (`panel_visit`, LEFT JOINed).
    static func endDay(_ a: String, panel p: String) -> String { "coalesce(\(a).on_site_end, \(p).on_site_end)" }

    /// Orders counting assessments latest first.
    static func latestFirst(_ a: String, panel p: String) -> String {
        "\(endDay(a, panel: p)) DESC, \(a).version DESC, \(a).id DESC"
    }

    /// The id of enterprise `enterprise`'s counted assessment (NULL when none), as a scalar subquery.
    static func id(of enterprise: String) -> String {
        """
        (SELECT x.id FROM assessment x LEFT JOIN panel_visit xp ON xp.assessment_id = x.id
            WHERE x.enterprise_id = \(enterprise) AND \(counts("x"))
            ORDER BY \(latestFirst("x", panel: "xp")) LIMIT 1)
        """
    }
}
