import Foundation
import GRDB
import HazChemCore
import HazChemTestSupport

@testable import HazChemStore

/// An enterprise, a complete panel and a planned assessment on the shipped tables, plus builders.
struct AssessmentFixture {
    let database: AppDatabase
    let enterprise: Enterprise
    let panel: Panel
    let assessment: Assessment
    /// Leader 王组长, members 李化工, 张电气, 刘应急, regulator 陈监管.
    let experts: [String: Expert]

    static let actor = "测试员"

    /// Stores `enterprise` (enterprise 1 in 乌兰浩特市 by default), five people, a panel (2019-07-01 to 07-03)
    /// and a planned assessment with the tables of `tables`.
    init(
        enterprise: Enterprise = StoreFixtures.enterprise(1), tables: URL = RepositoryPaths.checklists,
        database: AppDatabase? = nil
    ) throws {
        let database = try database ?? Self.database()
        self.database = database
        let stored = try database.addEnterprise(enterprise, actor: Self.actor)
        self.enterprise = stored
        var experts: [String: Expert] = [:]
        for (name, specialty) in [
            ("王组长", Specialty.safetyManagement), ("李化工", .chemicalDesign), ("张电气", .electricalInstrumentation),
            ("刘应急", .emergencyRescue), ("陈监管", .safetyManagement),
        ] {
            experts[name] = try database.addExpert(
                Expert(name: name, organisation: "兴安盟专家库", specialty: specialty), actor: Self.actor)
        }
        self.experts = experts
        let panel = try database.createPanel(
            PanelPlan(
                name: "第一专家组", enterpriseID: stored.id!, onSiteStart: LocalDate(year: 2019, month: 7, day: 1)!,
                onSiteEnd: LocalDate(year: 2019, month: 7, day: 3)!),
            assignments: [
                .init(expertID: experts["王组长"]!.id!, role: .leader),
                .init(expertID: experts["李化工"]!.id!, role: .member),
                .init(expertID: experts["张电气"]!.id!, role: .member),
                .init(expertID: experts["刘应急"]!.id!, role: .member),
                .init(expertID: experts["陈监管"]!.id!, role: .regulator),
            ], actor: Self.actor)
        self.panel = panel.panel
        self.assessment = try database.createAssessment(
            enterpriseID: stored.id!, panelID: panel.panel.id!, tablesDirectory: tables, actor: Self.actor)
    }

    var id: Int64 { assessment.id! }

    /// A database with the shipped regions, migrated and synced once per test run.
    static let template = Result { try StoreFixtures.database() }

    /// A new in-memory copy of ``template`` (as ``StoreFixtures/database()``, without re-reading the regions).
    static func database() throws -> AppDatabase {
        let queue = try DatabaseQueue(configuration: AppDatabase.makeConfiguration())
        try template.get().writer.backup(to: queue)
        return try AppDatabase(queue, now: { Self.now })
    }

    /// The fixtures' clock: 2019-09-01 00:00 UTC, after every day the lifecycle tests state (dates the system
    /// judges by may not lie in the future).
    static let now = Date(timeIntervalSince1970: 1_567_296_000)

    /// 2019-07-`day`.
    static func july(_ day: Int) -> LocalDate { LocalDate(year: 2019, month: 7, day: day)! }

    func detail() throws -> AssessmentDetail { try database.assessmentDetail(id: id, asOf: Self.july(31))! }

    /// Every item of the checklist conforming, except `findings` (item id → finding, non-conforming).
    func responses(findings: [String: String] = [:], major: Set<String> = []) throws -> [AssessmentResponseInput] {
        try detail().checklist.items.map { item in
            if let finding = findings[item.id] {
                return AssessmentResponseInput(
                    itemID: item.id, response: .nonConforming, finding: finding, location: "罐区",
                    markedMajor: major.contains(item.id), expert: "王组长")
            }
            return AssessmentResponseInput(itemID: item.id, response: .conforming, expert: "王组长")
        }
    }

    /// Starts the assessment and enters everything submission needs: responses, confirmed answers (the
    /// pre-filled ones plus `answers`), `risk` and the four mandatory spot checks.
    func complete(
        findings: [String: String] = [:], major: Set<String> = [], answers: [String: GradingAnswer] = [:],
        directRed: [String]? = nil, risk: RiskDescription? = nil
    ) throws {
        try database.startAssessment(id: id, actor: Self.actor)
        try database.apply(
            AssessmentEntry(
                responses: try responses(findings: findings, major: major), answers: answers, directRed: directRed,
                risk: risk), toAssessment: id, actor: Self.actor)
        try database.confirmAnswers(assessmentID: id, actor: Self.actor)
        try database.setConclusion(assessmentID: id, text: "专家组综合意见：按隐患清单限期整改。", actor: Self.actor)
        for role in SpotCheckRole.mandatory {
            try database.addSpotCheck(
                SpotCheck(assessmentID: id, person: "被抽查\(role.label)", role: role, result: .passed), actor: Self.actor)
        }
    }

    /// ``complete`` then submit on 07-10 and sign by the four experts on 07-11.
    @discardableResult
    func sign(
        findings: [String: String] = [:], major: Set<String> = [], answers: [String: GradingAnswer] = [:],
        directRed: [String]? = nil, risk: RiskDescription? = nil
    ) throws -> AssessmentSignOutcome {
        try complete(findings: findings, major: major, answers: answers, directRed: directRed, risk: risk)
        try database.submitAssessment(id: id, date: Self.july(10), actor: Self.actor)
        return try database.signAssessment(
            id: id, experts: ["王组长", "李化工", "张电气", "刘应急"], date: Self.july(11), actor: Self.actor)
    }

    /// The number of audit rows.
    func auditCount() throws -> Int {
        try database.reader.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM audit_log")! }
    }

    /// A copy of the shipped tables in a new temporary folder, for tests that change a table file.
    static func copyOfTables() throws -> URL {
        let folder = try RepositoryPaths.temporaryDirectory().appendingPathComponent("Checklists")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.checklists.path)
        where name.hasSuffix(".yaml") {
            try FileManager.default.copyItem(
                at: RepositoryPaths.checklists.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }
}
