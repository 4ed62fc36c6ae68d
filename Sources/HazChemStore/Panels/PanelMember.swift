import Foundation
import GRDB
import HazChemCore

/// A person on a stored panel, with the role and specialty they hold there.
package struct PanelMember: Sendable, Equatable, Codable {
    /// The panel.
    package var panelID: Int64
    /// The expert or regulator.
    package var expertID: Int64
    /// Leader, member or regulator.
    package var role: PanelRole
    /// The specialty covered on this panel.
    package var specialty: Specialty

    /// Creates a membership.
    package init(panelID: Int64, expertID: Int64, role: PanelRole, specialty: Specialty) {
        self.panelID = panelID
        self.expertID = expertID
        self.role = role
        self.specialty = specialty
    }
}

// MARK: - Database

extension PanelMember: FetchableRecord, PersistableRecord {
    package static let databaseTableName = "panel_member"

    package enum CodingKeys: String, CodingKey {
        case panelID = "panel_id"
        case expertID = "expert_id"
        case role, specialty
    }
}
