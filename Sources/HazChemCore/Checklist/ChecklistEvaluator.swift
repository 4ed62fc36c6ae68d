import Foundation

/// Pure logic over one checklist and its responses: validation, progress, grading proposals and hazards.
package struct ChecklistEvaluator: Sendable {
    /// The checklist the responses answer.
    package let checklist: Checklist

    /// Creates an evaluator for `checklist`.
    package init(checklist: Checklist) { self.checklist = checklist }

    /// Every problem in `responses`: another checklist's responses, unknown item ids, non-conforming
    /// items without a finding, and major marks on items that are not non-conforming.
    package func problems(in responses: ChecklistResponses) -> [ChecklistError.Problem] {
        var problems = structuralProblems(in: responses)
        for item in checklist.items {
            guard let entry = responses.entries[item.id] else { continue }
            if entry.response == .nonConforming, entry.trimmedFinding == nil {
                problems.append(.init(itemId: item.id, message: "判为不符合，但未填写问题描述"))
            }
            if entry.markedMajor, entry.response != .nonConforming {
                problems.append(
                    .init(itemId: item.id, message: "标记为重大隐患，但答复为“\(entry.response.label)”（只有不符合项才构成隐患）"))
            }
        }
        return problems
    }

    /// Throws every problem in `responses` at once.
    package func validate(_ responses: ChecklistResponses) throws(ChecklistError) {
        let problems = problems(in: responses)
        if !problems.isEmpty { throw ChecklistError(problems: problems) }
    }

    /// Counts per response per section, and the items blocking sign-off.
    package func progress(of responses: ChecklistResponses) -> ChecklistProgress {
        var sections: [ChecklistProgress.SectionProgress] = []
        var blockers: [ChecklistProgress.Blocker] = []
        for section in checklist.sections {
            var counts = ChecklistProgress.Counts()
            for item in section.items {
                let entry = responses[item.id]
                counts.add(entry.response)
                if entry.response == .notChecked {
                    blockers.append(.init(itemId: item.id, sectionId: section.id, reason: .notChecked))
                } else if entry.response == .nonConforming, entry.trimmedFinding == nil {
                    blockers.append(.init(itemId: item.id, sectionId: section.id, reason: .missingFinding))
                }
            }
            sections.append(
                .init(sectionId: section.id, title: section.title, specialty: section.specialty, counts: counts))
        }
        return ChecklistProgress(sections: sections, blockers: blockers)
    }

    /// Problems that make responses unusable at all: another checklist, or unknown item ids.
    func structuralProblems(in responses: ChecklistResponses) -> [ChecklistError.Problem] {
        var problems: [ChecklistError.Problem] = []
        if responses.checklistId != checklist.header.id {
            problems.append(.init(message: "答复属于检查表 \(responses.checklistId)，不是检查表 \(checklist.header.id)"))
        }
        let known = Set(checklist.items.map(\.id))
        for id in responses.entries.keys.sorted() where !known.contains(id) {
            problems.append(.init(itemId: id, message: "检查表 \(checklist.header.id) 中没有此检查项"))
        }
        return problems
    }
}
