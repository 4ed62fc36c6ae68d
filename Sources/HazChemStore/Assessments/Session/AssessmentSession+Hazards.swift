import Foundation
import GRDB
import HazChemCore

extension AssessmentSession {
    /// Creates the hazards of a just-signed assessment, one per non-conforming item, in checklist order.
    ///
    /// Level major when the item links a 121号 criterion or the expert marked it major. Measure, deadline and
    /// responsible person come from the panel's plan, else ``HazardDefaults``. When the assessment corrects
    /// an earlier version, that version's hazards for items still non-conforming are carried over (keeping
    /// their rectification status) and those whose item is no longer non-conforming are withdrawn.
    func createHazards(_ state: AssessmentState) throws -> [Hazard] {
        let assessment = state.assessment
        let id = assessment.id!
        let drafts: [HazardDraft]
        do {
            drafts = try ChecklistEvaluator(checklist: state.tables.checklist).hazardDrafts(
                from: state.checklistResponses)
        } catch {
            throw StoreError(
                .invalidInput,
                problems: error.problems.map { .init(entity: assessment.entityLabel, message: $0.description) })
        }
        var previous: [String: Hazard] = [:]
        if let previousID = assessment.previousVersionID {
            for hazard in try Hazard.filter(Column("assessment_id") == previousID).fetchAll(db) {
                previous[hazard.itemID ?? "#\(hazard.id!)"] = hazard
            }
        }
        let plans = Dictionary(uniqueKeysWithValues: state.responses.map { ($0.itemID, $0) })
        let signed = assessment.signedDate ?? today
        var hazards: [Hazard] = []
        for draft in drafts {
            let plan = plans[draft.itemId]
            var hazard =
                previous.removeValue(forKey: draft.itemId)
                ?? Hazard(
                    assessmentID: id, enterpriseID: assessment.enterpriseID, itemID: draft.itemId, description: "",
                    location: "", basis: "", level: .general, measure: "", responsiblePerson: "", status: .open,
                    createdAt: now)
            let before = hazard.id == nil ? nil : hazard
            hazard.assessmentID = id
            hazard.description = draft.description
            hazard.location = draft.location ?? ""
            hazard.basis = draft.basis
            hazard.level = draft.level
            hazard.criterionNumber = draft.majorCriterion
            if let measure = plan?.measure, !measure.isEmpty { hazard.measure = measure }
            if hazard.measure.isEmpty { hazard.measure = HazardDefaults.measure(requirement: draft.requirement) }
            if let deadline = plan?.deadline { hazard.deadline = deadline }
            if hazard.deadline == nil { hazard.deadline = signed.adding(days: HazardDefaults.deadlineDays) }
            if let person = plan?.responsiblePerson, !person.isEmpty { hazard.responsiblePerson = person }
            if hazard.responsiblePerson.isEmpty {
                hazard.responsiblePerson = HazardDefaults.responsiblePerson(principal: state.enterprise.principal)
            }
            hazard.updatedAt = now
            try hazard.save(db)
            try auditRecords(
                before == nil ? "create" : "carry", "hazard", String(hazard.id!), before: before, after: hazard)
            hazards.append(hazard)
        }
        for hazard in previous.values.sorted(by: { $0.id! < $1.id! }) {
            try hazard.delete(db)
            try auditRecords("withdraw", "hazard", String(hazard.id!), before: hazard, after: Hazard?.none)
        }
        return hazards
    }

    /// The hazard with `id`, or a not-found error.
    func hazard(_ id: Int64) throws -> Hazard {
        guard let hazard = try Hazard.fetchOne(db, key: id) else {
            throw StoreError(.notFound, entity: "隐患 #\(id)", message: "隐患不存在")
        }
        return hazard
    }

    /// Changes a hazard's status and/or particulars.
    func updateHazard(_ id: Int64, _ update: HazardUpdate) throws -> Hazard {
        let before = try hazard(id)
        var hazard = before
        var problems: [String] = []
        if update.changesParticulars, before.status != .open {
            problems.append("隐患为“\(before.status.label)”状态，只有未整改的隐患可以修改整改措施、期限、责任人和部位")
        }
        if let measure = update.measure {
            if measure.trimmed.isEmpty { problems.append("整改措施不能为空") }
            hazard.measure = measure.trimmed
        }
        if let person = update.responsiblePerson {
            if person.trimmed.isEmpty { problems.append("整改责任人不能为空") }
            hazard.responsiblePerson = person.trimmed
        }
        if let deadline = update.deadline { hazard.deadline = deadline }
        if let location = update.location { hazard.location = location.trimmed }
        if let status = update.status, status != before.status || !update.changesParticulars {
            if status == .verified {
                problems.append("验收销号请使用 hazard verify（须填写验收人和验收日期）")
            } else {
                do { try HazardTransition.check(from: before.status, to: status) } catch {
                    problems += error.messages
                }
                hazard.status = status
                if status == .rectified { hazard.rectifiedAt = update.date ?? today }
                if status == .rectifying { hazard.rectifiedAt = nil }
            }
        }
        if !problems.isEmpty {
            throw StoreError(.invalidInput, problems: problems.map { .init(entity: before.entityLabel, message: $0) })
        }
        if hazard == before { return before }
        hazard.updatedAt = now
        try hazard.update(db)
        try auditRecords("update", "hazard", String(id), before: before, after: hazard)
        return hazard
    }

    /// Records the re-check of a rectified hazard: who verified it and when; rectified → verified.
    func verifyHazard(_ id: Int64, by person: String, date: LocalDate) throws -> Hazard {
        let before = try hazard(id)
        var problems: [String] = []
        do { try HazardTransition.check(from: before.status, to: .verified) } catch { problems += error.messages }
        if person.trimmed.isEmpty { problems.append("验收人不能为空") }
        if let rectified = before.rectifiedAt, date < rectified {
            problems.append("验收日期\(date)早于整改完成日期\(rectified)")
        }
        if !problems.isEmpty {
            throw StoreError(.invalidInput, problems: problems.map { .init(entity: before.entityLabel, message: $0) })
        }
        var hazard = before
        hazard.status = .verified
        hazard.verifiedBy = person.trimmed
        hazard.verifiedAt = date
        hazard.updatedAt = now
        try hazard.update(db)
        try auditRecords("verify", "hazard", String(id), before: before, after: hazard)
        return hazard
    }
}
