import Foundation
import HazChemCore
import HazChemReports
import HazChemStore
import HazChemTestSupport
import HazChemXLSX
import Testing

/// The offline form through the store: export from a stored assessment, fill, import-form, compare.
@Suite("Checklist form import into the store")
struct FormImportTests {
    /// What the responses of a detail show, experts left out (forms do not carry them).
    static func contents(_ detail: AssessmentDetail) -> [String] {
        detail.responses.map {
            let r = $0.response
            return [
                r.itemID, r.response.label, r.finding, r.location, String(r.markedMajor), r.measure,
                r.deadline?.description ?? "", r.responsiblePerson,
            ].joined(separator: "|")
        }
    }

    @Test("a form filled with the example's answers scores like the assessment file; a second import changes nothing")
    func roundTrip() throws {
        let reference = try StoreFixtures.database()
        let source = try StoreFixtures.detail(StoreFixtures.importExample(.onSite, into: reference), in: reference)
        #expect(source.scoreSheet?.total == Tenths(raw: 794))

        let database = try StoreFixtures.database()
        let id = try StoreFixtures.importExample(.blank, into: database)
        #expect(try StoreFixtures.detail(id, in: database).responses.isEmpty)
        let url = try StoreFixtures.exportForm(id, from: database)
        let untouched = try database.importFilledForm(url: url, actor: StoreFixtures.actor)
        #expect(!untouched.changed, "a form imported as exported confirms no pre-filled answer")
        let prefilled = Dictionary(
            uniqueKeysWithValues: try StoreFixtures.detail(id, in: database).answers.filter { $0.source == .prefilled }
                .map { ($0.ruleID, $0.value) })
        try XLSXCellEditor.edit(url, cells: StoreFixtures.cells(answering: source, form: url))

        let outcome = try database.importFilledForm(url: url, actor: StoreFixtures.actor)
        #expect(outcome.assessmentID == id)
        #expect(outcome.changed)
        #expect(outcome.form.entries.count == source.responses.count)
        let imported = try StoreFixtures.detail(id, in: database)
        #expect(imported.scoreSheet?.total == Tenths(raw: 794))
        #expect(imported.scoreSheet?.grade == .yellow)
        #expect(imported.scoreSheet == source.scoreSheet)
        #expect(Self.contents(imported) == Self.contents(source))
        // Answers equal to their pre-filled value stay unconfirmed (nobody changed them in the form).
        for answer in imported.answers {
            #expect((answer.source == .prefilled) == (prefilled[answer.ruleID] == answer.value), "\(answer.ruleID)")
        }
        #expect(imported.answers.contains { $0.source == .confirmed })

        let audit = try StoreFixtures.auditCount(database)
        let again = try database.importFilledForm(url: url, assessmentID: id, actor: StoreFixtures.actor)
        #expect(!again.changed)
        #expect(try StoreFixtures.auditCount(database) == audit)
        #expect(Self.contents(try StoreFixtures.detail(id, in: database)) == Self.contents(imported))

        let reexported = try StoreFixtures.exportForm(id, from: database)
        let third = try database.importFilledForm(url: reexported, actor: StoreFixtures.actor)
        #expect(!third.changed, "a form exported after the import is what is stored")
        #expect(try StoreFixtures.auditCount(database) == audit)
    }

