import Foundation
import HazChemCore

/// Everything stored for one assessment, loaded in one transaction, with the views the rules need.
struct AssessmentState {
    var assessment: Assessment
    var enterprise: Enterprise
    var tables: AssessmentTables
    var panel: Panel?
    var members: [PanelMember]
    var experts: [Int64: Expert]
    var responses: [AssessmentResponse]
    var answers: [AssessmentAnswer]
    var spotChecks: [SpotCheck]
    var signatures: [Signature]

    /// The responses as the checklist logic sees them.
    var checklistResponses: ChecklistResponses {
        ChecklistResponses(checklistId: tables.checklist.header.id, rows: responses)
    }

    /// Every stored answer, pre-filled or confirmed.
    var gradingAnswers: GradingAnswers { GradingAnswers(table: tables.grading, rows: answers) }

    /// The answer ids still only pre-filled, rules in table order then direct-red ids.
    var unconfirmedIds: [String] {
        let prefilled = Set(answers.filter { $0.source == .prefilled && $0.value != 0 }.map(\.ruleID))
        return (tables.grading.ruleEntries.map(\.rule.id) + tables.grading.directRed.map(\.id)).filter(
            prefilled.contains)
    }

    /// The experts who must sign: the panel's leader and members, leader first then by name.
    var requiredSigners: [SignOffFacts.Signer] {
        members.filter(\.role.isExpert)
            .compactMap { member in experts[member.expertID].map { (member.role, $0) } }
            .sorted { ($0.0 == .leader ? 0 : 1, $0.1.name, $0.1.id!) < ($1.0 == .leader ? 0 : 1, $1.1.name, $1.1.id!) }
            .map { SignOffFacts.Signer(id: $0.1.id!, name: $0.1.name) }
    }

    /// The facts the sign-off rules look at.
    var facts: SignOffFacts {
        SignOffFacts(
            hasPanel: assessment.panelID != nil, checklist: tables.checklist, responses: checklistResponses,
            gradingTable: tables.grading, answers: gradingAnswers,
            answersConfirmed: assessment.answersConfirmedAt != nil, unconfirmedIds: unconfirmedIds,
            risk: assessment.risk, conclusion: assessment.conclusion, spotCheckRoles: Set(spotChecks.map(\.role)),
            signers: requiredSigners,
            signedIds: Set(signatures.map(\.expertID)))
    }

    /// The panel member called `name` (an expert or regulator), or an error listing the panel.
    func member(named name: String, field: String) throws(StoreError) -> Expert {
        let t = name.trimmingCharacters(in: .whitespacesAndNewlines)
        let matches = members.compactMap { experts[$0.expertID] }.filter { $0.name == t }
        if matches.count == 1 { return matches[0] }
        let names = members.compactMap { experts[$0.expertID]?.name }.sorted().joined(separator: "、")
        if matches.isEmpty {
            throw StoreError(
                .invalidInput, field: field, entity: assessment.entityLabel,
                message: "“\(t)”不是本评估专家组的成员（专家组成员：\(names.isEmpty ? "无" : names)）")
        }
        throw StoreError(
            .invalidInput, field: field, entity: assessment.entityLabel, message: "专家组中有多名“\(t)”，请使用专家编号")
    }
}
