import Foundation
import HazChemCore
import HazChemStore

/// Where the versions of one visit belong.
struct DemoVersionContext: Sendable {
    var visit: DemoVisit
    /// The tables and their checklist's items.
    var index: DemoChecklistIndex
    /// The team's people.
    var members: DemoTeamMembers
    /// Expert list index → stored id.
    var expertIDs: [Int64]
    var asOf: Int
}

extension DemoAssessmentVersion {
    /// The version as the store's bulk writer takes it, prepared (pure: runs on builder threads).
    func prepared(_ context: DemoVersionContext) -> PreparedAssessmentVersion {
        typealias Day = DemoCampaignCalendar
        let visit = context.visit
        let index = context.index
        var bulk = BulkAssessmentVersion(
            status: status, onSite: (Day.date(visit.start), Day.date(visit.end)),
            dueDate: Day.date(visit.end + ReportDeadline.days), submittedDate: submitted.map(Day.date),
            tables: BulkTableRefs(index.tables), createdAt: Day.moment(created, minutes: 9 * 60),
            updatedAt: Day.moment(updated, minutes: 17 * 60 + 30))
        let sheet = submitted != nil ? sheet : nil
        bulk.score = sheet?.total
        bulk.grade = sheet?.grade
        bulk.directRed = sheet?.directRed.map(\.id) ?? []
        bulk.risk = risk
        bulk.notRectifiableReason = notRectifiable
        bulk.answersConfirmedAt = answersConfirmed.map { Day.moment($0, minutes: 17 * 60) }
        bulk.answered = answered
        bulk.answeredBy = context.members.answeredBy
        bulk.exceptions = exceptions.filter { index.positions[$0.key]! < answered }.map { id, e in
            var response = BulkResponse(
                itemID: id, response: e.response,
                expertID: context.members.answeredBy[index.entries[index.positions[id]!].specialty]!)
            response.finding = e.finding
            response.location = e.location
            response.markedMajor = e.markedMajor
            response.measure = e.measure
            response.deadline = e.deadline.map(Day.date)
            response.responsiblePerson = e.responsible
            return response
        }
        bulk.enteredAt = Day.moment(min(visit.end, context.asOf), minutes: 16 * 60)
        bulk.answers = answers.map { ($0.id, $0.value, $0.source) }
        bulk.answersUpdatedAt = Day.moment(
            answersConfirmed ?? max(created, min(visit.end, context.asOf)), minutes: 17 * 60)
        bulk.spotChecks = spotChecks
        bulk.signatures = signatures.map { (context.expertIDs[$0.expert], Day.date($0.day)) }
        if status.isFrozen, let signed {
            let decided = disposition.map { Day.moment(Day.day($0.decisionDate), minutes: 10 * 60) }
            bulk.signedOn = Day.date(signed)
            bulk.statusChangedAt = decided ?? Day.moment(signed, minutes: 18 * 60)
            bulk.hazards = hazards.map(\.bulk)
            bulk.disposition = disposition.map {
                var decision = $0
                decision.createdAt = Day.moment(Day.day($0.decisionDate), minutes: 10 * 60)
                return decision
            }
        }
        return bulk.prepared()
    }
}

extension DemoHazard {
    /// The hazard as the store's bulk writer takes it.
    var bulk: BulkHazard {
        typealias Day = DemoCampaignCalendar
        var h = BulkHazard(
            description: draft.description, level: draft.level, createdAt: Day.moment(created, minutes: 18 * 60),
            updatedAt: Day.moment(updated, minutes: 18 * 60))
        h.itemID = draft.itemId
        h.location = draft.location ?? ""
        h.basis = draft.basis
        h.criterionNumber = draft.majorCriterion
        h.measure = measure
        h.deadline = Day.date(deadline)
        h.responsiblePerson = responsible
        h.status = status
        h.verifiedBy = verifiedBy
        h.verifiedAt = verified.map(Day.date)
        h.rectifiedAt = rectified.map(Day.date)
        return h
    }
}
