import Foundation
import HazChemCore
import HazChemReports
import HazChemStore
import HazChemTables
import HazChemTestSupport
import HazChemXLSX

/// Report data built from the mini tables: a red (direct-red) enterprise with hazards, a disposition and units.
enum ReportFixtures {
    static let responses = ChecklistResponses(
        checklistId: "mini-checklist",
        entries: [
            "A01": .init(.nonConforming, finding: "主要负责人安全合格证已过期", location: "办公楼"),
            "A02": .init(.nonConforming, finding: "2名电工无证上岗"),
            "A03": .init(.conforming),
            "B01": .init(.notApplicable),
        ])

    /// 1.1 deductions 5 + 2×3 = 11 capped at 10; 2.1.1 and 2.1.2 tiered (5 superseded); 2.1.3 3×0.5; bonus 3.
    static let answers = GradingAnswers(
        tableId: "mini",
        answers: [
            "1.1.1": .flag(true), "1.1.2": .count(3), "1.2.1": .flag(true), "2.1.1": .flag(true), "2.1.2": .flag(true),
            "2.1.3": .count(3),
        ],
        directRed: ["R2"])

    static func scoreSheet(directRed: [String] = ["R2"]) throws -> ScoreSheet {
        var answers = answers
        answers.directRed = directRed
        return try GradingEngine(table: FormFixtures.table).score(answers)
    }

    static let enterprise = Enterprise(
        creditCode: CreditCode("91350100M000100Y43")!, name: "兴安盟测试化工有限公司", countyCode: "152201",
        address: "乌兰浩特市化工园区1号", kind: .production, principal: "王某", contactPhone: "0482-1234567",
        licenceNumber: "（蒙）WH安许证字〔2019〕001号", licenceScope: "液氨、甲醇",
        licenceExpiry: LocalDate(year: 2021, month: 6, day: 30),
        inChemicalPark: true, majorHazardLevels: [4], hazardousProcesses: ["合成氨"], keyChemicals: ["氨", "甲醇"],
        standardisationLevel: 3)

    static let panel = [
        AssessmentReportData.Seat(
            name: "张三", specialty: .safetyManagement, organisation: "兴安盟应急管理专家库", title: "高级工程师", role: .leader),
        AssessmentReportData.Seat(name: "李四", specialty: .chemicalDesign, organisation: "某设计院", role: .member),
        AssessmentReportData.Seat(
            name: "王五", specialty: .electricalInstrumentation, organisation: "某检测公司", role: .member),
        AssessmentReportData.Seat(name: "赵六", specialty: .emergencyRescue, organisation: "某救援队", role: .member),
        AssessmentReportData.Seat(
            name: "钱七", specialty: .safetyManagement, organisation: "乌兰浩特市应急管理局", role: .regulator),
    ]

    /// Units: a storage unit with 30 t of 氨 (S 3, β 2, α 1.5 for 60 people, R 9: 四级) and one with 20 t 汽油.
    static func majorHazards() throws -> MajorHazardAssessment {
        guard let reference = try FormFixtures.shipped.get().majorHazardReference else {
            throw FormFixtures.FixtureMissing()
        }
        let units = [
            HazardUnit(
                id: "U1", name: "液氨罐区", kind: .storage, peopleWithin500m: 60,
                chemicals: [ChemicalInventory(name: "氨", quantity: Rational(30), unit: .tonnes)]),
            HazardUnit(
                id: "U2", name: "汽油库", kind: .storage, peopleWithin500m: 0,
                chemicals: [ChemicalInventory(name: "汽油", quantity: Rational(20), unit: .tonnes)]),
        ]
        return try MajorHazardCalculator(reference: reference).assess(units)
    }

    static func data(
        scoreSheet: ScoreSheet, riskControl: RiskDescription = .init(),
        majorHazards: MajorHazardAssessment? = nil,
        disposition: AssessmentReportData.Disposition? = nil, isLate: Bool = true
    ) throws -> AssessmentReportData {
        let drafts = try ChecklistEvaluator(checklist: FormFixtures.checklist).hazardDrafts(from: responses)
        var hazards = drafts.map(AssessmentReportData.Hazard.init(draft:))
        hazards[0].measure = "重新参加考核"
        hazards[0].deadline = LocalDate(year: 2019, month: 9, day: 30)
        hazards[0].responsible = "王某"
        hazards.append(.init(itemId: nil, description: "消防通道堵塞", location: "仓库", level: .general, status: .rectified))
        return AssessmentReportData(
            enterprise: enterprise, countyName: "乌兰浩特市",
            basisDocuments: ["应急〔2018〕19号", "安监总管三〔2017〕121号", "内应急字〔2019〕36号"], panel: panel,
            dates: .init(
                onSiteStart: LocalDate(year: 2019, month: 7, day: 1),
                onSiteEnd: LocalDate(year: 2019, month: 7, day: 3),
                dueDate: LocalDate(year: 2019, month: 7, day: 13),
                submittedDate: LocalDate(year: 2019, month: 7, day: 15),
                isLate: isLate),
            checklist: FormFixtures.checklist, responses: responses, itemExperts: ["A01": "张三", "A02": "张三、王五"],
            scoreSheet: scoreSheet, hazards: hazards, riskControl: riskControl, disposition: disposition,
            majorHazards: majorHazards,
            version: .init(
                assessmentId: 12, version: 2, previousAssessmentId: 11,
                generatedOn: LocalDate(year: 2019, month: 7, day: 16)!))
    }

    /// Writes a report into a new folder.
    static func write(_ data: AssessmentReportData) throws -> (URL, [String]) {
        let url = try RepositoryPaths.temporaryDirectory().appendingPathComponent("评估报告.xlsx")
        let sheets = try AssessmentReportWriter().write(data, to: url)
        return (url, sheets)
    }
}
