import Foundation
import HazChemCore
import HazChemStore

/// A hazard as it will be stored: the draft of its item, the rectification plan and how far it has got.
struct DemoHazard: Sendable {
    var draft: HazardDraft
    var measure: String
    var deadline: Int
    var responsible: String
    var status: HazardStatus
    var rectified: Int?
    var verified: Int?
    var verifiedBy: String?
    var created: Int
    var updated: Int
}

/// One version of a demo assessment as it will be stored.
struct DemoAssessmentVersion: Sendable {
    var status: AssessmentStatus = .planned
    var created: Int
    var updated: Int
    var submitted: Int?
    var signed: Int?
    var answersConfirmed: Int?
    /// Non-conforming and not-applicable items; every other answered item is 符合.
    var exceptions: [String: DemoResponse]
    /// How many items (in checklist order) have a response.
    var answered = 0
    /// The non-conforming and not-applicable responses as the domain logic sees them (see ``DemoAssessmentBuilder/settle``).
    var responses: ChecklistResponses
    /// The stored grading answers in id order.
    var answers: [(id: String, value: Int, source: AssessmentAnswer.Source)] = []
    /// The score sheet of `answers`.
    var sheet: ScoreSheet?
    var risk = RiskDescription()
    var notRectifiable: String?
    var spotChecks: [SpotCheck] = []
    /// Signatures: expert list index and day.
    var signatures: [(expert: Int, day: Int)] = []
    var hazards: [DemoHazard] = []
    var disposition: Disposition?
}

/// Builds the versions of one visit's assessment with the real domain rules: ``GradingPrefill`` for the
/// pre-filled answers, ``GradingEngine`` for the score, ``ChecklistEvaluator`` for the hazards and
/// ``DispositionPolicy`` for the disposition; the lifecycle dates follow ``AssessmentTransition``'s order.
struct DemoAssessmentBuilder {
    let asOf: Int
    let index: DemoChecklistIndex
    let enterprise: Enterprise
    let team: DemoTeam
    let experts: [Expert]
    let visit: DemoVisit
    var random: DemoCampaignRandom

    /// The versions (one, or two for a correction), oldest first.
    mutating func build(_ scenario: DemoScenario) throws -> [DemoAssessmentVersion] {
        let plan = DemoChecklistPlan.make(
            index: index, enterprise: enterprise, target: scenario.target, end: visit.end, &random)
        let created = min(visit.start - random.int(in: 5...12), asOf)
        var v = DemoAssessmentVersion(
            created: created, updated: created, exceptions: plan.exceptions,
            responses: ChecklistResponses(checklistId: index.tables.checklist.header.id))
        if visit.start > asOf {
            try settle(&v, edits: plan.edits, confirmedOn: nil)
            return [v]
        }
        v.status = .onSite
        if visit.end >= asOf {
            v.answered = index.entries.count * (asOf - visit.start + 1) / (visit.end - visit.start + 2)
            v.spotChecks = Array(spotChecks(scenario.target).prefix(random.int(in: 0...3)))
            v.updated = asOf
            try settle(&v, edits: plan.edits, confirmedOn: nil)
            return [v]
        }
        v.answered = index.entries.count
        v.spotChecks = spotChecks(scenario.target)
        guard let lag = scenario.lag, visit.end + lag <= asOf else {
            // The report is not in yet: half the panels have confirmed their answers.
            let day = max(visit.end, asOf - random.int(in: 0...4))
            try settle(&v, edits: plan.edits, confirmedOn: random.chance(50) ? day : nil)
            if v.answersConfirmed != nil { describeRisk(&v, scenario) }
            v.updated = day
            return [v]
        }
        let submitted = visit.end + lag
        try settle(&v, edits: plan.edits, confirmedOn: max(visit.end, submitted - random.int(in: 0...2)))
        describeRisk(&v, scenario)
        v.status = .submitted
        v.submitted = submitted
        v.updated = submitted
        collectSignatures(&v, from: submitted, missing: scenario.missingSignature)
        guard v.status == .signed, let signed = v.signed else { return [v] }
        if let correction = scenario.correction, var second = try correct(v, plan: plan, scenario, correction) {
            v.hazards = second.status.isFrozen ? [] : try hazards(v, base: [:])
            if second.status.isFrozen {
                let carried = Dictionary(
                    uniqueKeysWithValues: v.responses.entries.filter { $0.value.response == .nonConforming }.map {
                        ($0.key, signed)
                    })
                second.hazards = try hazards(second, base: carried)
                decide(&second, scenario)
            }
            return [v, second]
        }
        v.hazards = try hazards(v, base: [:])
        decide(&v, scenario)
        return [v]
    }

