import Foundation
import GRDB
import HazChemCore

/// A panel member's signature on an assessment report.
package struct Signature: Sendable, Equatable, Codable {
    /// The assessment.
    package var assessmentID: Int64
    /// The expert (or regulator) who signed.
    package var expertID: Int64
    /// The day signed.
    package var signedAt: LocalDate
    /// The server's time the signature was entered (nil for rows from before it was kept).
    package var recordedAt: RecordedTime?

    /// Creates a signature.
    package init(assessmentID: Int64, expertID: Int64, signedAt: LocalDate, recordedAt: RecordedTime? = nil) {
        self.assessmentID = assessmentID
        self.expertID = expertID
        self.signedAt = signedAt
        self.recordedAt = recordedAt
    }
}

extension Signature {
    /// The day signed as stated, with the recorded day beside it when they differ.
    package var signedAtLabel: String { LocalDate.statedLabel(signedAt, recorded: recordedAt) }
}

// MARK: - Database

extension Signature: FetchableRecord, PersistableRecord {
    package static let databaseTableName = "signature"

    package enum CodingKeys: String, CodingKey {
        case assessmentID = "assessment_id"
        case expertID = "expert_id"
        case signedAt = "signed_at"
        case recordedAt = "recorded_at"
    }
}
