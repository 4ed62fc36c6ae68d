import Foundation
import GRDB
import HazChemCore

extension AssessmentSession {
    /// Records one checklist response; returns whether anything changed.
    ///
    /// An unknown item id is an error naming it; a "major" mark needs 不符合; leaving 不符合 clears the hazard
    /// details. Pre-filled grading answers are refreshed afterwards.
    ///
    /// - parameter loaded: the assessment's state when the caller already has it (batches: tables and panel
    ///   members do not change between responses; the item's stored row is read afresh).
    @discardableResult
    func respond(
        _ assessment: Assessment, _ input: AssessmentResponseInput, refresh: Bool = true, loaded: AssessmentState? = nil
    ) throws -> Bool {
        try requireEditable(assessment)
        let state = try loaded ?? state(assessment)
        let itemID = input.itemID.trimmingCharacters(in: .whitespaces)
        let existing = try AssessmentResponse.fetchOne(db, key: ["assessment_id": assessment.id!, "item_id": itemID])
        guard try write(assessment, input, existing: existing, state: state) != nil else { return false }
        if refresh { try refreshPrefill(assessment) }
        return true
    }

    /// Records one checklist response on a state loaded in this transaction, keeping `state` as saved (its
    /// responses, and its pre-filled answers unless `refresh` is false: the caller refreshes them once after
    /// several responses), so the caller can score it without reading it again.
    func respond(
        _ assessment: Assessment, _ input: AssessmentResponseInput, state: inout AssessmentState, refresh: Bool = true
    ) throws -> Bool {
        try requireEditable(assessment)
        let itemID = input.itemID.trimmingCharacters(in: .whitespaces)
        let existing = state.responses.first { $0.itemID == itemID }
        guard let row = try write(assessment, input, existing: existing, state: state) else { return false }
        state.responses.removeAll { $0.itemID == itemID }
        state.responses.append(row)
        if refresh { try refreshPrefill(assessment, state: &state) }
        return true
    }

    /// Checks a response and writes its row and audit row; returns the row written, nil when nothing changed.
    private func write(
        _ assessment: Assessment, _ input: AssessmentResponseInput, existing: AssessmentResponse?,
        state: AssessmentState
    ) throws -> AssessmentResponse? {
        let id = assessment.id!
        let itemID = input.itemID.trimmingCharacters(in: .whitespaces)
        guard state.tables.checklist.item(id: itemID) != nil else {
            throw StoreError(
                .invalidInput, field: "检查项", entity: assessment.entityLabel,
                message:
                    "检查项“\(itemID)”不在检查表 \(state.tables.checklist.header.id)（版本\(state.tables.checklist.header.version)）中"
            )
        }
        if input.markedMajor, input.response != .nonConforming {
            throw StoreError(
                .invalidInput, field: "重大隐患", entity: assessment.entityLabel,
                message: "检查项 \(itemID) 标记为重大隐患，但答复为“\(input.response.label)”（只有不符合项才构成隐患）")
        }
        try requireClean(input.finding, field: "问题描述", multiline: true, assessment)
        try requireClean(input.location, field: "隐患位置", assessment)
        var expertID = existing?.expertID
        if let name = input.expert { expertID = try state.member(named: name, field: "专家").id }
        var row = AssessmentResponse(
            assessmentID: id, itemID: itemID, response: input.response, finding: input.finding.trimmed,
            location: input.location.trimmed, markedMajor: input.markedMajor, expertID: expertID, enteredAt: now)
        row.standInFor = Self.standIn(expertID: expertID, itemID: itemID, state: state)
        if input.response == .nonConforming, let existing {
            (row.measure, row.deadline, row.responsiblePerson) =
                (existing.measure, existing.deadline, existing.responsiblePerson)
        }
        if let existing, existing.hasSameContent(as: row) { return nil }
        let before = existing == nil ? nil : try AssessmentResponse.auditJSON(db, assessmentID: id, itemID: itemID)
        try row.store(db, inserting: existing == nil)
        try AssessmentResponse.audit(
            db, at: now, actor: actor, action: "respond", assessmentID: id, itemID: itemID, before: before)
        return row
    }

    /// The section's specialty when `expertID` covers another on the panel (the leader, or a stand-in); nil when
    /// they answer their own or are not on the panel.
    static func standIn(expertID: Int64?, itemID: String, state: AssessmentState) -> Specialty? {
        guard let expertID, let section = state.tables.checklist.section(containing: itemID),
            let seat = state.members.first(where: { $0.expertID == expertID }), seat.specialty != section.specialty
        else { return nil }
        return section.specialty
    }

