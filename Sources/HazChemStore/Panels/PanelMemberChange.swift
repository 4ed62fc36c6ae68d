import Foundation
import GRDB
import HazChemCore

/// A recorded change of a panel's people: a member replaced (替换) or absent from one visit (请假).
package struct PanelMemberChange: Sendable, Equatable, Codable {
    /// Replacement or leave.
    package enum Kind: String, Sendable, Codable, CaseIterable {
        case replace
        case leave

        /// 替换, 请假.
        package var label: String { self == .replace ? "替换" : "请假" }
    }

    /// The row id, nil before insertion.
    package var id: Int64?
    /// The panel.
    package var panelID: Int64
    /// Replacement or leave.
    package var kind: Kind
    /// The member leaving the panel, or absent.
    package var expertID: Int64
    /// The person taking the seat (replacement only).
    package var replacementID: Int64?
    /// The visit missed (leave only).
    package var visitID: Int64?
    /// 原因.
    package var reason: String
    /// The day the change takes effect.
    package var effectiveDate: LocalDate
    /// Who recorded it.
    package var recordedBy: String
    /// When it was recorded.
    package var recordedAt: Date

    /// Creates a change.
    package init(
        id: Int64? = nil, panelID: Int64, kind: Kind, expertID: Int64, replacementID: Int64? = nil,
        visitID: Int64? = nil, reason: String, effectiveDate: LocalDate, recordedBy: String, recordedAt: Date
    ) {
        self.id = id
        self.panelID = panelID
        self.kind = kind
        self.expertID = expertID
        self.replacementID = replacementID
        self.visitID = visitID
        self.reason = reason
        self.effectiveDate = effectiveDate
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }
}

// MARK: - Database

extension PanelMemberChange: FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "panel_member_change"

    package enum CodingKeys: String, CodingKey {
        case id, kind, reason
        case panelID = "panel_id"
        case expertID = "expert_id"
        case replacementID = "replacement_id"
        case visitID = "visit_id"
        case effectiveDate = "effective_date"
        case recordedBy = "recorded_by"
        case recordedAt = "recorded_at"
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
