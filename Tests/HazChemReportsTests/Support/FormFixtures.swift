import Foundation
import HazChemCore
import HazChemReports
import HazChemTables
import HazChemTestSupport
import HazChemXLSX

/// Small checklist and grading table for form and report tests, and the shipped tables loaded once.
enum FormFixtures {
    /// Two sections, five items; section B's title has a `/` that sheet names may not contain.
    static let checklist = Checklist(
        header: TableHeader(id: "mini-checklist", title: "测试检查表", version: "1", basis: "测试", status: .localDefault),
        gradingTableId: "mini", criteriaId: "major-hazard-criteria-121",
        sections: [
            ChecklistSection(
                id: "A", title: "安全管理", specialty: .safetyManagement,
                items: [
                    ChecklistItem(
                        id: "A01", requirement: "主要负责人经考核合格", basis: "《安全生产法》第二十七条", majorCriterion: 1,
                        gradingRuleIds: ["1.1.1"]),
                    ChecklistItem(
                        id: "A02", requirement: "特种作业人员持证上岗", basis: "《安全生产法》第三十条", majorCriterion: 2,
                        gradingRuleIds: ["1.1.2"]),
                    ChecklistItem(
                        id: "A03", requirement: "建立全员安全生产责任制", basis: "《安全生产法》第二十二条",
                        gradingRuleIds: ["2.1.3"]),
                ]),
            ChecklistSection(
                id: "B", title: "储存/装卸", specialty: .chemicalDesign,
                items: [
                    ChecklistItem(id: "B01", requirement: "危险化学品分区分类储存", basis: "GB 15603", majorCriterion: 20),
                    ChecklistItem(id: "B02", requirement: "化工装置经正规设计", basis: "121号", directRedId: "R2"),
                ]),
        ])

    /// Start 100, bands as 19号: a capped project with a fixed and a per-item rule (max 3), an uncapped
    /// project with two exclusive bonuses, a project with two tiered rules and a per-item rule, two direct reds.
    static let table = GradingTable(
        header: TableHeader(id: "mini", title: "测试分级表", version: "2018", basis: "测试", status: .localDefault),
        start: Tenths(100),
        categories: [
            GradingCategory(
                id: "1", name: "人员与应急",
                projects: [
                    GradingProject(
                        id: "1.1", name: "人员资质", cap: Tenths(10),
                        rules: [
                            GradingRule(id: "1.1.1", text: "主要负责人未经考核合格", effect: .deduction, value: Tenths(5)),
                            GradingRule(
                                id: "1.1.2", text: "特种作业人员无证上岗", effect: .deduction, value: Tenths(2), per: .item,
                                maxCount: 3),
                        ]),
                    GradingProject(
                        id: "1.2", name: "应急", cap: nil,
                        rules: [
                            GradingRule(
                                id: "1.2.1", text: "有专职消防队", effect: .bonus, value: Tenths(3), exclusive: "team"),
                            GradingRule(
                                id: "1.2.2", text: "有兼职消防队", effect: .bonus, value: Tenths(1), exclusive: "team"),
                        ]),
                ]),
            GradingCategory(
                id: "2", name: "管理",
                projects: [
                    GradingProject(
                        id: "2.1", name: "制度", cap: Tenths(20),
                        rules: [
                            GradingRule(
                                id: "2.1.1", text: "无操作规程", effect: .deduction, value: Tenths(10), tier: "rules"),
                            GradingRule(
                                id: "2.1.2", text: "操作规程不完善", effect: .deduction, value: Tenths(5), tier: "rules"),
                            GradingRule(
                                id: "2.1.3", text: "岗位无安全生产责任制", effect: .deduction, value: Tenths(raw: 5), per: .item),
                        ])
                ]),
        ],
        directRed: [
            DirectRedCondition(id: "R1", text: "新工艺未经试验直接工业化生产"),
            DirectRedCondition(id: "R2", text: "在役化工装置未经正规设计"),
        ],
        bands: [
            GradeBand(grade: .blue, min: Tenths(90)), GradeBand(grade: .yellow, min: Tenths(75)),
            GradeBand(grade: .orange, min: Tenths(60)), GradeBand(grade: .red, min: .zero),
        ])

    /// The shipped tables, loaded once through the real loader.
    static let shipped = Result { () throws(TableError) -> TableCatalog in
        try TableCatalog.load(directory: RepositoryPaths.checklists)
    }

    /// The shipped production/storage checklist and grading table.
    static func productionStorage() throws -> (Checklist, GradingTable) {
        let catalog = try shipped.get()
        guard let checklist = catalog.checklist(for: .production), let table = catalog.gradingTable(for: .production)
        else { throw FixtureMissing() }
        return (checklist, table)
    }

    struct FixtureMissing: Error {}

    /// Writes a blank form of the mini tables for assessment `id` into a new folder.
    static func miniForm(assessmentId: Int64 = 7, existing: [String: ChecklistFormEntry] = [:]) throws -> URL {
        let url = try RepositoryPaths.temporaryDirectory().appendingPathComponent("检查表表单.xlsx")
        try ChecklistFormWriter(
            assessmentId: assessmentId, enterpriseName: "兴安盟测试化工有限公司", creditCode: "91350100M000100Y43",
            checklist: checklist, gradingTable: table, existing: existing,
            generatedOn: LocalDate(year: 2019, month: 7, day: 1)!
        ).write(to: url)
        return url
    }

    /// A reader of mini forms for assessment 7.
    static let miniReader = FilledFormReader(checklist: checklist, gradingTable: table, assessmentId: 7)
}
