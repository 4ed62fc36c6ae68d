import Foundation
import GRDB
import HazChemCore

extension AssessmentSession {
    /// planned → onSite.
    func start(_ id: Int64) throws -> Assessment {
        let stored = try assessment(id)
        try validate(stored, to: .onSite)
        var updated = stored
        updated.status = .onSite
        try save(&updated, action: "start", before: stored)
        return updated
    }

    /// onSite → submitted on `date` (not before the last on-site day, not after today); stores the score, grade
    /// and direct red, and the server's time beside the stated day.
    func submit(_ id: Int64, date: LocalDate) throws -> Assessment {
        let stored = try assessment(id)
        try AppDatabase.refuseFutureDay(date, today: today, field: "报告提交日期", entity: stored.entityLabel)
        let state = try validate(stored, to: .submitted)
        if let end = stored.onSiteEnd, date < end {
            throw StoreError(
                .invalidInput, field: "提交日期", entity: stored.entityLabel,
                message: "报告提交日期\(date)早于现场评估结束日期\(end)")
        }
        var updated = stored
        updated.status = .submitted
        updated.submittedDate = date
        updated.submittedRecordedAt = recorded
        try applyScore(state, to: &updated)
        try save(&updated, action: "submit", before: stored)
        return updated
    }

    /// submitted → onSite: the report is taken back for changes; its signatures, submission date and score go.
    func reopen(_ id: Int64) throws -> Assessment {
        let stored = try assessment(id)
        try validate(stored, to: .onSite)
        for signature in try Signature.filter(Column("assessment_id") == id).fetchAll(db) {
            try signature.delete(db)
            try auditRecords(
                "reopen", "signature", "\(id)/\(signature.expertID)", before: signature, after: Signature?.none)
        }
        var updated = stored
        updated.status = .onSite
        (updated.submittedDate, updated.score, updated.grade, updated.directRed) = (nil, nil, nil, [])
        updated.submittedRecordedAt = nil
        try save(&updated, action: "reopen", before: stored)
        return updated
    }

    /// Records signatures (panel members, on their days: not after today, not before the visit ended or the
    /// report was submitted, the server's time kept beside each) on a submitted report; when every requirement is
    /// then met the assessment is signed on the latest signature day and its hazards are created.
    func sign(_ id: Int64, signatures: [(expertID: Int64, date: LocalDate)]) throws -> AssessmentSignOutcome {
        let stored = try assessment(id)
        if stored.status != .submitted { _ = try validateTransition(stored, to: .signed) }
        var state = try self.state(stored)
        let memberIDs = Set(state.members.map(\.expertID))
        for (expertID, date) in signatures {
            guard memberIDs.contains(expertID) else {
                let name = try Expert.fetchOne(db, key: expertID)?.name ?? "编号\(expertID)"
                throw StoreError(
                    .invalidInput, field: "签名", entity: stored.entityLabel, message: "“\(name)”不是本评估专家组的成员，不能签名")
            }
            try AppDatabase.refuseFutureDay(
                date, today: today, onSiteEnd: stored.onSiteEnd, field: "签名日期", entity: stored.entityLabel)
            if let submitted = stored.submittedDate, date < submitted {
                throw StoreError(
                    .invalidInput, field: "签名日期", entity: stored.entityLabel,
                    message: "签名日期\(date)早于报告提交日期\(submitted)")
            }
            let existing = state.signatures.first { $0.expertID == expertID }
            if existing?.signedAt == date { continue }
            let row = Signature(assessmentID: id, expertID: expertID, signedAt: date, recordedAt: recorded)
            try row.save(db)
            try auditRecords("sign", "signature", "\(id)/\(expertID)", before: existing, after: row)
            state.signatures.removeAll { $0.expertID == expertID }
            state.signatures.append(row)
        }
        let unmet = AssessmentTransition.sign.unmetRequirements(state.facts)
        guard unmet.isEmpty else { return AssessmentSignOutcome(assessment: stored, unmet: unmet, hazards: []) }
        var updated = stored
        updated.status = .signed
        updated.signedDate = state.signatures.map(\.signedAt).max()
        try applyScore(state, to: &updated)
        try save(&updated, action: "sign", before: stored)
        state.assessment = updated
        let hazards = try createHazards(state)
        try AssessmentSeal.sealIfNeeded(db, assessmentID: id, at: now)
        return AssessmentSignOutcome(assessment: updated, unmet: [], hazards: hazards)
    }

