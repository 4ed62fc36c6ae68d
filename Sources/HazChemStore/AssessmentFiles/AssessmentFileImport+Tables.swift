import Foundation
import GRDB
import HazChemCore
import HazChemTables

extension AssessmentFileImport {
    /// The tables the file names: a stored snapshot of that id and version, else the tables directory's file.
    func tables() throws -> AssessmentTables? {
        var catalog: TableCatalog?
        if let tablesDirectory { catalog = try? AssessmentTables.loadCatalog(tablesDirectory) }
        func source(_ ref: AssessmentFile.TableRef, _ kind: TableCatalog.Kind, path: String) throws -> AssessmentTables
            .Source?
        {
            if let snapshot = try AssessmentTables.snapshotText(db, tableId: ref.id, version: ref.version) {
                return snapshot
            }
            if let tablesDirectory, let entry = catalog?.entry(id: ref.id), entry.kind == kind {
                if entry.header.version == ref.version,
                    let text = try? String(
                        contentsOf: tablesDirectory.appendingPathComponent(entry.file), encoding: .utf8)
                {
                    return AssessmentTables.Source(file: entry.file, text: text)
                }
                record(
                    "\(kind.label)“\(ref.id)”的版本为\(ref.version)，但表目录中为\(entry.header.version)，数据库中也没有该版本的快照", at: path)
                return nil
            }
            record("找不到\(kind.label)“\(ref.id)”（版本\(ref.version)）：数据库中没有其快照，表目录中也没有", at: path)
            return nil
        }
        let grading = try source(file.grading, .grading, path: "tables.grading")
        let checklist = try source(file.checklist, .checklist, path: "tables.checklist")
        var criteria: AssessmentTables.Source?
        if let ref = file.criteria {
            criteria = try source(ref, .criteria, path: "tables.criteria")
            if criteria == nil { return nil }
        } else if let checklist,
            let id = try? ChecklistLoader.load(file: checklist.file, text: checklist.text).criteriaId
        {
            if let entry = catalog?.entry(id: id), let tablesDirectory,
                let text = try? String(contentsOf: tablesDirectory.appendingPathComponent(entry.file), encoding: .utf8)
            {
                criteria = AssessmentTables.Source(file: entry.file, text: text)
            }
        }
        guard let grading, let checklist else { return nil }
        return try at("tables") { try AssessmentTables(grading: grading, checklist: checklist, criteria: criteria) }
    }

    /// The file field a requirement rests on.
    static func path(of requirement: SignOffRequirement, in file: AssessmentFile) -> String {
        switch requirement {
        case .panelMissing: "panel"
        case .itemNotChecked(let id), .findingMissing(let id):
            file.lines["responses.\(id)"] != nil ? "responses.\(id)" : "responses"
        case .answersNeverConfirmed, .answersUnconfirmed: "grading"
        case .gradingProblem: "grading.answers"
        case .riskFieldMissing: "risk"
        case .conclusionMissing: "conclusion"
        case .spotCheckMissing: "spot_checks"
        case .signatureMissing: "signatures"
        }
    }
}
