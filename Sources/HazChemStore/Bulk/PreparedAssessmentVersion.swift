import Foundation
import GRDB
import HazChemCore

/// A ``BulkAssessmentVersion`` turned into what the writer binds: values and JSON rows. Preparing is pure and
/// may run on other threads, so the writing thread only runs statements.
package struct PreparedAssessmentVersion: Sendable {
    /// The `assessment` values after `enterprise_id`, `panel_id`, `version` and `previous_version_id`.
    var assessment: [DatabaseValue]
    var checklistHash: String
    var answered: Int
    var answeredBy: [DatabaseValue]
    var exceptionIDs: String
    var exceptions: String?
    var entered: String
    var answers: String?
    var answersStamp: String
    var spotChecks: String?
    var signatures: String?
    /// The final status with the signing day and the change's time, when signed or decided.
    var finalStatus: (status: String, day: DatabaseValue, stamp: DatabaseValue)?
    var hazards: String?
    /// The `disposition` values after `assessment_id`.
    var disposition: [DatabaseValue]?
}

extension BulkAssessmentVersion {
    /// The values and JSON rows to bind (pure).
    package func prepared() -> PreparedAssessmentVersion {
        typealias Rows = BulkRows
        let initial: AssessmentStatus = status.isFrozen ? .submitted : status
        let values: [(any DatabaseValueConvertible)?] = [
            initial.rawValue, onSiteStart, onSiteEnd, dueDate, submittedDate, tables.grading.id,
            tables.grading.version, tables.grading.hash, tables.checklist.id, tables.checklist.version,
            tables.checklist.hash, tables.criteria?.id, tables.criteria?.version, tables.criteria?.hash, score?.raw,
            grade?.rawValue, JSONText.encode(directRed), risk.affectedArea, risk.riskValue, risk.controlAdequacy,
            risk.reductionMeasures, notRectifiableReason != nil, notRectifiableReason,
            answersConfirmedAt.map(Rows.stamp), Rows.stamp(createdAt), Rows.stamp(updatedAt), conclusion,
            submittedRecordedAt,
        ]
        let ids = exceptions.map(\.itemID).sorted()
        let byID = Dictionary(exceptions.map { ($0.itemID, $0) }, uniquingKeysWith: { $1 })
        let exceptionRows = ids.map { id -> [Rows.Cell] in
            let e = byID[id]!
            return [
                id, e.response.rawValue, e.finding, e.location, e.markedMajor ? "1" : "0", e.measure,
                e.deadline?.description, e.responsiblePerson, e.expertID.map(String.init),
            ]
        }
        let specialties: [Specialty] = [
            .safetyManagement, .chemicalDesign, .equipment, .electricalInstrumentation, .emergencyRescue,
        ]
        var prepared = PreparedAssessmentVersion(
            assessment: values.map { $0?.databaseValue ?? .null }, checklistHash: tables.checklist.hash,
            answered: answered, answeredBy: specialties.map { answeredBy[$0].databaseValue },
            exceptionIDs: JSONText.encode(ids), exceptions: exceptionRows.isEmpty ? nil : Rows.json(exceptionRows),
            entered: Rows.stamp(enteredAt),
            answers: answers.isEmpty
                ? nil : Rows.json(answers.map { [$0.ruleID, String($0.value), $0.source.rawValue] }),
            answersStamp: Rows.stamp(answersUpdatedAt))
        if !spotChecks.isEmpty {
            prepared.spotChecks = Rows.json(
                spotChecks.map { [$0.person, $0.role.rawValue, $0.result.rawValue, $0.note] })
        }
        if !signatures.isEmpty {
            prepared.signatures = Rows.json(
                signatures.map { [String($0.expertID), $0.day.description, $0.recordedAt?.description] })
        }
        guard status.isFrozen else { return prepared }
        prepared.finalStatus = (
            status.rawValue, signedOn.databaseValue, statusChangedAt.map(Rows.stamp).databaseValue
        )
        if !hazards.isEmpty { prepared.hazards = Rows.json(hazards.map(Self.row)) }
        if let decision = disposition {
            let created = decision.createdAt ?? statusChangedAt ?? updatedAt
            let values: [(any DatabaseValueConvertible)?] = [
                decision.dispositionClass.rawValue, decision.action?.rawValue, decision.reason, decision.decisionDate,
                decision.bureau, Rows.stamp(created), decision.recordedAt,
            ]
            prepared.disposition = values.map { $0?.databaseValue ?? .null }
        }
        return prepared
    }

    /// A hazard as a JSON row in the order of ``CampaignBulkWriter/hazardsSQL``.
    static func row(_ h: BulkHazard) -> [BulkRows.Cell] {
        [
            h.itemID, h.description, h.location, h.basis, h.level.rawValue, h.criterionNumber.map(String.init),
            h.measure, h.deadline?.description, h.responsiblePerson, h.status.rawValue, h.verifiedBy,
            h.verifiedAt?.description, h.rectifiedAt?.description, BulkRows.stamp(h.createdAt),
            BulkRows.stamp(h.updatedAt),
        ]
    }
}
