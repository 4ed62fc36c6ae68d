import Foundation
import HazChemCore
import HazChemStore
import HazChemXLSX

extension ChecklistFormWriter {
    /// The form of a stored assessment version: its snapshot checklist and grading table, the responses with
    /// the panel's rectification plans and the stored grading answers (pre-filled or confirmed) filled in.
    package init(detail: AssessmentDetail, generatedOn: LocalDate = LocalDate.today(in: LocalDate.chinaTimeZone)) {
        var existing: [String: ChecklistFormEntry] = [:]
        for line in detail.responses {
            let response = line.response
            existing[response.itemID] = ChecklistFormEntry(
                response.response, finding: Self.text(response.finding), location: Self.text(response.location),
                markedMajor: response.markedMajor, measure: Self.text(response.measure),
                deadline: response.deadline, responsible: Self.text(response.responsiblePerson),
                expert: response.response == .notChecked ? nil : line.expert?.name)
        }
        self.init(
            assessmentId: detail.assessment.id ?? 0, enterpriseName: detail.enterprise.name,
            creditCode: detail.enterprise.creditCode.description, checklist: detail.checklist,
            gradingTable: detail.gradingTable, existing: existing,
            existingAnswers: detail.answers.isEmpty ? nil : detail.gradingAnswers, generatedOn: generatedOn)
        var names: [String] = []
        for seat in detail.panel?.seats ?? [] where seat.member.role.isExpert && !names.contains(seat.expert.name) {
            names.append(seat.expert.name)
        }
        panelNames = names
        spotChecks = detail.spotChecks.map {
            FormSpotCheck(person: $0.person, role: $0.role, result: $0.result, note: $0.note)
        }
        risk = detail.assessment.risk
        conclusion = detail.assessment.conclusion
    }

    /// Nil for empty text.
    private static func text(_ value: String) -> String? { value.isEmpty ? nil : value }
}
