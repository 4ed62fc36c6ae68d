import Foundation
import GRDB
import HazChemCore

/// One scheduled visit of a panel: an enterprise and the on-site dates; at most one assessment (whose
/// correcting versions follow it).
package struct PanelVisit: Sendable, Equatable, Codable {
    /// The row id, nil before insertion.
    package var id: Int64?
    /// The panel visiting.
    package var panelID: Int64
    /// The enterprise visited.
    package var enterpriseID: Int64
    /// The first on-site day.
    package var onSiteStart: LocalDate
    /// The last on-site day.
    package var onSiteEnd: LocalDate
    /// The assessment created from the visit (its first version), nil until created.
    package var assessmentID: Int64?
    /// When the visit was scheduled.
    package var createdAt: Date?

    /// Creates a visit.
    package init(
        id: Int64? = nil, panelID: Int64, enterpriseID: Int64, onSiteStart: LocalDate, onSiteEnd: LocalDate,
        assessmentID: Int64? = nil, createdAt: Date? = nil
    ) {
        self.id = id
        self.panelID = panelID
        self.enterpriseID = enterpriseID
        self.onSiteStart = onSiteStart
        self.onSiteEnd = onSiteEnd
        self.assessmentID = assessmentID
        self.createdAt = createdAt
    }

    /// Whether the on-site dates of the two visits share a day.
    package func overlaps(_ other: PanelVisit) -> Bool {
        onSiteStart <= other.onSiteEnd && other.onSiteStart <= onSiteEnd
    }

    /// `现场评估（编号…）`, for messages.
    package var entityLabel: String { "现场评估安排（编号\(id ?? 0)）" }
}

// MARK: - Database

extension PanelVisit: FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "panel_visit"

    package enum CodingKeys: String, CodingKey {
        case id
        case panelID = "panel_id"
        case enterpriseID = "enterprise_id"
        case onSiteStart = "on_site_start"
        case onSiteEnd = "on_site_end"
        case assessmentID = "assessment_id"
        case createdAt = "created_at"
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
