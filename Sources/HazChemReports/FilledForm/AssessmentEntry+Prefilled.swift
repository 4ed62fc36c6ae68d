import HazChemCore
import HazChemStore

extension AssessmentEntry {
    /// The entry without the grading answers that equal an answer still only pre-filled: a form exported with the
    /// pre-filled answers and imported untouched confirms nothing (the panel confirms them on the assessment page
    /// or changes them in the form). Direct-red answers are kept only when some answer or condition remains.
    func keepingPrefilled(_ stored: [AssessmentAnswer]) -> AssessmentEntry {
        var entry = self
        for answer in stored where answer.source == .prefilled {
            guard let sent = entry.answers[answer.ruleID] else { continue }
            let value: Int
            if case .count(let n) = sent { value = n } else { value = sent.multiplier }
            if value == answer.value { entry.answers[answer.ruleID] = nil }
        }
        if entry.answers.isEmpty, entry.directRed?.isEmpty == true { entry.directRed = nil }
        return entry
    }
}
