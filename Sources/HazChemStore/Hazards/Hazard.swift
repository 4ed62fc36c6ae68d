import Foundation
import GRDB
import HazChemCore

/// A hidden hazard (隐患) on an enterprise's hazard list, created from a non-conforming finding at sign-off.
///
/// Its rectification moves through ``HazardStatus`` by ``HazardTransition``; measure, deadline, responsible
/// person and location can be edited while it is open. Overdue is computed, never stored.
package struct Hazard: Sendable, Equatable, Codable {
    /// The row id.
    package var id: Int64?
    /// The assessment (version) that found it; moved to the newest version when a correction is signed.
    package var assessmentID: Int64
    /// The enterprise.
    package var enterpriseID: Int64
    /// The checklist item it comes from.
    package var itemID: String?
    /// The finding (问题描述).
    package var description: String
    /// Where it was found.
    package var location: String
    /// The item's basis (法规/标准 clause).
    package var basis: String
    /// 一般隐患 or 重大隐患.
    package var level: HazardLevel
    /// The 121号 criterion the item links, if any.
    package var criterionNumber: Int?
    /// The rectification measure.
    package var measure: String
    /// The rectification deadline.
    package var deadline: LocalDate?
    /// Who is responsible for the rectification.
    package var responsiblePerson: String
    /// Where the rectification stands.
    package var status: HazardStatus
    /// Who verified the rectification (re-check).
    package var verifiedBy: String?
    /// When it was verified.
    package var verifiedAt: LocalDate?
    /// When it was reported rectified.
    package var rectifiedAt: LocalDate?
    /// When the row was created.
    package var createdAt: Date?
    /// When the row last changed.
    package var updatedAt: Date?

    /// `隐患 #7`, for messages.
    package var entityLabel: String { "隐患 #\(id.map(String.init) ?? "新")" }

    /// Whether the hazard is still outstanding (open or being rectified) after its deadline on `asOf`.
    package func isOverdue(asOf: LocalDate) -> Bool {
        HazardTransition.isOverdue(status: status, deadline: deadline, asOf: asOf)
    }
}

// MARK: - Database

extension Hazard: FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "hazard"

    package enum CodingKeys: String, CodingKey {
        case id
        case assessmentID = "assessment_id"
        case enterpriseID = "enterprise_id"
        case itemID = "item_id"
        case description, location, basis, level
        case criterionNumber = "criterion_number"
        case measure, deadline
        case responsiblePerson = "responsible_person"
        case status
        case verifiedBy = "verified_by"
        case verifiedAt = "verified_at"
        case rectifiedAt = "rectified_at"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
