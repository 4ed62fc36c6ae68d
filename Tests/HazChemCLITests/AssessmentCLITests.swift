import Foundation
import HazChemCore
import HazChemTestSupport
import Testing

@Suite("CLI: assessment, hazard and disposition commands end to end (built binary)")
struct AssessmentCLITests {
    @Test("import the shipped example, show, export and re-import, follow up a hazard; bad input exits 2")
    func endToEnd() throws {
        let folder = try RepositoryPaths.temporaryDirectory()
        let db = folder.appendingPathComponent("campaign.sqlite").path
        let example = "Checklists/examples/assessment/hongda-2019.yaml"

        let imported = try CLIRunner.run(["assessment", "import", example, "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout == "已导入评估 #1：已处置，得分 79.4，黄色\n")

        let show = try CLIRunner.run(["assessment", "show", "1", "--as-of", "2019-08-01", "--db", db])
        #expect(show.status == 0)
        #expect(show.stdout.contains("企业：兴安盟宏达化工有限公司（911522017566012341，乌兰浩特市，生产）"))
        #expect(show.stdout.contains("     合计                                167   151   6       10      0"))
        #expect(show.stdout.contains("总分：79.4\n风险等级：黄色"))
        #expect(show.stdout.contains("隐患清单（6项，其中重大隐患2项）："))
        // An imported file is 补录: the binary records it by the server's clock (today), shows that time beside each
        // stated day and judges lateness on it.
        let today = LocalDate.today()
        #expect(show.stdout.contains("处置：整改提升（乌兰浩特市应急管理局，2019-07-25（补录，系统记录 \(today) "), "\(show.stdout)")
        #expect(show.stdout.contains("提交：2019-07-18（补录，系统记录 \(today) "))
        #expect(show.stdout.contains("王建国（2019-07-18（补录，系统记录 \(today) "))
        #expect(show.stdout.contains("【报告逾期】"))

        let out = folder.appendingPathComponent("export.yaml").path
        #expect(try CLIRunner.run(["assessment", "export", "1", "--out", out, "--db", db]).status == 0)
        let other = folder.appendingPathComponent("other.sqlite").path
        let again = try CLIRunner.run(["assessment", "import", out, "--db", other])
        #expect(again.stdout == "已导入评估 #1：已处置，得分 79.4，黄色\n", "\(again.stderr)")

        let overdue = try CLIRunner.run(["hazard", "list", "--overdue", "--as-of", "2019-08-01", "--db", db])
        #expect(
            overdue.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t")[2] } == ["D04", "H04"])
        #expect(overdue.stderr == "共2项隐患\n")
        let rectified = try CLIRunner.run([
            "hazard", "update", "4", "--status", "已整改", "--date", "2019-07-20", "--db", db,
        ])
        #expect(rectified.stdout == "隐患 #4：已整改，期限2019-07-20，责任人张宏达\n")
        let verified = try CLIRunner.run(["hazard", "verify", "4", "--by", "陈刚", "--date", "2019-07-22", "--db", db])
        #expect(verified.stdout == "隐患 #4 已验收：陈刚，2019-07-22\n")

        let signed = try CLIRunner.run([
            "assessment", "respond", "1", "--item", "A01", "--response", "不符合", "--expert", "王建国", "--db", db,
        ])
        #expect(signed.status == 2)
        #expect(signed.stderr == "评估 #1：已签署的评估不可修改：评估为“已处置”状态；如需更正，请创建新版本（assessment correct）\n")

        let bad = folder.appendingPathComponent("bad.yaml")
        let text = try String(contentsOf: RepositoryPaths.root.appendingPathComponent(example), encoding: .utf8)
        try text.replacingOccurrences(of: "  A03: { response: 符合", with: "  A03: { response: 好的").write(
            to: bad, atomically: true, encoding: .utf8)
        let refused = try CLIRunner.run([
            "assessment", "import", bad.path, "--db", folder.appendingPathComponent("x.sqlite").path,
        ])
        #expect(refused.status == 2)
        #expect(refused.stderr == "bad.yaml 第67行 字段“responses.A03.response”：检查项 A03 的答复“好的”无效（应为：符合、不符合、不适用、未查）\n")
    }

    @Test("the lifecycle through the commands: create, start, respond with a plan, answer, refused submissions, show")
    func lifecycle() throws {
        let folder = try RepositoryPaths.temporaryDirectory()
        let db = folder.appendingPathComponent("c.sqlite").path
        func run(_ arguments: [String]) throws -> CLIRunner.Result {
            let result = try CLIRunner.run(arguments + ["--db", db])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            return result
        }
        _ = try run([
            "enterprise", "add", "--credit-code", "911522017566012341", "--name", "兴安测试化工有限公司", "--county", "乌兰浩特市",
            "--kind", "储存", "--in-park", "是",
        ])
        for (name, specialty) in [("甲", "安全管理"), ("乙", "化工设计"), ("丙", "电气仪表"), ("丁", "应急救援"), ("戊", "安全管理")] {
            _ = try run(["expert", "add", "--name", name, "--specialty", specialty])
        }
        _ = try run([
            "panel", "create", "--name", "一组", "--enterprise", "911522017566012341", "--start", "2019-07-01",
            "--end", "2019-07-02", "--leader", "1", "--member", "2", "--member", "3", "--member", "4", "--regulator",
            "5",
        ])
        #expect(
            try run(["assessment", "create", "--enterprise", "911522017566012341", "--panel", "1"]).stdout.contains(
                "已创建评估 #1"))
        let early = try CLIRunner.run(["assessment", "submit", "1", "--db", db])
        #expect(early.status == 2)
        #expect(early.stderr == "评估 #1：评估状态不能从“计划”变为“已提交”；当前可进行：开始现场评估（→现场评估中）\n")
        _ = try run(["assessment", "start", "1"])
        _ = try run([
            "assessment", "respond", "1", "--item", "A01", "--response", "不符合", "--finding", "主要负责人证书过期",
            "--expert", "甲", "--measure", "参加考核", "--deadline", "2019-08-01", "--responsible", "厂长",
        ])
        let answer = try run(["assessment", "answer", "1", "--rule", "1.4.1", "--value", "2"])
        #expect(answer.stdout == "已确认评估 #1 规则 1.4.1：2；当前得分 93，蓝色\n")
        let missing = try CLIRunner.run(["assessment", "submit", "1", "--date", "2019-07-05", "--db", db])
        #expect(missing.status == 2)
        #expect(missing.stderr.split(separator: "\n").count == 166 + 1 + 1 + 4)
        #expect(missing.stderr.contains("尚未填写专家组综合意见"))
        #expect(missing.stderr.contains("评估 #1：不能提交评估报告：以下预填的评分答案尚未经专家组确认：6.1.1\n"))
        _ = try run(["assessment", "answer", "1", "--confirm-all"])
        _ = try run(["assessment", "spot-check", "1", "--person", "张三", "--role", "主要负责人", "--result", "合格"])
        #expect(try run(["assessment", "show", "1"]).stdout.contains("  - 检查项 A02 未查"))
        #expect(try run(["assessment", "show", "1"]).stdout.contains("  - 尚未填写专家组综合意见"))
        let conclusion = try run(["assessment", "conclusion", "1", "--text", "  建议限期整改，整改后复查。 "])
        #expect(conclusion.stdout == "已更新评估 #1 的专家组综合意见\n")
        #expect(try run(["assessment", "conclusion", "1", "--text", "建议限期整改，整改后复查。"]).stdout.contains("未变化"))
        let shown = try run(["assessment", "show", "1"]).stdout
        #expect(shown.contains("专家组综合意见：建议限期整改，整改后复查。"))
        #expect(!shown.contains("尚未填写专家组综合意见"))
        let both = try CLIRunner.run(["assessment", "conclusion", "1", "--db", db])
        #expect(both.status == 64)
    }
}

@Suite("CLI: assessment verify (built binary)")
struct AssessmentVerifyCLITests {
    @Test("the code shown for a signed assessment verifies before and after a follow-up; unknown codes exit 2")
    func verify() throws {
        let folder = try RepositoryPaths.temporaryDirectory()
        let db = folder.appendingPathComponent("campaign.sqlite").path
        let imported = try CLIRunner.run(
            ["assessment", "import", "Checklists/examples/assessment/hongda-2019.yaml", "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        let show = try CLIRunner.run(["assessment", "show", "1", "--db", db])
        let line = try #require(show.stdout.split(separator: "\n").first { $0.hasPrefix("报告校验码：") })
        let code = String(line.dropFirst("报告校验码：".count))
        #expect(code.count == 24)

        let first = try CLIRunner.run(["assessment", "verify", code, "--db", db])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("企业：兴安盟宏达化工有限公司（911522017566012341）"))
        #expect(first.stdout.contains("评估：编号 1，第 1 版，签署日期"))
        #expect(first.stdout.contains("核验结果：一致"))
        let update = try CLIRunner.run(["hazard", "update", "4", "--status", "已整改", "--date", "2019-07-20", "--db", db])
        #expect(update.status == 0, "\(update.stderr)")
        let again = try CLIRunner.run(["assessment", "verify", code.lowercased(), "--db", db])
        #expect(again.status == 0)
        #expect(again.stdout == first.stdout)

        let unknown = try CLIRunner.run(["assessment", "verify", "0000-0000-0000-0000-0000", "--db", db])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("报告校验码 0000-0000-0000-0000-0000 不存在"))
        var altered = Array(code)
        altered[0] = altered[0] == "A" ? "B" : "A"
        let typo = try CLIRunner.run(["assessment", "verify", String(altered), "--db", db])
        #expect(typo.status == 2)
        let garbage = try CLIRunner.run(["assessment", "verify", "abc", "--db", db])
        #expect(garbage.status == 2)
        #expect(garbage.stderr.contains("不是有效的报告校验码"))
    }
}
