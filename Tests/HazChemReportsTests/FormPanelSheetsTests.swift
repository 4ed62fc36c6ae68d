import Foundation
import HazChemCore
import HazChemReports
import HazChemStore
import HazChemTestSupport
import HazChemXLSX
import Testing

/// The offline form's 填写人 column and its 应知应会抽查, 风险分析 and 专家组综合意见 sheets, through the store.
@Suite("Checklist form: experts, spot checks, risk texts and conclusion")
struct FormPanelSheetsTests {
    /// A blank on-site example assessment, its form and the section sheet names (A, E, H at 0, 4, 7).
    static func blankForm() throws -> (AppDatabase, Int64, URL, [String]) {
        let database = try StoreFixtures.database()
        let id = try StoreFixtures.importExample(.blank, into: database)
        let url = try StoreFixtures.exportForm(id, from: database)
        let names = ChecklistFormLayout.sectionSheetNames(try StoreFixtures.detail(id, in: database).checklist)
        return (database, id, url, names)
    }

    @Test("export → fill → import stores each answer under its expert, the spot check, risk text and conclusion")
    func roundTrip() throws {
        let (database, id, url, names) = try Self.blankForm()
        let form = try XLSXReader(url: url)
        #expect(try form.sheet(named: names[0])["L2"] == .text("填写人"))
        #expect(try form.sheet(named: "专家组综合意见")["A3"] == nil || form.sheet(named: "专家组综合意见")["A3"]?.text == nil)
        try XLSXCellEditor.edit(
            url,
            cells: [
                names[0]: ["E3": .text("符合"), "L3": .text("王建国")],
                names[4]: ["E3": .text("符合"), "L3": .text("李明")],
                names[7]: ["E3": .text("不适用"), "L3": .text("王建国")],
                "应知应会抽查": [
                    "A3": .text("张宏达"), "B3": .text("主要负责人"), "C3": .text("合格"), "D3": .text("问：重大危险源包保责任"),
                ],
                "风险分析": ["B3": .text("厂区周边 500 m 内无居民区")],
                "专家组综合意见": ["A3": .text("专家组认为该企业安全管理基本到位。")],
            ])
        let outcome = try database.importFilledForm(url: url, actor: StoreFixtures.actor)
        #expect(outcome.changed)
        let detail = try StoreFixtures.detail(id, in: database)
        let experts = Dictionary(
            uniqueKeysWithValues: detail.responses.map { ($0.response.itemID, $0.expert?.name ?? "") })
        #expect(experts == ["A01": "王建国", "E01": "李明", "H01": "王建国"])
        #expect(detail.spotChecks.map(\.person) == ["张宏达"])
        #expect(detail.spotChecks.first?.role == .principal)
        #expect(detail.spotChecks.first?.note == "问：重大危险源包保责任")
        #expect(detail.assessment.risk.affectedArea == "厂区周边 500 m 内无居民区")
        #expect(detail.assessment.conclusion == "专家组认为该企业安全管理基本到位。")

        // The same form again, and a form exported now (pre-filled), change nothing and add no spot check.
        let audit = try StoreFixtures.auditCount(database)
        #expect(try !database.importFilledForm(url: url, actor: StoreFixtures.actor).changed)
        let again = try StoreFixtures.exportForm(id, from: database)
        let reread = try XLSXReader(url: again)
        #expect(try reread.sheet(named: names[4])["L3"] == .text("李明"))
        #expect(try reread.sheet(named: "应知应会抽查")["A3"] == .text("张宏达"))
        #expect(try reread.sheet(named: "风险分析")["B3"] == .text("厂区周边 500 m 内无居民区"))
        #expect(try reread.sheet(named: "专家组综合意见")["A3"] == .text("专家组认为该企业安全管理基本到位。"))
        #expect(try !database.importFilledForm(url: again, actor: StoreFixtures.actor).changed)
        #expect(try StoreFixtures.auditCount(database) == audit)
        #expect(try StoreFixtures.detail(id, in: database).spotChecks.count == 1)
    }

    @Test("an unknown 填写人 and a bad spot-check row are refused with sheet, cell and row; nothing is stored")
    func unknownExpert() throws {
        let (database, id, url, names) = try Self.blankForm()
        try XLSXCellEditor.edit(
            url,
            cells: [
                names[0]: ["E3": .text("符合"), "L3": .text("孙悟空")],
                "应知应会抽查": ["A4": .text("李四"), "B4": .text("门卫"), "C4": .text("合格")],
                "专家组综合意见": ["A3": .text("意见")],
            ])
        let audit = try StoreFixtures.auditCount(database)
        let error = #expect(throws: StoreError.self) {
            try database.importFilledForm(url: url, actor: StoreFixtures.actor)
        }
        let lines = error?.problems.map(\.description) ?? []
        #expect(lines.count == 2)
        #expect(
            lines.contains {
                $0.hasPrefix("检查表表单.xlsx 工作表「\(names[0])」 单元格 L3：检查项 A01：填写人“孙悟空”不是本次评估专家组的成员")
            })
        #expect(lines.contains { $0.hasPrefix("检查表表单.xlsx 工作表「应知应会抽查」 单元格 B4：第 4 行：岗位“门卫”无法识别") })
        let detail = try StoreFixtures.detail(id, in: database)
        #expect(detail.responses.isEmpty)
        #expect(detail.assessment.conclusion == nil)
        #expect(try StoreFixtures.auditCount(database) == audit)
    }

    @Test("a member answering another present specialty's section is refused; nothing is stored")
    func otherSection() throws {
        let (database, id, url, names) = try Self.blankForm()
        try XLSXCellEditor.edit(
            url,
            cells: [
                names[0]: ["E3": .text("符合"), "L3": .text("王建国")],
                names[4]: ["E3": .text("符合"), "L3": .text("张伟")],
                "专家组综合意见": ["A3": .text("意见")],
            ])
        let error = #expect(throws: StoreError.self) {
            try database.importFilledForm(url: url, actor: StoreFixtures.actor)
        }
        #expect(error?.code == .invalidInput)
        #expect(error?.description.contains("检查项 E01：") == true)
        #expect(error?.description.contains("“张伟”在本专家组负责") == true)
        let detail = try StoreFixtures.detail(id, in: database)
        #expect(detail.responses.isEmpty)
        #expect(detail.assessment.conclusion == nil)
    }
}
