import Foundation
import HazChemCore
import HazChemStore
import Testing

@Suite("Panels: formation rules, each with its message")
struct PanelTests {
    /// A database with two enterprises, five experts (one employed by enterprise 1) and two regulators.
    static func database() throws -> AppDatabase {
        let database = try StoreFixtures.database()
        try database.addEnterprise(StoreFixtures.enterprise(1), actor: "测试员")
        try database.addEnterprise(StoreFixtures.enterprise(2), actor: "测试员")
        let people: [(String, Specialty, Int64?)] = [
            ("安专家", .safetyManagement, nil), ("化专家", .chemicalDesign, nil), ("电专家", .electricalInstrumentation, nil),
            ("应专家", .emergencyRescue, nil), ("设专家", .equipment, 1), ("监管甲", .safetyManagement, nil),
            ("监管乙", .safetyManagement, nil),
        ]
        for (name, specialty, employer) in people {
            try database.addExpert(
                Expert(name: name, specialty: specialty, employerEnterpriseID: employer), actor: "测试员")
        }
        return database
    }

    static let july1 = LocalDate(year: 2019, month: 7, day: 1)!
    static let july3 = LocalDate(year: 2019, month: 7, day: 3)!

    static func panel(_ enterprise: Int64 = 2, start: LocalDate = july1, end: LocalDate = july3) -> PanelPlan {
        PanelPlan(name: "第一专家组", enterpriseID: enterprise, onSiteStart: start, onSiteEnd: end)
    }

    static let valid: [Panel.Assignment] = [
        .init(expertID: 1, role: .leader), .init(expertID: 2, role: .member), .init(expertID: 3, role: .member),
        .init(expertID: 4, role: .member), .init(expertID: 6, role: .regulator),
    ]

    @Test("a valid panel is stored with its seats ordered leader, members, regulator")
    func valid() throws {
        let database = try Self.database()
        let detail = try database.createPanel(Self.panel(), assignments: Self.valid, actor: "王局长")
        #expect(detail.panel.id == 1 && detail.leader?.name == "安专家")
        #expect(detail.seats.map(\.expert.name) == ["安专家", "化专家", "应专家", "电专家", "监管甲"])
        #expect(try database.panelDetail(id: 1) == detail)
        let entry = try #require(try database.auditLog(AuditFilter(entity: "panel")).first)
        #expect(entry.user == "王局长" && entry.after?.contains("\"role\":\"regulator\"") == true)
    }

