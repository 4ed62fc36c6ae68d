import Foundation
import GRDB
import HazChemCore

/// A bureau's control class for a signed assessment (分类处置, DOMAIN.md section 5).
package struct Disposition: Sendable, Equatable, Codable {
    /// The row id.
    package var id: Int64?
    /// The signed assessment decided on.
    package var assessmentID: Int64
    /// 停产整改或关闭淘汰, 整改提升 or 巩固强化.
    package var dispositionClass: DispositionClass
    /// 停产整改 or 关闭淘汰, only for closeOrSuspend.
    package var action: ClosureAction?
    /// Why the bureau decided so.
    package var reason: String
    /// The decision day.
    package var decisionDate: LocalDate
    /// The deciding bureau, such as 乌兰浩特市应急管理局.
    package var bureau: String
    /// When the row was stored.
    package var createdAt: Date?
    /// The server's time the decision was entered; `decisionDate` is the day stated (earlier when 补录).
    /// Nil for rows from before it was kept.
    package var recordedAt: RecordedTime? = nil

    /// Creates a disposition.
    package init(
        id: Int64? = nil, assessmentID: Int64, dispositionClass: DispositionClass, action: ClosureAction? = nil,
        reason: String, decisionDate: LocalDate, bureau: String, createdAt: Date? = nil
    ) {
        self.id = id
        self.assessmentID = assessmentID
        self.dispositionClass = dispositionClass
        self.action = action
        self.reason = reason
        self.decisionDate = decisionDate
        self.bureau = bureau
        self.createdAt = createdAt
    }

    /// The decision day as stated, with the recorded day beside it when they differ.
    package var decisionDateLabel: String { LocalDate.statedLabel(decisionDate, recorded: recordedAt) }

    /// `整改提升` or `停产整改或关闭淘汰（关闭淘汰）`.
    package var label: String {
        dispositionClass.label + (action.map { "（\($0.label)）" } ?? "")
    }
}

// MARK: - Database

extension Disposition: FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "disposition"

    package enum CodingKeys: String, CodingKey {
        case id
        case assessmentID = "assessment_id"
        case dispositionClass = "class"
        case action = "closure_action"
        case reason
        case decisionDate = "decision_date"
        case bureau
        case createdAt = "created_at"
        case recordedAt = "recorded_at"
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
