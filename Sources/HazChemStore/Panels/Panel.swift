import Foundation
import GRDB
import HazChemCore

/// An expert panel (专家组) formed to assess one enterprise on site during a date range.
package struct Panel: Sendable, Equatable, Codable {
    /// One person asked for when creating a panel.
    package struct Assignment: Sendable, Equatable {
        /// The expert's (or regulator's) id.
        package var expertID: Int64
        /// Leader, member or regulator.
        package var role: PanelRole
        /// The specialty the person covers on this panel; nil means the expert's own.
        package var specialty: Specialty?

        /// Creates an assignment.
        package init(expertID: Int64, role: PanelRole, specialty: Specialty? = nil) {
            self.expertID = expertID
            self.role = role
            self.specialty = specialty
        }
    }

    /// The row id, nil before insertion.
    package var id: Int64?
    /// 专家组名称, such as 乌兰浩特市第一专家组.
    package var name: String
    /// The enterprise assessed.
    package var enterpriseID: Int64
    /// The first on-site day.
    package var onSiteStart: LocalDate
    /// The last on-site day.
    package var onSiteEnd: LocalDate
    /// When the panel was stored.
    package var createdAt: Date?

    /// Creates a panel.
    package init(
        id: Int64? = nil, name: String, enterpriseID: Int64, onSiteStart: LocalDate, onSiteEnd: LocalDate,
        createdAt: Date? = nil
    ) {
        self.id = id
        self.name = name
        self.enterpriseID = enterpriseID
        self.onSiteStart = onSiteStart
        self.onSiteEnd = onSiteEnd
        self.createdAt = createdAt
    }

    /// `专家组“…”`, for messages.
    package var entityLabel: String { "专家组“\(name)”" }
}

// MARK: - Database

extension Panel: FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "panel"

    package enum CodingKeys: String, CodingKey {
        case id, name
        case enterpriseID = "enterprise_id"
        case onSiteStart = "on_site_start"
        case onSiteEnd = "on_site_end"
        case createdAt = "created_at"
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
