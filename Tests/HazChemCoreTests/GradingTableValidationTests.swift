import HazChemCore
import Testing

/// Consistency checks of a grading table itself, each reported at its field path.
@Suite("Grading table validation")
struct GradingTableValidationTests {
    typealias Edit = @Sendable (inout GradingTable) -> Void

    static let cases: [(String, Edit, String, String)] = [
        (
            "duplicate rule id", { $0.categories[0].projects[0].rules[1].id = "a" },
            "categories[0].projects[0].rules[1].id", "规则编号“a”重复"
        ),
        (
            "duplicate project id", { $0.categories[0].projects[1].id = "1.1" }, "categories[0].projects[1].id",
            "项目编号“1.1”重复"
        ),
        (
            "duplicate category id",
            {
                $0.categories.append(
                    GradingCategory(
                        id: "1", name: "重复",
                        projects: [
                            GradingProject(
                                id: "9", name: "x", cap: nil,
                                rules: [GradingRule(id: "z", text: "z", effect: .bonus, value: Tenths(1))])
                        ]))
            },
            "categories[1].id", "类别编号“1”重复"
        ),
        ("zero cap", { $0.categories[0].projects[0].cap = .zero }, "categories[0].projects[0].cap", "分值上限应为正数"),
        (
            "negative value", { $0.categories[0].projects[0].rules[0].value = Tenths(-2) },
            "categories[0].projects[0].rules[0].value", "分值应为正数"
        ),
        (
            "max_count on a fixed rule", { $0.categories[0].projects[0].rules[0].maxCount = 3 },
            "categories[0].projects[0].rules[0].max_count", "不能设置 max_count"
        ),
        (
            "max_count of 0", { $0.categories[0].projects[0].rules[1].maxCount = 0 },
            "categories[0].projects[0].rules[1].max_count", "max_count 应为正整数"
        ),
        (
            "tier with a per-item rule",
            {
                $0.categories[0].projects[0].rules[0].tier = "t"; $0.categories[0].projects[0].rules[1].tier = "t"
            },
            "categories[0].projects[0].rules[1].tier", "不能属于等级组“t”"
        ),
        (
            "exclusive group with a per-item rule",
            {
                $0.categories[0].projects[0].rules[0].exclusive = "x";
                $0.categories[0].projects[0].rules[1].exclusive = "x"
            },
            "categories[0].projects[0].rules[1].exclusive", "不能属于互斥组“x”"
        ),
        (
            "tier across projects and effects",
            {
                $0.categories[0].projects[0].rules[0].tier = "t"; $0.categories[0].projects[1].rules[0].tier = "t"
            },
            "categories[0].projects[1].rules[0].tier", "应在同一项目内"
        ),
        (
            "group of one", { $0.categories[0].projects[0].rules[0].tier = "solo" },
            "categories[0].projects[0].rules[0].tier", "只有规则 a 一条"
        ),
        (
            "conflict with an unknown rule", { $0.categories[0].projects[0].rules[0].conflictsWith = ["q"] },
            "categories[0].projects[0].rules[0].conflicts_with[0]", "不存在的规则“q”"
        ),
        (
            "conflict with itself", { $0.categories[0].projects[0].rules[0].conflictsWith = ["a"] },
            "categories[0].projects[0].rules[0].conflicts_with[0]", "不能与自身冲突"
        ),
        (
            "duplicate direct red", { $0.directRed.append(DirectRedCondition(id: "R1", text: "again")) },
            "direct_red[1].id", "“R1”重复"
        ),
        ("bands overlap", { $0.bands[2].min = Tenths(75) }, "bands[2].min", "分级区间重叠"),
        ("bands do not reach 0", { $0.bands[3].min = Tenths(10) }, "bands[3].min", "未覆盖0分"),
        ("negative band", { $0.bands[3].min = Tenths(-1) }, "bands[3].min", "不能为负数"),
        ("duplicate grade", { $0.bands[1].grade = .blue }, "bands[1].grade", "蓝色出现了不止一次"),
        (
            "riskier grade above",
            {
                $0.bands[0].grade = .orange; $0.bands[2].grade = .blue
            }, "bands[0].grade", "分级区间顺序错误"
        ),
        ("no bands", { $0.bands = [] }, "bands", "至少应有一个分级区间"),
        ("zero start", { $0.start = .zero }, "start", "起始分应为正数"),
        ("bad id", { $0.header.id = "Mini Table" }, "id", "只能使用小写字母、数字和连字符"),
        ("empty project", { $0.categories[0].projects[1].rules = [] }, "categories[0].projects[1].rules", "至少应有一条规则"),
    ]

    @Test("each inconsistency is reported at its field", arguments: cases)
    func invalid(name: String, edit: Edit, field: String, message: String) {
        var table = GradingFixtures.miniTable()
        edit(&table)
        let problems = table.validate()
        let match = problems.first { $0.field == field }
        #expect(match != nil, "\(problems)")
        #expect(match?.message.contains(message) == true, "\(problems)")
        #expect(problems.allSatisfy { $0.code == .invalidTable })
    }

    @Test("the mini table and the shipped tables are valid")
    func valid() throws {
        #expect(GradingFixtures.miniTable().validate().isEmpty)
        #expect(try GradingFixtures.productionStorage().validate().isEmpty)
        #expect(try GradingFixtures.trading().validate().isEmpty)
    }
}
