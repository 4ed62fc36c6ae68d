import Foundation

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
    /// How many open major hazards enterprise `e` has, as a scalar subquery.
    static let openMajorHazards = """
        (SELECT COUNT(*) FROM hazard h WHERE h.enterprise_id = e.id AND h.level = 'major'
            AND h.status IN \(outstandingStatuses))
        """
}