    @Test(
        "each broken rule has its own message",
        arguments: [
            (
                [
                    Panel.Assignment(expertID: 1, role: .leader), .init(expertID: 2, role: .member),
                    .init(expertID: 3, role: .member),
                    .init(expertID: 6, role: .regulator),
                ],
                ["专家组至少应有4名专家（组长和成员，不含监管人员），现有3名", "专家组缺少以下专业的专家：应急救援"]
            ),
            (
                [
                    Panel.Assignment(expertID: 1, role: .leader), .init(expertID: 2, role: .member),
                    .init(expertID: 3, role: .member),
                    .init(expertID: 7, role: .member, specialty: nil), .init(expertID: 6, role: .regulator),
                ],
                ["专家组缺少以下专业的专家：应急救援"]
            ),
            (
                [
                    Panel.Assignment(expertID: 1, role: .leader), .init(expertID: 2, role: .leader),
                    .init(expertID: 3, role: .member),
                    .init(expertID: 4, role: .member), .init(expertID: 6, role: .regulator),
                ],
                ["专家组应有且只有1名组长，现有2名"]
            ),
            (
                [
                    Panel.Assignment(expertID: 1, role: .member), .init(expertID: 2, role: .member),
                    .init(expertID: 3, role: .member),
                    .init(expertID: 4, role: .member), .init(expertID: 6, role: .regulator),
                ],
                ["专家组应有且只有1名组长，现有0名"]
            ),
            (
                [
                    Panel.Assignment(expertID: 1, role: .leader), .init(expertID: 2, role: .member),
                    .init(expertID: 3, role: .member),
                    .init(expertID: 4, role: .member),
                ],
                ["专家组至少应有1名安全监管人员"]
            ),
            (
                [
                    Panel.Assignment(expertID: 1, role: .leader), .init(expertID: 2, role: .member),
                    .init(expertID: 3, role: .member),
                    .init(expertID: 4, role: .member), .init(expertID: 4, role: .member),
                    .init(expertID: 99, role: .regulator),
                ],
                ["专家“应专家”（编号4）在专家组中重复出现", "专家编号99不存在", "专家组至少应有1名安全监管人员"]
            ),
        ])
    func rule(assignments: [Panel.Assignment], messages: [String]) throws {
        let database = try Self.database()
        let error = #expect(throws: StoreError.self) {
            try database.createPanel(Self.panel(), assignments: assignments, actor: "王局长")
        }
        #expect(error?.code == .invalidInput)
        #expect(error?.problems.map(\.message) == messages)
        #expect(error?.problems.allSatisfy { $0.entity == "专家组“第一专家组”" } == true)
        #expect(try database.panels(in: .all).isEmpty)
    }

    @Test("a specialty given on the panel counts instead of the expert's own")
    func specialtyOverride() throws {
        let database = try Self.database()
        var assignments = Self.valid
        assignments[3] = .init(expertID: 5, role: .member, specialty: .emergencyRescue)
        let detail = try database.createPanel(Self.panel(), assignments: assignments, actor: "王局长")
        #expect(detail.seats.first { $0.expert.id == 5 }?.member.specialty == .emergencyRescue)
    }

    @Test("an expert employed by the enterprise assessed must stand aside")
    func employee() throws {
        let database = try Self.database()
        var assignments = Self.valid
        assignments[3] = .init(expertID: 5, role: .member, specialty: .emergencyRescue)
        let error = #expect(throws: StoreError.self) {
            try database.createPanel(Self.panel(1), assignments: assignments, actor: "王局长")
        }
        #expect(error?.problems.map(\.message) == ["专家“设专家”（编号5）受雇于被评估企业“兴安化工1有限公司”，应当回避"])
    }

    @Test("an expert cannot sit on two panels whose on-site dates overlap")
    func overlap() throws {
        let database = try Self.database()
        try database.createPanel(Self.panel(1), assignments: Self.valid, actor: "王局长")
        let july3 = Self.july3, july5 = LocalDate(year: 2019, month: 7, day: 5)!
        var second = Self.valid
        second[0] = .init(expertID: 2, role: .leader)
        second[1] = .init(expertID: 1, role: .member)
        second[4] = .init(expertID: 7, role: .regulator)
        let error = #expect(throws: StoreError.self) {
            try database.createPanel(Self.panel(2, start: july3, end: july5), assignments: second, actor: "王局长")
        }
        let messages = (1...4).map { id in
            let name = ["安专家", "化专家", "电专家", "应专家"][id - 1]
            return "专家“\(name)”（编号\(id)）已在专家组“第一专家组”的现场评估（编号1，2019-07-01至2019-07-03）中，现场评估日期重叠"
        }
        #expect(error?.problems.map(\.message) == messages)
        let july4 = LocalDate(year: 2019, month: 7, day: 4)!
        try database.createPanel(Self.panel(2, start: july4, end: july5), assignments: second, actor: "王局长")
    }

    @Test("unknown enterprise and reversed dates are reported with the rest")
    func datesAndEnterprise() throws {
        let database = try Self.database()
        let error = #expect(throws: StoreError.self) {
            try database.createPanel(Self.panel(9, start: Self.july3, end: Self.july1), assignments: [], actor: "王局长")
        }
        #expect(
            error?.problems.map(\.message) == [
                "被评估企业（编号9）不存在", "现场评估结束日期2019-07-01早于开始日期2019-07-03",
                "专家组至少应有4名专家（组长和成员，不含监管人员），现有0名",
                "专家组缺少以下专业的专家：安全管理、化工设计(工艺)、电气仪表、应急救援", "专家组应有且只有1名组长，现有0名",
                "专家组至少应有1名安全监管人员",
            ])
    }
}
