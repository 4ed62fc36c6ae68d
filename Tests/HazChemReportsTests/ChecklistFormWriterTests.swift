import Foundation
import HazChemCore
import HazChemReports
import HazChemTestSupport
import HazChemXLSX
import Testing

@Suite("Offline checklist form (检查表表单)")
struct ChecklistFormWriterTests {
    static let sectionSheets = ["A 安全管理", "B 储存_装卸"]

    @Test("sheets: instructions, one per section, grading answers, hidden metadata")
    func sheets() throws {
        let reader = try XLSXReader(url: FormFixtures.miniForm())
        #expect(
            reader.sheetNames == ["填写说明"] + Self.sectionSheets + ["分级答案", "应知应会抽查", "风险分析", "专家组综合意见", "元数据"])
        #expect(reader.sheets.map(\.visibility) == Array(repeating: .visible, count: 7) + [.hidden])
        let instructions = try reader.sheet(named: "填写说明")
        #expect(instructions["A1"] == .text("测试检查表——离线填写表单"))
        #expect(instructions["A3"]?.text?.contains("评估编号 7（兴安盟测试化工有限公司") == true)
    }

    @Test("section sheet: items, locked item cells, unlocked answer cells with validations, protection")
    func sectionSheet() throws {
        let reader = try XLSXReader(url: FormFixtures.miniForm())
        let sheet = try reader.sheet(named: "A 安全管理")
        #expect((0..<12).map { sheet[row: 1, column: $0]?.text } == ChecklistFormLayout.Column.allCases.map(\.header))
        #expect(sheet["A3"] == .text("A01"))
        #expect(sheet["B3"] == .text("主要负责人经考核合格"))
        #expect(sheet["C3"] == .text("《安全生产法》第二十七条"))
        #expect(sheet["D3"] == .text("第1条"))
        #expect(sheet["D5"] == nil)
        #expect(sheet["A5"] == .text("A03"))
        #expect(sheet["E3"] == nil)
        #expect(sheet.isProtected)
        #expect(sheet.frozenTopLeft == "C3")
        #expect(
            sheet.dataValidations == [
                XLSXDataValidation(type: "list", ranges: "E3:E5", formula1: "\"符合,不符合,不适用\""),
                XLSXDataValidation(type: "list", ranges: "H3:H5", formula1: "\"是,否\""),
                XLSXDataValidation(type: "date", ranges: "J3:J5", formula1: "36526"),
            ])
        let styles = try reader.cellStyles()
        func style(_ cell: String) -> XLSXCellStyle? { sheet.cells[cell]?.styleIndex.map { styles[$0] } }
        #expect(["A3", "B3", "C3", "D3"].map { style($0)?.locked } == [true, true, true, true])
        #expect(["E3", "F3", "G3", "H3", "I3", "J3", "K3", "E5"].allSatisfy { style($0)?.locked == false })
        #expect(style("E3")?.fill == "FFF2CC")
        #expect(style("J3")?.numberFormat == "yyyy-mm-dd")
    }

    @Test("grading sheet: yes/no dropdowns, whole-number counts up to max_count, direct red")
    func gradingSheet() throws {
        let reader = try XLSXReader(url: FormFixtures.miniForm())
        let sheet = try reader.sheet(named: "分级答案")
        #expect((0..<6).map { sheet[row: 1, column: $0]?.text } == ["编号", "类别 / 项目", "内容", "分值", "答案", "填写要求"])
        #expect(
            (2..<9).map { sheet[row: $0, column: 0]?.text } == [
                "1.1.1", "1.1.2", "1.2.1", "1.2.2", "2.1.1", "2.1.2", "2.1.3",
            ])
        #expect(sheet["B3"] == .text("人员与应急 / 人员资质，扣分上限10分"))
        #expect(sheet["D4"] == .text("每项扣2分（最多3项）"))
        #expect(sheet["F4"] == .text("填写项数（不小于 0 的整数，最多 3）"))
        #expect(sheet["A11"] == .text(ChecklistFormLayout.directRedTitle))
        #expect(sheet["A13"] == .text("R1"))
        #expect(sheet["C14"] == .text("在役化工装置未经正规设计"))
        #expect(sheet.isProtected)
        let validations = sheet.dataValidations.map { "\($0.type) \($0.ranges) \($0.formula1 ?? "")" }
        #expect(
            validations == [
                "list E3 \"是,否\"", "whole E4 0", "list E5 \"是,否\"", "list E6 \"是,否\"", "list E7 \"是,否\"",
                "list E8 \"是,否\"", "whole E9 0", "list E13 \"是,否\"", "list E14 \"是,否\"",
            ])
    }

    @Test("hidden metadata: assessment, tables, versions and the checksum of items and rules")
    func metadata() throws {
        let reader = try XLSXReader(url: FormFixtures.miniForm())
        let sheet = try reader.sheet(named: "元数据")
        let checksum = ChecklistFormLayout.checksum(checklist: FormFixtures.checklist, table: FormFixtures.table)
        #expect(checksum.count == 64)
        #expect(
            (0..<11).map { sheet[row: $0, column: 1]?.text } == [
                "HazChem 检查表表单", "2", "7", "兴安盟测试化工有限公司", "91350100M000100Y43", "mini-checklist", "1", "mini",
                "2018", checksum, "2019-07-01",
            ])
        #expect(sheet.isProtected)
        var edited = FormFixtures.checklist
        edited.sections[0].items[0].requirement += "。"
        #expect(ChecklistFormLayout.checksum(checklist: edited, table: FormFixtures.table) != checksum)
        var table = FormFixtures.table
        table.categories[0].projects[0].rules[1].maxCount = 4
        #expect(ChecklistFormLayout.checksum(checklist: FormFixtures.checklist, table: table) != checksum)
    }

    @Test("existing answers are written into the answer cells")
    func prefilled() throws {
        let existing = [
            "A01": ChecklistFormEntry(
                .nonConforming, finding: "证书过期", location: "办公楼", markedMajor: true, measure: "重新考核",
                deadline: LocalDate(year: 2019, month: 10, day: 1), responsible: "王某"),
            "A03": ChecklistFormEntry(.conforming),
            "A02": ChecklistFormEntry(.notChecked),
        ]
        let url = try FormFixtures.miniForm(existing: existing)
        let sheet = try XLSXReader(url: url).sheet(named: "A 安全管理")
        #expect(
            (4...10).map { sheet[row: 2, column: $0] } == [
                .text("不符合"), .text("证书过期"), .text("办公楼"), .text("是"), .text("重新考核"), .number(43_739), .text("王某"),
            ])
        #expect(sheet["E4"] == nil)
        #expect(sheet["E5"] == .text("符合"))
        let form = try FormFixtures.miniReader.read(url)
        #expect(form.entries == ["A01": existing["A01"], "A03": existing["A03"]])
    }

    @Test("sheet names drop forbidden characters, fit 31 characters and stay unique")
    func sheetNames() {
        func section(_ id: String, _ title: String) -> ChecklistSection {
            ChecklistSection(id: id, title: title, specialty: .equipment, items: [])
        }
        let long = String(repeating: "设备设施", count: 10)
        var checklist = FormFixtures.checklist
        checklist.sections = [
            section("A", "储存:装卸*[仓库]?/\\"), section("B", long), section("B", long), section("'C", "引号'"),
        ]
        let names = ChecklistFormLayout.sectionSheetNames(checklist)
        #expect(names[0] == "A 储存_装卸__仓库____")
        #expect(names[1] == "B " + String(long.prefix(29)))
        #expect(names[2] == "B " + String(long.prefix(27)) + "~2")
        #expect(names[3] == "C 引号")
        #expect(names.allSatisfy { $0.count <= 31 })
        #expect(Set(names).count == names.count)
    }

    @Test("the shipped production/storage checklist exports", .timeLimit(.minutes(1)))
    func shipped() throws {
        let (checklist, table) = try FormFixtures.productionStorage()
        let url = try RepositoryPaths.temporaryDirectory().appendingPathComponent("form.xlsx")
        let names = try ChecklistFormWriter(
            assessmentId: 1, enterpriseName: "企业", creditCode: "91350100M000100Y43", checklist: checklist,
            gradingTable: table
        ).write(to: url)
        #expect(names.count == checklist.sections.count + 6)
        #expect(names[1] == "A 安全管理机构与人员")
        let reader = try XLSXReader(url: url)
        let sheet = try reader.sheet(named: names[1])
        #expect(sheet["A3"] == .text(checklist.sections[0].items[0].id))
        let grading = try reader.sheet(named: "分级答案")
        #expect(grading["A3"] == .text("1.1.1"))
    }
}
