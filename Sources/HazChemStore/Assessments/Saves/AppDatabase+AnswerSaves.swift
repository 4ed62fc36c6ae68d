import Foundation
import GRDB
import HazChemCore

extension AppDatabase {
    /// Records one expert's response to a checklist item, and for a non-conforming item the rectification plan
    /// when `details` is given, in one transaction, after checking that `user` sits on the panel as an expert of
    /// the item's section's specialty (their name is recorded with the response). With `scored`, the outcome
    /// carries the grading sheet and progress as the same transaction left them.
    ///
    /// With `basedOn` (the ``AssessmentResponse/version`` the sender saw, empty for "not answered yet"), nothing is
    /// stored when the item changed since: the outcome is ``AssessmentEntryOutcome/conflict(current:expert:)``.
    package func respond(
        assessmentID: Int64, _ input: AssessmentResponseInput, details: HazardDetails?, by user: AppUser,
        scored: Bool = false, basedOn: String? = nil
    ) throws(StoreError) -> AssessmentEntryOutcome {
        let save = AnswerSave(
            assessmentID: assessmentID, input, details: details, by: user, scored: scored, basedOn: basedOn)
        return try respond([save])[0].get()
    }

    /// Records several answers in ONE write transaction (one durable commit), each as if saved alone, in order:
    /// the web server's group commit of the saves that arrived while the previous transaction ran.
    ///
    /// The lean path: each assessment's state is loaded once (or taken as the previous group left it when nothing
    /// was written since, see ``AnswerSaveStates``), each save checks the permissions on it, writes its
    /// row and its audit row inside a savepoint, and updates the state in memory; a save that fails is rolled back
    /// to its savepoint and gets its error, the others still commit. The pre-filled grading answers follow the
    /// responses once per assessment after its saves (audited under the last saver's name: the states between the
    /// saves are never committed), and the scored outcomes carry the grading sheet as the whole transaction left
    /// the assessment, computed once.
    ///
    /// Each stored save's `Idempotency-Key` (``AnswerSave/claim``) is stored in its own savepoint, so the key
    /// commits with the answer or not at all, and a key already taken fails that save alone.
    ///
    /// Throws only when the transaction itself fails (then nothing of the batch is stored).
    package func respond(_ saves: [AnswerSave]) throws(StoreError) -> [Result<AssessmentEntryOutcome, StoreError>] {
        var claimed: [IdempotencyClaim] = []
        var kept: (states: [Int64: AssessmentState], mark: AnswerSaveStates.Mark)?
        let results = try writeIgnoringClaim { db in
            claimed = []
            kept = nil
            let known = try lanes.answerStates.valid(in: db)
            var states: [Int64: AssessmentState?] = known.mapValues { $0 }
            var lastSaver: [Int64: String] = [:]
            var results: [Result<AssessmentEntryOutcome, StoreError>] = []
            results.reserveCapacity(saves.count)
            for save in saves {
                do {
                    try Self.checkActor(save.user.username)
                    let session = AssessmentSession(db: db, now: now(), actor: save.user.username)
                    if states[save.assessmentID] == nil {
                        states[save.assessmentID] = try Assessment.fetchOne(db, key: save.assessmentID).map {
                            try session.state($0)
                        }
                    }
                    guard var state = states[save.assessmentID] ?? nil else {
                        results.append(.success(.notFound))
                        continue
                    }
                    var outcome = AssessmentEntryOutcome.notFound
                    var claim: IdempotencyClaim?
                    try db.inSavepoint {
                        outcome = try Self.respond(save, session: session, state: &state)
                        if case .saved = outcome, let key = save.claim, !key.isStored {
                            try key.store(db, at: session.now)
                            claim = key
                        }
                        return .commit
                    }
                    if let claim { claimed.append(claim) }
                    states[save.assessmentID] = state
                    if case .saved(true, _, _, _) = outcome { lastSaver[save.assessmentID] = save.user.username }
                    results.append(.success(outcome))
                } catch {
                    results.append(.failure(StoreError.wrap(error)))
                }
            }
            for (id, actor) in lastSaver {
                guard var state = states[id] ?? nil else { continue }
                try AssessmentSession(db: db, now: now(), actor: actor).refreshPrefill(state.assessment, state: &state)
                states[id] = state
            }
            var scores: [Int64: AssessmentScore] = [:]
            for (index, save) in saves.enumerated() where save.scored {
                guard case .success(.saved(let changed, _, let expert, let version)) = results[index],
                    let state = states[save.assessmentID] ?? nil
                else { continue }
                let score = scores[save.assessmentID] ?? AssessmentScore(state)
                scores[save.assessmentID] = score
                results[index] = .success(.saved(changed: changed, score: score, expert: expert, version: version))
            }
            kept = (states.compactMapValues { $0 }, try AnswerSaveStates.Mark.current(db))
            return results
        }
        if let kept {
            lanes.answerStates.keep(kept.states, saved: Set(saves.map(\.assessmentID)), at: kept.mark)
        }
        for claim in claimed { claim.committed() }
        return results
    }

    /// One save on a state loaded in this transaction, kept up to date with what it writes.
    private static func respond(_ save: AnswerSave, session: AssessmentSession, state: inout AssessmentState) throws
        -> AssessmentEntryOutcome
    {
        let assessment = state.assessment
        guard let permissions = try permissions(session.db, state: state, user: save.user) else { return .notFound }
        let itemID = save.input.itemID.trimmingCharacters(in: .whitespaces)
        guard let section = state.tables.checklist.section(containing: itemID) else { return .notFound }
        if let refusal = permissions.refusalToAnswer(section) { return .refused(refusal) }
        if let basedOn = save.basedOn, let stale = stale(state, itemID: itemID, basedOn: basedOn) { return stale }
        var input = save.input
        input.expert = permissions.expertName
        var changed = try session.respond(assessment, input, state: &state, refresh: false)
        if let details = save.details, input.response == .nonConforming,
            try session.setHazardDetails(assessment, itemID: itemID, details)
        {
            changed = true
            let saved = try AssessmentResponse.fetchOne(
                session.db, key: ["assessment_id": assessment.id!, "item_id": itemID])
            state.responses.removeAll { $0.itemID == itemID }
            state.responses += saved.map { [$0] } ?? []
        }
        let row = state.responses.first { $0.itemID == itemID }
        return .saved(
            changed: changed, score: nil, expert: row?.expertID.flatMap { state.experts[$0]?.name },
            version: row?.version)
    }
}
