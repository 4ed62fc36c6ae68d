import Foundation
import HazChemCore

/// The tables an assessment version was made with, as its row records them.
package struct BulkTableRefs: Sendable {
    /// Id, version and snapshot hash of one table.
    package struct Ref: Sendable {
        package var id: String
        package var version: String
        package var hash: String

        /// A table reference.
        package init(id: String, version: String, hash: String) {
            self.id = id
            self.version = version
            self.hash = hash
        }
    }

    package var grading: Ref
    package var checklist: Ref
    package var criteria: Ref?

    /// References to tables whose snapshots are stored.
    package init(grading: Ref, checklist: Ref, criteria: Ref? = nil) {
        self.grading = grading
        self.checklist = checklist
        self.criteria = criteria
    }

    /// The references of selected tables (store their snapshots with
    /// ``CampaignBulkWriter/registerChecklist(_:specialties:snapshotAt:)``).
    package init(_ tables: AssessmentTables) {
        grading = Ref(id: tables.grading.id, version: tables.grading.header.version, hash: tables.gradingSource.hash)
        checklist = Ref(
            id: tables.checklist.header.id, version: tables.checklist.header.version,
            hash: tables.checklistSource.hash)
        criteria = tables.criteria.flatMap { criteria in
            tables.criteriaSource.map { Ref(id: criteria.header.id, version: criteria.header.version, hash: $0.hash) }
        }
    }
}

/// A checklist response other than a plain 符合.
package struct BulkResponse: Sendable {
    package var itemID: String
    package var response: ChecklistResponse
    package var finding = ""
    package var location = ""
    package var markedMajor = false
    package var measure = ""
    package var deadline: LocalDate?
    package var responsiblePerson = ""
    /// The expert who entered it.
    package var expertID: Int64?

    /// A response to item `itemID`.
    package init(itemID: String, response: ChecklistResponse, expertID: Int64?) {
        self.itemID = itemID
        self.response = response
        self.expertID = expertID
    }
}

/// A hazard row of an assessment.
package struct BulkHazard: Sendable {
    package var itemID: String?
    package var description: String
    package var location = ""
    package var basis = ""
    package var level: HazardLevel
    package var criterionNumber: Int?
    package var measure = ""
    package var deadline: LocalDate?
    package var responsiblePerson = ""
    package var status: HazardStatus = .open
    package var verifiedBy: String?
    package var verifiedAt: LocalDate?
    package var rectifiedAt: LocalDate?
    package var createdAt: Date
    package var updatedAt: Date

    /// A hazard with the given description and level; the other fields have defaults.
    package init(description: String, level: HazardLevel, createdAt: Date, updatedAt: Date) {
        self.description = description
        self.level = level
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// One assessment version with every child row, as ``CampaignBulkWriter/insertAssessment(_:enterpriseID:panelID:version:previous:)``
/// stores it: the row with status at most 已提交, then responses, grading answers, spot checks and signatures,
/// then the final status (with the signing day), then hazards and the disposition.
package struct BulkAssessmentVersion: Sendable {
    /// The final status.
    package var status: AssessmentStatus
    package var onSiteStart: LocalDate
    package var onSiteEnd: LocalDate
    package var dueDate: LocalDate
    package var submittedDate: LocalDate?
    /// When the writer's clock recorded the submission (``Assessment/submittedRecordedAt``); nil keeps none.
    package var submittedRecordedAt: RecordedTime?
    package var tables: BulkTableRefs
    package var score: Tenths?
    package var grade: Grade?
    package var directRed: [String] = []
    package var risk = RiskDescription()
    package var notRectifiableReason: String?
    /// 专家组综合意见.
    package var conclusion: String?
    package var answersConfirmedAt: Date?
    package var createdAt: Date
    package var updatedAt: Date

    /// How many items of the checklist (registered with ``CampaignBulkWriter/registerChecklist(_:specialties:snapshotAt:)``,
    /// in checklist order) have a response; those not in ``exceptions`` are 符合.
    package var answered = 0
    /// Who enters the 符合 responses of each section's specialty.
    package var answeredBy: [Specialty: Int64] = [:]
    /// The responses other than 符合 (each among the first ``answered`` items).
    package var exceptions: [BulkResponse] = []
    /// When the responses were entered.
    package var enteredAt: Date
    /// Grading answers (rule or direct-red id, value, source), and when they were last written.
    package var answers: [(ruleID: String, value: Int, source: AssessmentAnswer.Source)] = []
    package var answersUpdatedAt: Date
    package var spotChecks: [SpotCheck] = []
    /// Signatures: expert id, day and when the writer's clock recorded it (nil keeps none).
    package var signatures: [(expertID: Int64, day: LocalDate, recordedAt: RecordedTime?)] = []
    /// The signing day (kept as stored when nil) and the time of the final status change (`updated_at` kept
    /// when nil), for a signed or decided version.
    package var signedOn: LocalDate?
    package var statusChangedAt: Date?
    /// Hazards, stored after the final status.
    package var hazards: [BulkHazard] = []
    /// The disposition (its `assessmentID` is ignored; `createdAt` defaults to ``statusChangedAt``; its
    /// `recordedAt` is stored as given).
    package var disposition: Disposition?

    /// A version with the given lifecycle facts; the child rows are empty.
    package init(
        status: AssessmentStatus, onSite: (start: LocalDate, end: LocalDate), dueDate: LocalDate,
        submittedDate: LocalDate?, tables: BulkTableRefs, createdAt: Date, updatedAt: Date
    ) {
        self.status = status
        (onSiteStart, onSiteEnd) = onSite
        self.dueDate = dueDate
        self.submittedDate = submittedDate
        self.tables = tables
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        enteredAt = updatedAt
        answersUpdatedAt = updatedAt
    }
}
