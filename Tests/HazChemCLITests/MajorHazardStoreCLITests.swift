import Foundation
import HazChemTestSupport
import Testing

@Suite("hazchem mhi import / compute --enterprise (end to end, built binary)")
struct MajorHazardStoreCLITests {
    @Test("add an enterprise, import its inventory, then compute from the stored units as JSON")
    func importThenCompute() throws {
        let folder = try RepositoryPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ["--db", folder.appendingPathComponent("campaign.sqlite").path, "--user", "测试员"]
        let code = "91350100M000100Y43"

        let added = try CLIRunner.run(
            ["enterprise", "add", "--credit-code", code, "--name", "示例化工有限公司", "--county", "乌兰浩特市", "--kind", "生产"]
                + store)
        #expect(added.status == 0, "\(added.stderr)")

        let imported = try CLIRunner.run(
            ["mhi", "import", "--enterprise", code, "Checklists/examples/mhi/inventory.csv"] + store)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr == "")
        let lines = imported.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "已为企业“示例化工有限公司”（\(code)）导入 inventory.csv：3个单元，替换原有0个单元。")
        #expect(lines.contains("   分级：三级重大危险源"))
        #expect(lines.contains("  对应分级表规则：1.1.3（涉及三级重大危险源）。"))
        #expect(lines.suffix(2) == ["企业重大危险源等级：三级、四级（原为：无），已更新。", ""])
        #expect(try CLIRunner.run(["enterprise", "show", code] + store).stdout.contains("重大危险源等级：三级、四级\n"))

        let computed = try CLIRunner.run(["mhi", "compute", "--enterprise", code, "--format", "json"] + store)
        #expect(computed.status == 0, "\(computed.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(computed.stdout.utf8)) as? [String: Any])
        #expect(object["enterprise"] as? String == "示例化工有限公司")
        #expect(object["grading_rule"] as? String == "1.1.3")
        #expect(object["highest_level"] as? String == "third")
        let units = try #require(object["units"] as? [[String: Any]])
        #expect(units.map { $0["id"] as? String } == ["T1", "T2", "P1"])
        #expect(units.map { ($0["r"] as? NSNumber)?.doubleValue } == [32, 3.792, nil])
        let methanol = try #require((units[1]["chemicals"] as? [[String: Any]])?.first)
        #expect((methanol["density_t_per_m3"] as? NSNumber)?.doubleValue == 0.79)
        #expect((methanol["q_t"] as? NSNumber)?.doubleValue == 1580)

        let neither = try CLIRunner.run(["mhi", "compute"] + store)
        #expect(neither.status == 2 && neither.stderr == "错误：--units 与 --enterprise 须且只能指定其一\n")
        let bad = folder.appendingPathComponent("bad.csv")
        try Data("单元编号,单元类型,500米内人数,危险化学品名称,设计最大量,计量单位\nT9,储存单元,5,甲醇,10,m3\n".utf8).write(to: bad)
        let refused = try CLIRunner.run(["mhi", "import", "--enterprise", code, bad.path] + store)
        #expect(refused.status == 2 && refused.stdout == "")
        #expect(
            refused.stderr == """
                错误：输入有1处问题，未导入，数据库未作改动。
                bad.csv 第2行 列“密度(t/m³)”：（单元T9 甲醇）计量单位为m³（体积），必须同时给出密度（t/m³）才能换算为吨；体积不能当作吨计算

                """)
        let unchanged = try CLIRunner.run(["mhi", "compute", "--enterprise", code] + store)
        #expect(unchanged.stdout.hasPrefix("企业：示例化工有限公司\n危险化学品重大危险源辨识与分级（依据 GB 18218-2018）\n"))
        #expect(!unchanged.stdout.contains("T9"))
    }
}
