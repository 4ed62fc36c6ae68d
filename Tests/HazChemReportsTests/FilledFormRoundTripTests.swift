import Foundation
import HazChemCore
import HazChemReports
import HazChemTestSupport
import HazChemXLSX
import Testing

/// Export a blank form of the shipped production/storage checklist, fill it as a user would, read it back.
@Suite("Filled form round trip (shipped production/storage checklist)")
struct FilledFormRoundTripTests {
    static let assessmentId: Int64 = 42

    /// What the user enters: item answers, grading answers and direct red.
    struct Plan {
        var entries: [String: ChecklistFormEntry] = [:]
        var answers: [String: GradingAnswer] = [:]
        var directRed: [String] = []
    }

    /// Per section: first item conforming, second non-conforming with every particular, third not applicable,
    /// the rest left empty (not checked).
    static func plan(for checklist: Checklist) -> Plan {
        var plan = Plan()
        for (index, section) in checklist.sections.enumerated() {
            let items = section.items
            if items.count > 0 { plan.entries[items[0].id] = ChecklistFormEntry(.conforming) }
            if items.count > 1 {
                plan.entries[items[1].id] = ChecklistFormEntry(
                    .nonConforming, finding: "\(section.title)：温度<40℃ & 记录不全", location: "\(index + 1)号罐区",
                    markedMajor: index % 2 == 0, measure: "补全记录并培训",
                    deadline: LocalDate(year: 2019, month: 10, day: index + 1), responsible: "张三")
            }
            if items.count > 2 { plan.entries[items[2].id] = ChecklistFormEntry(.notApplicable) }
        }
        plan.answers = [
            "1.1.2": .flag(true), "1.2.3": .count(7), "1.3.1": .count(2), "6.1.5": .count(2), "9.1.7": .flag(false),
        ]
        plan.directRed = ["R3"]
        return plan
    }

