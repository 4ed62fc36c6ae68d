import HazChemCore
import HazChemStore
import HazChemXLSX

extension AssessmentEntry {
    /// What a filled checklist form records, for ``AppDatabase/apply(_:toAssessment:actor:)``.
    ///
    /// Every row with an answer becomes a response (an empty 结论 is 未查); a non-conforming row also carries its
    /// rectification plan (empty cells clear the stored plan). Every rule answered on 分级答案 is confirmed;
    /// when the sheet has any answer, the direct-red conditions answered 是 are found and the others confirmed
    /// absent. Rows and rules left blank leave what is stored, so forms filled by several experts (each their
    /// own sections) can be imported one after another. Each answer is recorded under its 填写人 (checked by the
    /// store against the panel and its sections); risk texts and the conclusion replace the stored ones when
    /// filled; spot-check rows not yet stored are added.
    package init(form: FilledForm) {
        var responses: [AssessmentResponseInput] = []
        var details: [String: HazardDetails] = [:]
        for (itemID, entry) in form.entries.sorted(by: { $0.key < $1.key }) {
            responses.append(
                AssessmentResponseInput(
                    itemID: itemID, response: entry.response, finding: entry.finding ?? "",
                    location: entry.location ?? "", markedMajor: entry.markedMajor, expert: entry.expert))
            if entry.response == .nonConforming {
                details[itemID] = HazardDetails(
                    measure: entry.measure ?? "",
                    deadline: entry.deadline,
                    responsiblePerson: entry.responsible ?? "")
            }
        }
        let grading = form.gradingAnswers
        let answered = !grading.answers.isEmpty || !grading.directRed.isEmpty
        self.init(
            responses: responses, hazardDetails: details, answers: grading.answers,
            directRed: answered ? grading.directRed : nil, risk: form.risk)
        conclusion = form.conclusion
        checksSections = true
        spotChecks = (form.spotChecks ?? []).map {
            SpotCheck(
                assessmentID: form.assessmentId, person: $0.person, role: $0.role, result: $0.result, note: $0.note)
        }
    }
}
