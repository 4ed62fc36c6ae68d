import Foundation
import HazChemCore

extension AppDatabase {
    /// Records every row of a response file in one transaction: all or nothing. Every problem (the file's own
    /// malformed rows included) names the file, the row and the field, in row order; an item twice in the file
    /// is an error. Returns how many rows changed something.
    package func respond(_ file: AssessmentResponseFile, toAssessment id: Int64, actor: String) throws(StoreError)
        -> Int
    {
        try session(actor: actor) { session in
            let assessment = try session.assessment(id)
            try session.requireEditable(assessment)
            let state = try session.state(assessment)
            var problems = file.problems
            var firstRow: [String: Int] = [:]
            var changed = 0
            for row in file.rows {
                let itemID = row.input.itemID.trimmed
                if let first = firstRow[itemID] {
                    problems.append(
                        .init(
                            file: file.file, row: row.row, field: "检查项",
                            message: "检查项 \(itemID) 重复（第\(first)行已填写）"))
                    continue
                }
                firstRow[itemID] = row.row
                do {
                    var rowChanged = try session.respond(assessment, row.input, refresh: false, loaded: state)
                    if let details = row.details {
                        rowChanged = try session.setHazardDetails(assessment, itemID: itemID, details) || rowChanged
                    }
                    if rowChanged { changed += 1 }
                } catch let error as StoreError {
                    problems += error.problems.map {
                        .init(file: file.file, row: row.row, field: $0.field ?? $0.column, message: $0.message)
                    }
                }
            }
            if !problems.isEmpty {
                throw StoreError(
                    .invalidInput,
                    problems: problems.enumerated().sorted {
                        ($0.element.row ?? 0, $0.offset) < ($1.element.row ?? 0, $1.offset)
                    }.map(\.element))
            }
            try session.refreshPrefill(assessment)
            return changed
        }
    }

    /// Answers every item of a checklist section that has no response yet (or only 未查) with `response`,
    /// recorded under `expert`, in one transaction. Returns the item ids answered.
    ///
    /// 不符合 is refused: each non-conforming item needs its own finding.
    package func respond(
        section sectionID: String, response: ChecklistResponse, expert: String, toAssessment id: Int64, actor: String
    ) throws(StoreError) -> [String] {
        if response == .nonConforming {
            throw StoreError(
                .invalidInput, field: "答复", message: "不能整部分填写“不符合”：不符合项须逐项填写问题描述（assessment respond --item）")
        }
        return try session(actor: actor) { session in
            let assessment = try session.assessment(id)
            try session.requireEditable(assessment)
            let state = try session.state(assessment)
            let checklist = state.tables.checklist
            let wanted = sectionID.trimmed
            guard let section = checklist.sections.first(where: { $0.id == wanted || $0.title == wanted }) else {
                let known = checklist.sections.map { "\($0.id) \($0.title)" }.joined(separator: "、")
                throw StoreError(
                    .invalidInput, field: "部分", entity: assessment.entityLabel,
                    message: "检查表 \(checklist.header.id) 中没有部分“\(wanted)”（可用：\(known)）")
            }
            let answered = Set(state.responses.filter { $0.response != .notChecked }.map(\.itemID))
            let open = section.items.map(\.id).filter { !answered.contains($0) }
            for itemID in open {
                try session.respond(
                    assessment, AssessmentResponseInput(itemID: itemID, response: response, expert: expert),
                    refresh: false, loaded: state)
            }
            if !open.isEmpty { try session.refreshPrefill(assessment) }
            return open
        }
    }
}
