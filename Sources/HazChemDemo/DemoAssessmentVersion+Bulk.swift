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
    /// The panel's overall opinion (专家组综合意见) of a submitted version, from its grade (no random draw, so the
    /// rest of the campaign is unchanged).
    static func conclusion(_ sheet: ScoreSheet, findings: Int, notRectifiable: String?) -> String {
        let found = findings == 0 ? "未发现不符合项" : "发现不符合项和隐患\(findings)项"
        let advice: String
        switch sheet.grade {
        case .blue: advice = "企业安全基础较好，建议巩固强化，持续保持并提升安全管理水平。"
        case .yellow: advice = "建议企业按隐患清单限期整改，整改完成后由旗县市应急管理局组织复查。"
        case .orange, .red:
            advice =
                notRectifiable.map { "专家组认为\($0)，建议停产整改或提请地方政府依法关闭。" }
                ?? "建议依法督促企业限期整改重大隐患、降低风险，整改完成后复查并重新评估。"
        }
        return "专家组依据检查表和诊断分级表逐项检查，\(found)，诊断得分\(sheet.total)分，风险等级为\(sheet.grade.label)。\(advice)"
    }

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
        // The campaign's own clock records what the generated users enter, on the day they state.
        bulk.submittedRecordedAt = submitted.map { Day.recorded($0, minutes: 17 * 60) }
        let sheet = submitted != nil ? sheet : nil
        bulk.score = sheet?.total
        bulk.grade = sheet?.grade
        bulk.directRed = sheet?.directRed.map(\.id) ?? []
        bulk.risk = risk
        bulk.notRectifiableReason = notRectifiable
        bulk.conclusion = sheet.map {
            Self.conclusion(
                $0, findings: exceptions.values.filter { $0.response == .nonConforming }.count,
                notRectifiable: notRectifiable)
        }
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
        bulk.signatures = signatures.map {
            (context.expertIDs[$0.expert], Day.date($0.day), Day.recorded($0.day, minutes: 18 * 60))
        }
        if status.isFrozen, let signed {
            let decided = disposition.map { Day.moment(Day.day($0.decisionDate), minutes: 10 * 60) }
            bulk.signedOn = Day.date(signed)
            bulk.statusChangedAt = decided ?? Day.moment(signed, minutes: 18 * 60)
            bulk.hazards = hazards.map(\.bulk)
            bulk.disposition = disposition.map {
                var decision = $0
                decision.createdAt = Day.moment(Day.day($0.decisionDate), minutes: 10 * 60)
                decision.recordedAt = Day.recorded(Day.day($0.decisionDate), minutes: 10 * 60)
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
