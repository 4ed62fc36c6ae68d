import Foundation
import HazChemCore
import HazChemReports
import HazChemStore
import HazChemTestSupport
import HazChemXLSX

/// In-memory databases holding the shipped example assessment (whole, or cut before its submission), and
/// forms filled from a stored assessment's answers.
enum StoreFixtures {
    static let actor = "测试员"
    /// The pinned clock: 2019-07-11 00:00:00 UTC (the example's on-site days end on 2019-07-10).
    static let now = Date(timeIntervalSince1970: 1_562_803_200)
    /// The clock for a database the whole example is imported into: 2019-07-25 12:00 UTC, the file's last stated
    /// day (its disposition), since an imported file's dates may not lie after the day it is imported (补录).
    static let decidedNow = Date(timeIntervalSince1970: 1_564_056_000)
    static let example = RepositoryPaths.checklists.appendingPathComponent("examples/assessment/hongda-2019.yaml")

    /// How much of the example to keep.
    enum Stage {
        /// Enterprise, panel and tables only: an empty assessment on site.
        case blank
        /// Everything entered on site (responses, plans, answers, spot checks), not submitted.
        case onSite
        /// The whole file: submitted, signed and decided.
        case decided
    }

    /// An empty in-memory database with the shipped regions, on the pinned clock `now`.
    static func database(now: Date = now) throws -> AppDatabase {
        let database = AppDatabase.empty(now: { now })
        try database.syncRegions(
            try RegionConfig.load(contentsOf: RepositoryPaths.root.appendingPathComponent("Config/regions.yaml")),
            actor: actor)
        return database
    }

    /// The example file's text at `stage`.
    static func exampleText(_ stage: Stage) throws -> String {
        let text = try String(contentsOf: example, encoding: .utf8)
        switch stage {
        case .decided:
            return text
        case .blank:
            return String(text[..<text.range(of: "submitted: ")!.lowerBound])
        case .onSite:
            let cut = text[..<text.range(of: "signatures:\n")!.lowerBound]
            return cut.replacingOccurrences(of: "submitted: 2019-07-18\n", with: "")
        }
    }

    /// Imports the example at `stage` into `database`; returns the assessment's id.
    @discardableResult
    static func importExample(_ stage: Stage, into database: AppDatabase) throws -> Int64 {
        let url = try RepositoryPaths.temporaryDirectory().appendingPathComponent("hongda.yaml")
        try exampleText(stage).write(to: url, atomically: true, encoding: .utf8)
        return try database.importAssessment(from: url, tablesDirectory: RepositoryPaths.checklists, actor: actor).id!
    }

    /// The stored detail, or a failure.
    static func detail(_ id: Int64, in database: AppDatabase) throws -> AssessmentDetail {
        guard let detail = try database.assessmentDetail(id: id) else { throw Missing() }
        return detail
    }

    struct Missing: Error {}

    /// Writes the form of assessment `id` into a new folder.
    static func exportForm(_ id: Int64, from database: AppDatabase, assessmentId: Int64? = nil) throws -> URL {
        var writer = ChecklistFormWriter(
            detail: try detail(id, in: database), generatedOn: LocalDate(year: 2019, month: 7, day: 11)!)
        if let assessmentId { writer.assessmentId = assessmentId }
        let url = try RepositoryPaths.temporaryDirectory().appendingPathComponent("检查表表单.xlsx")
        try writer.write(to: url)
        return url
    }

    /// The cells that enter `source`'s responses, plans and answers (every rule: its answer or 否/0) into the
    /// form at `url` written for `checklist` and `table`.
    static func cells(
        answering source: AssessmentDetail, form url: URL
    ) throws -> [String: [String: XLSXCellEditor.Value]] {
        typealias Column = ChecklistFormLayout.Column
        let reader = try XLSXReader(url: url)
        var rows: [String: (String, Int)] = [:]
        for name in ChecklistFormLayout.sectionSheetNames(source.checklist) + [ChecklistFormLayout.gradingSheet] {
            for (row, id) in try reader.sheet(named: name).texts(in: 0) where row >= ChecklistFormLayout.firstRow {
                rows[id] = (name, row)
            }
        }
        var cells: [String: [String: XLSXCellEditor.Value]] = [:]
        func put(_ id: String, _ column: Int, _ value: XLSXCellEditor.Value) {
            guard let (sheet, row) = rows[id] else { return }
            cells[sheet, default: [:]][CellAddress(row: row, column: column).description] = value
        }
        for line in source.responses {
            let r = line.response
            put(r.itemID, Column.response.rawValue, .text(r.response.label))
            let texts: [(Column, String)] = [
                (.finding, r.finding), (.location, r.location), (.measure, r.measure),
                (.responsible, r.responsiblePerson),
            ]
            for (column, text) in texts where !text.isEmpty { put(r.itemID, column.rawValue, .text(text)) }
            if r.markedMajor { put(r.itemID, Column.major.rawValue, .text("是")) }
            if let deadline = r.deadline {
                put(r.itemID, Column.deadline.rawValue, .number(Double(deadline.excelSerial)))
            }
        }
        let answer = ChecklistFormLayout.GradingColumn.answer.rawValue
        let given = source.gradingAnswers
        for (_, _, rule) in source.gradingTable.ruleEntries {
            switch (rule.per, given.answers[rule.id]) {
            case (_, .count(let n)?): put(rule.id, answer, .number(Double(n)))
            case (_, .flag(let flag)?): put(rule.id, answer, .text(flag ? "是" : "否"))
            case (.fixed, nil): put(rule.id, answer, .text("否"))
            case (.item, nil): put(rule.id, answer, .number(0))
            }
        }
        for condition in source.gradingTable.directRed {
            put(condition.id, answer, .text(given.directRed.contains(condition.id) ? "是" : "否"))
        }
        return cells
    }

    /// Every audit row.
    static func auditCount(_ database: AppDatabase) throws -> Int {
        try database.auditLog(AuditFilter(limit: 1_000_000)).count
    }
}
