import Foundation
import GRDB
import HazChemCore

/// One person examined on site for the knowledge their post requires (应知应会抽查考核).
package struct SpotCheck: Sendable, Equatable, Codable {
    /// The row id.
    package var id: Int64?
    /// The assessment.
    package var assessmentID: Int64
    /// The person examined.
    package var person: String
    /// Their post.
    package var role: SpotCheckRole
    /// 合格 or 不合格.
    package var result: SpotCheckResult
    /// A remark.
    package var note: String

    /// Creates a spot check.
    package init(
        id: Int64? = nil, assessmentID: Int64, person: String, role: SpotCheckRole, result: SpotCheckResult,
        note: String = ""
    ) {
        self.id = id
        self.assessmentID = assessmentID
        self.person = person
        self.role = role
        self.result = result
        self.note = note
    }
}

// MARK: - Database

extension SpotCheck: FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "spot_check"

    package enum CodingKeys: String, CodingKey {
        case id
        case assessmentID = "assessment_id"
        case person, role, result, note
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
