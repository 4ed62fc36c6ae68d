import Foundation

/// Everything the sign-off rules look at, gathered by the store from one assessment.
///
/// The rules (DOMAIN.md sections 1, 3, 4, 7): every checklist item answered (no 未查); a finding for every
/// non-conforming item; grading answers confirmed by the panel that score without errors; for a red or
/// orange grade the four risk texts; the panel's overall opinion (专家组综合意见); spot checks of the principal and the heads of safety, production and
/// technology; a signature from every expert of the panel (leader and members — regulators may sign but
/// are not required to, since the report is the experts' report).
package struct SignOffFacts: Sendable {
    /// A person whose signature is required.
    package struct Signer: Sendable, Equatable {
        /// The expert's id.
        package var id: Int64
        /// The expert's name, for messages.
        package var name: String

        /// Creates a signer.
        package init(id: Int64, name: String) {
            self.id = id
            self.name = name
        }
    }

    /// Whether an expert panel is assigned.
    package var hasPanel: Bool
    /// The checklist answered.
    package var checklist: Checklist
    /// The responses so far.
    package var responses: ChecklistResponses
    /// The grading table scored against.
    package var gradingTable: GradingTable
    /// Every stored answer, pre-filled or confirmed.
    package var answers: GradingAnswers
    /// Whether the panel has confirmed the answer set at least once.
    package var answersConfirmed: Bool
    /// Ids of answers still only pre-filled, in table order.
    package var unconfirmedIds: [String]
    /// The red/orange risk texts.
    package var risk: RiskDescription
    /// 专家组综合意见, required for every grade.
    package var conclusion: String?
    /// The roles spot-checked.
    package var spotCheckRoles: Set<SpotCheckRole>
    /// The experts who must sign (leader and members).
    package var signers: [Signer]
    /// The ids of everyone who has signed.
    package var signedIds: Set<Int64>

    /// Creates the facts.
    package init(
        hasPanel: Bool, checklist: Checklist, responses: ChecklistResponses, gradingTable: GradingTable,
        answers: GradingAnswers, answersConfirmed: Bool, unconfirmedIds: [String], risk: RiskDescription,
        conclusion: String? = nil, spotCheckRoles: Set<SpotCheckRole>, signers: [Signer], signedIds: Set<Int64>
    ) {
        self.hasPanel = hasPanel
        self.checklist = checklist
        self.responses = responses
        self.gradingTable = gradingTable
        self.answers = answers
        self.answersConfirmed = answersConfirmed
        self.unconfirmedIds = unconfirmedIds
        self.risk = risk
        self.conclusion = conclusion
        self.spotCheckRoles = spotCheckRoles
        self.signers = signers
        self.signedIds = signedIds
    }

    /// The score sheet of the answers, nil when they do not score.
    package var scoreSheet: ScoreSheet? { try? GradingEngine(table: gradingTable).score(answers) }

    /// Every unmet requirement, in a fixed order: panel, checklist items (checklist order), answers,
    /// grading problems, risk texts, spot checks, then signatures when `includingSignatures`.
    ///
    /// When the answers do not score, the grade is unknown and the risk texts are not checked.
    package func unmetRequirements(includingSignatures: Bool = true) -> [SignOffRequirement] {
        var unmet: [SignOffRequirement] = []
        if !hasPanel { unmet.append(.panelMissing) }
        for blocker in ChecklistEvaluator(checklist: checklist).progress(of: responses).blockers {
            switch blocker.reason {
            case .notChecked: unmet.append(.itemNotChecked(itemId: blocker.itemId))
            case .missingFinding: unmet.append(.findingMissing(itemId: blocker.itemId))
            }
        }
        if !answersConfirmed { unmet.append(.answersNeverConfirmed) }
        if !unconfirmedIds.isEmpty { unmet.append(.answersUnconfirmed(ids: unconfirmedIds)) }
        do {
            let sheet = try GradingEngine(table: gradingTable).score(answers)
            if RiskDescription.isRequired(for: sheet.grade) {
                unmet += risk.missingFields.map { .riskFieldMissing(field: $0, grade: sheet.grade) }
            }
        } catch {
            unmet += error.problems.map { .gradingProblem(message: $0.message) }
        }
        if (conclusion?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "").isEmpty {
            unmet.append(.conclusionMissing)
        }
        for role in SpotCheckRole.mandatory where !spotCheckRoles.contains(role) {
            unmet.append(.spotCheckMissing(role: role))
        }
        if includingSignatures {
            for signer in signers where !signedIds.contains(signer.id) {
                unmet.append(.signatureMissing(expertId: signer.id, name: signer.name))
            }
        }
        return unmet
    }
}