    /// Records the rectification plan of a non-conforming item; returns whether anything changed.
    @discardableResult
    func setHazardDetails(_ assessment: Assessment, itemID: String, _ details: HazardDetails) throws -> Bool {
        try requireEditable(assessment)
        let id = assessment.id!
        guard let existing = try AssessmentResponse.fetchOne(db, key: ["assessment_id": id, "item_id": itemID]),
            existing.response == .nonConforming
        else {
            throw StoreError(
                .invalidInput, field: "隐患", entity: assessment.entityLabel,
                message: "检查项 \(itemID) 不是不符合项，不能填写隐患整改信息")
        }
        try requireClean(details.measure, field: "整改措施", multiline: true, assessment)
        try requireClean(details.responsiblePerson, field: "整改责任人", assessment)
        try requireClean(details.location ?? "", field: "隐患位置", assessment)
        var row = existing
        row.measure = details.measure.trimmed
        row.deadline = details.deadline
        row.responsiblePerson = details.responsiblePerson.trimmed
        if let location = details.location { row.location = location.trimmed }
        if row == existing { return false }
        row.enteredAt = now
        let before = try AssessmentResponse.auditJSON(db, assessmentID: id, itemID: itemID)
        try row.store(db, inserting: false)
        try AssessmentResponse.audit(
            db, at: now, actor: actor, action: "plan", assessmentID: id, itemID: itemID, before: before)
        return true
    }

    /// Sets the panel's answer to a rule or direct-red condition (stored as confirmed); returns whether it changed.
    @discardableResult
    func answer(_ assessment: Assessment, id ruleID: String, value: Int) throws -> Bool {
        try requireEditable(assessment)
        let id = assessment.id!
        let existing = try AssessmentAnswer.fetchOne(db, key: ["assessment_id": id, "rule_id": ruleID])
        var changed = false
        if existing?.value != value || existing?.source != .confirmed {
            let row = AssessmentAnswer(
                assessmentID: id, ruleID: ruleID, value: value, source: .confirmed, updatedAt: now)
            try row.save(db)
            try auditRecords("answer", "grading_answer", "\(id)/\(ruleID)", before: existing, after: row)
            changed = true
        }
        return try markConfirmed(assessment) || changed
    }

    /// Confirms every pre-filled answer as it stands; returns whether anything changed.
    @discardableResult
    func confirmAnswers(_ assessment: Assessment) throws -> Bool {
        try requireEditable(assessment)
        let id = assessment.id!
        let prefilled = try AssessmentAnswer.filter(Column("assessment_id") == id)
            .filter(Column("source") == AssessmentAnswer.Source.prefilled.rawValue).fetchAll(db)
        for before in prefilled {
            var row = before
            (row.source, row.updatedAt) = (.confirmed, now)
            try row.update(db)
            try auditRecords("confirm", "grading_answer", "\(id)/\(row.ruleID)", before: before, after: row)
        }
        return try markConfirmed(assessment) || !prefilled.isEmpty
    }

    /// Stamps the answer set as confirmed by the panel, once.
    private func markConfirmed(_ assessment: Assessment) throws -> Bool {
        let stored = try self.assessment(assessment.id!)
        guard stored.answersConfirmedAt == nil else { return false }
        var updated = stored
        updated.answersConfirmedAt = now
        try save(&updated, action: "confirm-answers", before: stored)
        return true
    }

    /// Sets the red/orange risk texts and, when `notRectifiable` is given, the panel's not-rectifiable finding
    /// (an empty reason withdraws it); returns whether anything changed.
    @discardableResult
    func setRisk(_ assessment: Assessment, risk: RiskDescription?, notRectifiable: String?? = .none) throws -> Bool {
        try requireEditable(assessment)
        let stored = try self.assessment(assessment.id!)
        var updated = stored
        if let risk {
            for field in RiskDescription.Field.allCases {
                try requireClean(risk[field] ?? "", field: field.label, multiline: true, assessment)
                let text = risk[field]?.trimmed ?? ""
                updated.risk[field] = text.isEmpty ? nil : text
            }
        }
        if case .some(let reason) = notRectifiable {
            try requireClean(reason ?? "", field: "不具备整改条件的理由", multiline: true, assessment)
            let text = reason?.trimmed ?? ""
            updated.notRectifiableReason = text.isEmpty ? nil : text
        }
        if updated == stored { return false }
        try save(&updated, action: "risk", before: stored)
        return true
    }

    /// Sets the panel's overall opinion (专家组综合意见); an empty text clears it. Returns whether it changed.
    @discardableResult
    func setConclusion(_ assessment: Assessment, _ text: String) throws -> Bool {
        try requireEditable(assessment)
        try requireClean(text, field: "专家组综合意见", multiline: true, assessment)
        let stored = try self.assessment(assessment.id!)
        var updated = stored
        let trimmed = text.trimmed
        updated.conclusion = trimmed.isEmpty ? nil : trimmed
        if updated == stored { return false }
        try save(&updated, action: "conclusion", before: stored)
        return true
    }