    @Test("a form of another assessment is refused at 元数据 B3 and stores nothing")
    func otherAssessment() throws {
        let database = try StoreFixtures.database()
        let id = try StoreFixtures.importExample(.blank, into: database)
        let source = try StoreFixtures.database()
        let filled = try StoreFixtures.detail(StoreFixtures.importExample(.onSite, into: source), in: source)
        let url = try StoreFixtures.exportForm(id, from: database, assessmentId: 99)
        try XLSXCellEditor.edit(url, cells: StoreFixtures.cells(answering: filled, form: url))
        let audit = try StoreFixtures.auditCount(database)
        let error = #expect(throws: StoreError.self) {
            try database.importFilledForm(url: url, assessmentID: id, actor: StoreFixtures.actor)
        }
        #expect(error?.code == .invalidInput)
        #expect(error?.problems.count == 1)
        #expect(
            error?.description
                == "检查表表单.xlsx 工作表「元数据」 单元格 B3：表单属于评估 99，不是本次评估 \(id)")
        #expect(try StoreFixtures.detail(id, in: database).responses.isEmpty)
        #expect(try StoreFixtures.auditCount(database) == audit)

        let unknown = #expect(throws: StoreError.self) {
            try database.importFilledForm(url: url, actor: StoreFixtures.actor)
        }
        #expect(unknown?.code == .notFound)
        #expect(unknown?.description.contains("评估 #99") == true)
    }

    @Test("every problem of a bad form is listed with sheet and cell; nothing is stored")
    func problems() throws {
        let database = try StoreFixtures.database()
        let id = try StoreFixtures.importExample(.blank, into: database)
        let url = try StoreFixtures.exportForm(id, from: database)
        let sheet = ChecklistFormLayout.sectionSheetNames(try StoreFixtures.detail(id, in: database).checklist)[0]
        try XLSXCellEditor.edit(
            url, cells: [sheet: ["E3": .text("基本符合"), "E4": .text("不符合"), "B5": .text("改过的检查内容")]])
        let error = #expect(throws: StoreError.self) {
            try database.importFilledForm(url: url, actor: StoreFixtures.actor)
        }
        let lines = error?.problems.map(\.description) ?? []
        #expect(lines.count == 3)
        #expect(lines.contains { $0.hasPrefix("检查表表单.xlsx 工作表「\(sheet)」 单元格 E3：检查项 A01：结论“基本符合”无法识别") })
        #expect(lines.contains { $0.hasPrefix("检查表表单.xlsx 工作表「\(sheet)」 单元格 F4：检查项 A02：判为不符合，但未填写问题描述") })
        #expect(lines.contains { $0.hasPrefix("检查表表单.xlsx 工作表「\(sheet)」 单元格 B5：检查项 A03 的检查内容被修改") })
        #expect(try StoreFixtures.detail(id, in: database).responses.isEmpty)
    }

    @Test("a workbook that is not a form names the missing 元数据 sheet")
    func notAForm() throws {
        let database = try StoreFixtures.database()
        let id = try StoreFixtures.importExample(.blank, into: database)
        let url = try RepositoryPaths.temporaryDirectory().appendingPathComponent("台账.xlsx")
        try EnterpriseRegisterWriter().write(SyntheticRegisterRows(count: 2), to: url)
        for assessment in [nil, id] {
            let error = #expect(throws: StoreError.self) {
                try database.importFilledForm(url: url, assessmentID: assessment, actor: StoreFixtures.actor)
            }
            #expect(error?.code == .invalidInput)
            #expect(error?.description.hasPrefix("台账.xlsx：不是 HazChem 检查表表单：缺少隐藏的工作表「元数据」") == true)
        }
    }

    @Test("a signed assessment refuses forms")
    func signed() throws {
        let database = try StoreFixtures.database(now: StoreFixtures.decidedNow)
        let id = try StoreFixtures.importExample(.decided, into: database)
        let url = try StoreFixtures.exportForm(id, from: database)
        let error = #expect(throws: StoreError.self) {
            try database.importFilledForm(url: url, actor: StoreFixtures.actor)
        }
        #expect(error?.code == .immutable)
        #expect(error?.description.contains("评估已签署（已处置），不能导入检查表表单") == true)
    }

    @Test("the form of a stored assessment shows its answers, plans and grading answers")
    func prefilled() throws {
        let database = try StoreFixtures.database()
        let id = try StoreFixtures.importExample(.onSite, into: database)
        let detail = try StoreFixtures.detail(id, in: database)
        let url = try StoreFixtures.exportForm(id, from: database)
        let form = try FilledFormReader(
            checklist: detail.checklist, gradingTable: detail.gradingTable, assessmentId: id
        )
        .read(url)
        #expect(form.entries.count == detail.responses.count)
        #expect(form.entries["B09"]?.response == .nonConforming)
        #expect(form.entries["B09"]?.deadline == LocalDate(year: 2019, month: 8, day: 20))
        #expect(form.entries["B09"]?.responsible == "李建军（分管技术负责人）")
        #expect(form.gradingAnswers.answers["1.4.1"] == .count(2))
        #expect(form.gradingAnswers.answers["7.1.1"] == .flag(true))
        #expect(AssessmentEntry(form: form).responses.count == detail.responses.count)
        #expect(try database.importFilledForm(url: url, actor: StoreFixtures.actor).changed == false)
    }
}
