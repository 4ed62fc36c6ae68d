import Foundation
import HazChemCore

/// SQL fragments shared by the page queries (dashboard, enterprise list and detail), written once.
enum PageSQL {
    /// The assessment statuses whose grade counts: signed, or signed with a disposition decided.
    static let signedStatuses = "('signed', 'dispositionDecided')"
    /// The hazard statuses still needing work (``HazChemCore/HazardStatus/isOutstanding``).
    static let outstandingStatuses = "('open', 'rectifying')"
    /// Orders an enterprise's signed assessments (alias `a`) latest first: by on-site end, then correction
    /// version, then id.
    static let latestFirst = "a.on_site_end DESC, a.version DESC, a.id DESC"
    /// The grade of enterprise `e`'s latest signed assessment, as a scalar subquery.
    static let latestGrade = """
        (SELECT a.grade FROM assessment a WHERE a.enterprise_id = e.id AND a.status IN \(signedStatuses)
            ORDER BY \(latestFirst) LIMIT 1)
        """
    /// The last day on site of enterprise `e`'s latest signed assessment, as a scalar subquery: where its
    /// re-assessment cycle starts (``HazChemCore/AssessmentCycle``).
    static let lastAssessed = """
        (SELECT max(coalesce(a.on_site_end, p.on_site_end)) FROM assessment a LEFT JOIN panel p ON p.id = a.panel_id
            WHERE a.enterprise_id = e.id AND a.status IN \(signedStatuses))
        """
    /// Whether enterprise `e` is 逾期未评估 on `today`: not closed, and `cycle` years after ``lastAssessed`` is
    /// before today (SQLite's `+N years` and ``HazChemCore/AssessmentCycle/nextDue(after:)`` agree, 29 February
    /// included). Never-assessed enterprises are due now, not overdue.
    static func assessmentOverdue(_ cycle: AssessmentCycle, today: LocalDate) -> String {
        "(e.operating_status <> 'closed' AND coalesce(date(\(lastAssessed), '+\(cycle.years) years') < '\(today)', 0))"
    }
    /// How many open major hazards enterprise `e` has, as a scalar subquery.
    static let openMajorHazards = """
        (SELECT COUNT(*) FROM hazard h WHERE h.enterprise_id = e.id AND h.level = 'major'
            AND h.status IN \(outstandingStatuses))
        """
}