    /// Fills responses, pre-filled or confirmed answers and the score sheet of `v`'s answered items.
    ///
    /// `v.responses` holds only the non-conforming and not-applicable answers: the 符合 ones change neither the
    /// proposals nor the hazards, and leaving them out spares the domain checks sorting a hundred ids each time.
    mutating func settle(_ v: inout DemoAssessmentVersion, edits: [String: Int], confirmedOn day: Int?) throws {
        var entries: [String: ChecklistResponses.Entry] = [:]
        for (id, e) in v.exceptions where index.positions[id]! < v.answered {
            entries[id] = ChecklistResponses.Entry(
                e.response, finding: e.finding.isEmpty ? nil : e.finding,
                location: e.location.isEmpty ? nil : e.location, markedMajor: e.markedMajor)
        }
        v.responses = ChecklistResponses(checklistId: index.tables.checklist.header.id, entries: entries)
        let table = index.tables.grading
        let prefill: [String: Int]
        do {
            prefill = try GradingPrefill.values(
                enterprise: enterprise, checklist: index.tables.checklist, table: table, responses: v.responses)
        } catch {
            throw StoreError(.database, message: "演示数据生成错误（检查表）：\(error)")
        }
        let values = day == nil ? prefill : prefill.merging(edits) { $1 }
        let source: AssessmentAnswer.Source = day == nil ? .prefilled : .confirmed
        v.answers = values.keys.sorted().map { ($0, values[$0]!, source) }
        v.answersConfirmed = day
        do {
            v.sheet = try GradingEngine(table: table).score(DemoChecklistPlan.gradingAnswers(values, table: table))
        } catch {
            throw StoreError(.database, message: "演示数据生成错误（评分）：\(error)")
        }
    }

    /// Signatures of the leader and members (and some regulators) in the days after submission; signed once
    /// every expert has signed by the as-of day.
    mutating func collectSignatures(_ v: inout DemoAssessmentVersion, from submitted: Int, missing: Bool) {
        var experts = team.seats.filter(\.role.isExpert).map(\.expert)
        if missing { experts.removeLast() }
        var signatures = experts.map { ($0, submitted + random.int(in: 0...3)) }
        for seat in team.seats where seat.role == .regulator && random.chance(30) {
            signatures.append((seat.expert, submitted + random.int(in: 0...3)))
        }
        v.signatures = signatures.filter { $0.1 <= asOf }
        let signedExperts = Set(v.signatures.map(\.expert))
        if !missing, team.seats.filter(\.role.isExpert).allSatisfy({ signedExperts.contains($0.expert) }) {
            v.status = .signed
            v.signed = experts.compactMap { id in v.signatures.first { $0.expert == id }?.day }.max()
            v.updated = v.signatures.map(\.day).max()!
        }
    }

    /// The bureau decides a signed assessment some days after sign-off, when that day has come.
    mutating func decide(_ v: inout DemoAssessmentVersion, _ scenario: DemoScenario) {
        guard let signed = v.signed, let grade = v.sheet?.grade else { return }
        let day = signed + random.int(in: 2...20)
        guard day <= asOf else { return }
        let decision = disposition(grade: grade, notRectifiable: v.notRectifiable, scenario.closure)
        v.disposition = Disposition(
            assessmentID: 0, dispositionClass: decision.disposition, action: decision.action,
            reason: dispositionReason(decision, grade: grade), decisionDate: DemoCampaignCalendar.date(day),
            bureau: "\(team.county.name)应急管理局")
        v.status = .dispositionDecided
        v.updated = day
    }

    /// The class a bureau chooses, checked with ``DispositionPolicy`` (a refusal is a generator bug).
    func disposition(grade: Grade, notRectifiable: String?, _ action: ClosureAction) -> DispositionDecision {
        var decision = DispositionDecision(
            DispositionPolicy.defaultClass(for: grade), notRectifiableReason: notRectifiable)
        if notRectifiable != nil, DispositionPolicy.allowedClasses(for: grade).contains(.closeOrSuspend) {
            decision.disposition = .closeOrSuspend
            decision.action = action
        }
        precondition(DispositionPolicy.validate(decision, grade: grade).isEmpty, "demo disposition refused")
        return decision
    }
}