    /// signed → dispositionDecided with the bureau's decision, checked against the grade (``DispositionPolicy``)
    /// and the panel's not-rectifiable finding.
    func decide(_ id: Int64, _ decision: Disposition) throws -> Disposition {
        let stored = try assessment(id)
        try AppDatabase.refuseFutureDay(
            decision.decisionDate, today: today, onSiteEnd: stored.onSiteEnd, field: "处置决定日期",
            entity: stored.entityLabel)
        _ = try validateTransition(stored, to: .dispositionDecided)
        if let next = try Assessment.filter(Column("previous_version_id") == id).fetchOne(db) {
            throw StoreError(
                .conflict, entity: stored.entityLabel, message: "此评估已有更正版本\(next.entityLabel)，请对最新版本作出处置")
        }
        var messages: [String] = []
        if decision.reason.trimmed.isEmpty { messages.append("处置理由不能为空") }
        if decision.bureau.trimmed.isEmpty { messages.append("作出处置决定的应急管理局不能为空") }
        if let signed = stored.signedDate, decision.decisionDate < signed {
            messages.append("处置决定日期\(decision.decisionDate)早于评估签署日期\(signed)")
        }
        let policy = DispositionDecision(
            decision.dispositionClass, notRectifiableReason: stored.notRectifiableReason, action: decision.action)
        messages += DispositionPolicy.validate(policy, grade: stored.grade!).map(\.message)
        if !messages.isEmpty {
            throw StoreError(
                .invalidInput, problems: messages.map { .init(field: "处置", entity: stored.entityLabel, message: $0) })
        }
        var row = decision
        row.id = nil
        row.assessmentID = id
        row.reason = decision.reason.trimmed
        row.bureau = decision.bureau.trimmed
        row.createdAt = now
        row.recordedAt = recorded
        try row.insert(db)
        try auditRecords("create", "disposition", String(row.id!), before: Disposition?.none, after: row)
        var updated = stored
        updated.status = .dispositionDecided
        try save(&updated, action: "decide", before: stored)
        return row
    }

    // MARK: Checks

    /// Checks that the assessment may move to `status` now; returns its state.
    @discardableResult
    private func validate(_ assessment: Assessment, to status: AssessmentStatus) throws -> AssessmentState {
        let state = try self.state(assessment)
        do {
            try AssessmentTransition.validate(from: assessment.status, to: status, facts: state.facts)
        } catch {
            throw StoreError(assessment, error)
        }
        return state
    }

    /// Checks only that the move is legal.
    private func validateTransition(_ assessment: Assessment, to status: AssessmentStatus) throws
        -> AssessmentTransition
    {
        do { return try AssessmentTransition.check(from: assessment.status, to: status) } catch {
            throw StoreError(assessment, error)
        }
    }

    /// Scores the stored answers and writes total, grade and direct red into `assessment`.
    private func applyScore(_ state: AssessmentState, to assessment: inout Assessment) throws {
        let sheet = try GradingEngine(table: state.tables.grading).score(state.gradingAnswers)
        assessment.score = sheet.total
        assessment.grade = sheet.grade
        assessment.directRed = sheet.directRed.map(\.id)
    }
}

extension StoreError {
    /// A lifecycle refusal of `assessment`, one problem per message (illegal moves are invalid input;
    /// unmet requirements are conflicts with what is stored).
    init(_ assessment: Assessment, _ error: AssessmentError) {
        self.init(
            error.code == .illegalTransition ? .invalidInput : .conflict,
            problems: error.messages.map { Problem(entity: assessment.entityLabel, message: $0) })
    }
}