    /// Records a spot check.
    func addSpotCheck(_ assessment: Assessment, _ check: SpotCheck) throws -> SpotCheck {
        try requireEditable(assessment)
        guard !check.person.trimmed.isEmpty else {
            throw StoreError(.invalidInput, field: "抽查人员", entity: assessment.entityLabel, message: "被抽查人员姓名不能为空")
        }
        try requireClean(check.person, field: "抽查人员", assessment)
        try requireClean(check.note, field: "抽查备注", multiline: true, assessment)
        var row = check
        row.id = nil
        row.assessmentID = assessment.id!
        row.person = check.person.trimmed
        row.note = check.note.trimmed
        try row.insert(db)
        try auditRecords("create", "spot_check", String(row.id!), before: SpotCheck?.none, after: row)
        return row
    }

    /// Rewrites the pre-filled answers from the enterprise profile and the non-conforming items; answers the
    /// panel confirmed are never touched. Only changed rows are written (and audited).
    func refreshPrefill(_ assessment: Assessment) throws {
        var current = try state(assessment)
        try refreshPrefill(assessment, state: &current)
    }

    /// ``refreshPrefill(_:)`` on a state loaded in this transaction; `state.answers` is kept as saved.
    func refreshPrefill(_ assessment: Assessment, state: inout AssessmentState) throws {
        let id = assessment.id!
        let wanted = try GradingPrefill.values(
            enterprise: state.enterprise, checklist: state.tables.checklist, table: state.tables.grading,
            responses: state.checklistResponses)
        var rows = Dictionary(uniqueKeysWithValues: state.answers.map { ($0.ruleID, $0) })
        var changed = false
        for (ruleID, before) in rows.sorted(by: { $0.key < $1.key })
        where before.source == .prefilled && (wanted[ruleID] ?? 0) == 0 {
            try before.delete(db)
            try auditRecords(
                "prefill", "grading_answer", "\(id)/\(ruleID)", before: before, after: AssessmentAnswer?.none)
            rows[ruleID] = nil
            changed = true
        }
        for (ruleID, value) in wanted.sorted(by: { $0.key < $1.key }) where value > 0 {
            let before = rows[ruleID]
            if before?.source == .confirmed || before?.value == value { continue }
            let row = AssessmentAnswer(
                assessmentID: id, ruleID: ruleID, value: value, source: .prefilled, updatedAt: now)
            try row.save(db)
            try auditRecords("prefill", "grading_answer", "\(id)/\(ruleID)", before: before, after: row)
            rows[ruleID] = row
            changed = true
        }
        if changed { state.answers = rows.values.sorted { $0.ruleID < $1.ruleID } }
    }

    /// Replaces every answer with `confirmed` (the panel's) and `prefilled` ones (an imported file's answers).
    func replaceAnswers(
        _ assessment: Assessment, confirmed: [String: Int], prefilled: [String: Int], confirmedByPanel: Bool
    ) throws {
        try requireEditable(assessment)
        let id = assessment.id!
        for before in try AssessmentAnswer.filter(Column("assessment_id") == id).fetchAll(db) {
            try before.delete(db)
            try auditRecords(
                "import", "grading_answer", "\(id)/\(before.ruleID)", before: before, after: AssessmentAnswer?.none)
        }
        let rows =
            confirmed.map { ($0.key, $0.value, AssessmentAnswer.Source.confirmed) }
            + prefilled.filter { confirmed[$0.key] == nil && $0.value > 0 }.map { ($0.key, $0.value, .prefilled) }
        for (ruleID, value, source) in rows.sorted(by: { $0.0 < $1.0 }) {
            let row = AssessmentAnswer(assessmentID: id, ruleID: ruleID, value: value, source: source, updatedAt: now)
            try row.insert(db)
            try auditRecords("import", "grading_answer", "\(id)/\(ruleID)", before: AssessmentAnswer?.none, after: row)
        }
        if confirmedByPanel { _ = try markConfirmed(assessment) }
    }

    /// Refuses text holding NUL or another control character (tab and line breaks only where `multiline`),
    /// naming the field.
    private func requireClean(_ text: String, field: String, multiline: Bool = false, _ assessment: Assessment)
        throws
    {
        guard let problem = text.controlCharacterProblem(multiline: multiline) else { return }
        throw StoreError(.invalidInput, field: field, entity: assessment.entityLabel, message: "\(field)\(problem)")
    }
}