    /// The blank form, its tables and where each item and rule sits (sheet, zero-based row).
    static func blankForm() throws -> (
        url: URL, checklist: Checklist, table: GradingTable, rows: [String: (String, Int)]
    ) {
        let (checklist, table) = try FormFixtures.productionStorage()
        let url = try RepositoryPaths.temporaryDirectory().appendingPathComponent("空白表单.xlsx")
        try ChecklistFormWriter(
            assessmentId: assessmentId, enterpriseName: "兴安盟测试化工有限公司", creditCode: "91350100M000100Y43",
            checklist: checklist, gradingTable: table
        ).write(to: url)
        var rows: [String: (String, Int)] = [:]
        let reader = try XLSXReader(url: url)
        for (section, name) in zip(checklist.sections, ChecklistFormLayout.sectionSheetNames(checklist)) {
            let ids = try reader.sheet(named: name).texts(in: 0)
            for item in section.items {
                rows[item.id] = (name, try #require(ids.first { $0.value == item.id }?.key))
            }
        }
        for (row, id) in try reader.sheet(named: ChecklistFormLayout.gradingSheet).texts(in: 0) where row >= 2 {
            rows[id] = (ChecklistFormLayout.gradingSheet, row)
        }
        return (url, checklist, table, rows)
    }

    /// The cells to fill for a plan: sheet → A1 reference → value, dates through `date`.
    static func cells<Value>(
        _ plan: Plan, rows: [String: (String, Int)], text: (String) -> Value, number: (Int) -> Value,
        date: (LocalDate) -> Value
    ) -> [String: [String: Value]] {
        typealias Column = ChecklistFormLayout.Column
        var cells: [String: [String: Value]] = [:]
        func put(_ id: String, _ column: Int, _ value: Value) {
            guard let (sheet, row) = rows[id] else { return }
            cells[sheet, default: [:]][CellAddress(row: row, column: column).description] = value
        }
        for (id, entry) in plan.entries {
            put(id, Column.response.rawValue, text(entry.response.label))
            entry.finding.map { put(id, Column.finding.rawValue, text($0)) }
            entry.location.map { put(id, Column.location.rawValue, text($0)) }
            if entry.markedMajor { put(id, Column.major.rawValue, text("是")) }
            entry.measure.map { put(id, Column.measure.rawValue, text($0)) }
            entry.deadline.map { put(id, Column.deadline.rawValue, date($0)) }
            entry.responsible.map { put(id, Column.responsible.rawValue, text($0)) }
        }
        let answer = ChecklistFormLayout.GradingColumn.answer.rawValue
        for (id, value) in plan.answers {
            switch value {
            case .flag(let flag): put(id, answer, text(flag ? "是" : "否"))
            case .count(let n): put(id, answer, number(n))
            }
        }
        for id in plan.directRed { put(id, answer, text("是")) }
        return cells
    }

    /// Reads the filled form and checks it equals the plan and scores like the plan's answers.
    static func check(_ url: URL, plan: Plan, checklist: Checklist, table: GradingTable) throws {
        let form = try FilledFormReader(checklist: checklist, gradingTable: table, assessmentId: assessmentId).read(url)
        let expected = FilledForm(
            assessmentId: assessmentId, checklistId: checklist.header.id, checklistVersion: checklist.header.version,
            gradingTableId: table.id, gradingTableVersion: table.header.version, entries: plan.entries,
            gradingAnswers: GradingAnswers(tableId: table.id, answers: plan.answers, directRed: plan.directRed))
        #expect(form == expected)
        #expect(form.responses.entries.count == plan.entries.count)
        let engine = GradingEngine(table: table)
        let fromForm = try engine.score(form.gradingAnswers)
        let direct = try engine.score(
            GradingAnswers(tableId: table.id, answers: plan.answers, directRed: plan.directRed))
        #expect(fromForm == direct)
        #expect(fromForm.total == Tenths(raw: 1000 - 80 - 7 - 40 + 40))
        #expect(fromForm.grade == .red)
        let drafts = try ChecklistEvaluator(checklist: checklist).hazardDrafts(from: form.responses)
        #expect(drafts.count == checklist.sections.filter { $0.items.count > 1 }.count)
    }

    @Test("(a) cells rewritten in the xlsx XML as inline strings, then re-saved by openpyxl")
    func editedXML() throws {
        let (url, checklist, table, rows) = try Self.blankForm()
        let plan = Self.plan(for: checklist)
        let cells = Self.cells(
            plan, rows: rows, text: XLSXCellEditor.Value.text, number: { .number(Double($0)) },
            date: { .number(Double($0.excelSerial)) })
        try XLSXCellEditor.edit(url, cells: cells)
        let reader = try XLSXReader(url: url)
        #expect(reader.sheetNames.count == checklist.sections.count + 6)
        try Self.check(url, plan: plan, checklist: checklist, table: table)
        guard Openpyxl.isAvailable else { return }
        let resaved = url.deletingLastPathComponent().appendingPathComponent("另存.xlsx")
        try Openpyxl.resave(url, to: resaved)
        try Self.check(resaved, plan: plan, checklist: checklist, table: table)
    }

    @Test("(b) filled and saved by an openpyxl script", .enabled(if: Openpyxl.isAvailable, Openpyxl.missing))
    func openpyxlFilled() throws {
        let (url, checklist, table, rows) = try Self.blankForm()
        let plan = Self.plan(for: checklist)
        let cells = Self.cells(
            plan, rows: rows, text: Openpyxl.FillValue.text, number: { .number(Double($0)) }, date: { .date($0) })
        let filled = url.deletingLastPathComponent().appendingPathComponent("已填写.xlsx")
        try Openpyxl.fill(url, to: filled, cells: cells)
        try Self.check(filled, plan: plan, checklist: checklist, table: table)
        let inspection = try Openpyxl.inspect(filled)
        #expect(inspection.sheet(ChecklistFormLayout.metadataSheet)?.state == "hidden")
        #expect(inspection.sheet("A 安全管理机构与人员")?.protected == true)
    }

    @Test("a blank form reads back with nothing checked")
    func blank() throws {
        let (url, checklist, table, _) = try Self.blankForm()
        let form = try FilledFormReader(checklist: checklist, gradingTable: table, assessmentId: Self.assessmentId)
            .read(url)
        #expect(form.entries.isEmpty)
        #expect(form.gradingAnswers == GradingAnswers(tableId: table.id))
        let progress = ChecklistEvaluator(checklist: checklist).progress(of: form.responses)
        #expect(progress.blockers.count == checklist.items.count)
    }
}
