import Foundation
import GRDB
import HazChemCore

/// An expert panel (专家组): a team formed once for a county (or the prefecture), with a leader, members by
/// specialty and at least one regulator, given a schedule of visits (``PanelVisit``), each one assessment.
package struct Panel: Sendable, Equatable, Codable {
    /// One person asked for when forming a panel.
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
    /// The county (or the prefecture) the panel is formed for.
    package var regionCode: String
    /// When the panel was stored.
    package var createdAt: Date?

    /// Creates a panel.
    package init(id: Int64? = nil, name: String, regionCode: String, createdAt: Date? = nil) {
        self.id = id
        self.name = name
        self.regionCode = regionCode
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
        case regionCode = "region_code"
        case createdAt = "created_at"
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A panel formed together with its first visit (the form of one panel per enterprise): the panel's region is
/// the enterprise's county.
package struct PanelPlan: Sendable, Equatable {
    /// 专家组名称.
    package var name: String
    /// The enterprise visited first.
    package var enterpriseID: Int64
    /// The first on-site day.
    package var onSiteStart: LocalDate
    /// The last on-site day.
    package var onSiteEnd: LocalDate

    /// Creates a plan.
    package init(name: String, enterpriseID: Int64, onSiteStart: LocalDate, onSiteEnd: LocalDate) {
        self.name = name
        self.enterpriseID = enterpriseID
        self.onSiteStart = onSiteStart
        self.onSiteEnd = onSiteEnd
    }
}
