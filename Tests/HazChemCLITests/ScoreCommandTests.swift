import Foundation
import HazChemTestSupport
import Testing

/// End-to-end `hazchem score`: the text sheet, the JSON shape, and exit code 2 with every problem on stderr.
@Suite("hazchem score")
struct ScoreCommandTests {
    @Test("text score sheet of a red-by-score example")
    func text() throws {
        let result = try CLIRunner.run(["score", "--answers", "Checklists/examples/production-red-score.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        for fragment in [
            "危险化学品生产储存企业安全风险评估诊断分级表（production-storage，2018版，正式文件）",
            "依据：应急〔2018〕19号",
            "【6 人员资质】",
            "6.1 人员资质（上限15分）：扣分合计18分，超过上限，按15分扣",
            "6.1.1 企业主要负责人和安全生产管理人员未依法经考核合格的，每一人次扣5分：2项 × 5 = 扣10分",
            "7.1 安全管理制度（上限10分）：扣分合计13分，超过上限，按10分扣",
            "1.2.3 生产、储存其他重点监管危险化学品的（实验室化学试剂除外），每一种扣0.1分：20项 × 0.1 = 扣2分",
            "8.1 应急管理（不设上限）：无扣分",
            "9.1.3 安全生产标准化为三级的，加2分：是，加2分",
            "起始分 100，扣分合计 56，加分合计 2",
            "总分：46",
            "风险等级：红色",
            "可选处置：整改提升（默认）；停产整改或关闭淘汰",
        ] {
            #expect(result.stdout.contains(fragment), "missing: \(fragment)")
        }
    }

    @Test("text sheet of direct red names the reason and the score grade")
    func directRed() throws {
        let result = try CLIRunner.run(["score", "--answers", "Checklists/examples/production-red-direct.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("总分：119"))
        #expect(result.stdout.contains("按分数：蓝色"))
        #expect(result.stdout.contains("R3 危险化学品特种作业人员未持有效证件上岗或者未达到高中以上文化程度的"))
        #expect(result.stdout.contains("风险等级：红色（直接判定）"))
    }

    @Test("JSON output: table, total, grade, directRed, projects, rules, dispositions")
    func json() throws {
        let result = try CLIRunner.run([
            "score", "--answers", "Checklists/examples/production-blue.yaml", "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["table"] as? String == "production-storage")
        #expect((object["total"] as? NSNumber)?.doubleValue == 98.3)
        #expect(result.stdout.contains("\"total\" : 98.3"))
        #expect(object["grade"] as? String == "blue")
        #expect(object["scoreGrade"] as? String == "blue")
        #expect(object["directRed"] as? [String] == [])
        #expect(object["dispositions"] as? [String] == ["consolidate"])
        let projects = try #require(object["projects"] as? [[String: Any]])
        #expect(projects.count == 12)
        let first = try #require(projects.first)
        #expect(first["id"] as? String == "1.1")
        #expect(first["name"] as? String == "重大危险源")
        #expect((first["cap"] as? NSNumber)?.intValue == 10)
        #expect((first["deducted"] as? NSNumber)?.intValue == 6)
        #expect((first["bonus"] as? NSNumber)?.intValue == 0)
        let emergency = try #require(projects.first { $0["id"] as? String == "8.1" })
        #expect(emergency["cap"] is NSNull)
        #expect((emergency["bonus"] as? NSNumber)?.intValue == 3)
        let rules = try #require(object["rules"] as? [[String: Any]])
        #expect(
            rules.map { $0["id"] as? String } == [
                "1.1.3", "1.1.4", "1.2.3", "1.3.1", "1.4.2", "2.1.1", "6.1.5", "8.1.1", "9.1.2",
            ])
        let superseded = try #require(rules.first { $0["id"] as? String == "1.1.4" })
        #expect(superseded["supersededBy"] as? String == "1.1.3")
        #expect(superseded["counted"] as? Bool == false)
        let counted = try #require(rules.first { $0["id"] as? String == "1.2.3" })
        #expect((counted["answer"] as? NSNumber)?.intValue == 12)
        #expect((counted["amount"] as? NSNumber)?.doubleValue == 1.2)
        // Keys are sorted.
        let keys = result.stdout.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map {
            String($0.dropFirst(3).prefix { $0 != "\"" })
        }
        #expect(keys == keys.sorted())
    }

    @Test("JSON of a direct-red trading example")
    func jsonDirectRed() throws {
        let result = try CLIRunner.run([
            "score", "--answers", "Checklists/examples/production-red-direct.yaml", "--format", "json",
        ])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["directRed"] as? [String] == ["R3"])
        #expect(object["grade"] as? String == "red")
        #expect(object["dispositions"] as? [String] == ["rectify", "closeOrSuspend"])
    }

    @Test("invalid answers: exit 2, every problem on stderr, nothing on stdout")
    func invalid() throws {
        let folder = try RepositoryPaths.temporaryDirectory()
        let file = folder.appendingPathComponent("bad.yaml")
        try """
        table: production-storage
        answers:
          "6.1.5": 4
          "1.1.2": 2
          "9.1.1": true
          "9.1.3": true
          "Z": true
        direct_red: [R7]
        """.write(to: file, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["score", "--answers", file.path])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(
            lines == [
                "bad.yaml 第3行 字段 answers.6.1.5：规则 6.1.5 最多计3项（人），实际为 4",
                "bad.yaml 第4行 字段 answers.1.1.2：规则 1.1.2 为是/否项，答案应为 true 或 false，实际为数字 2",
                "bad.yaml 第6行 字段 answers.9.1.3：规则 9.1.1、9.1.3 同属互斥组“standardisation”，最多只能有一项为 true",
                "bad.yaml 第7行 字段 answers.Z：未知规则编号“Z”：分级表 production-storage 中没有此规则",
                "bad.yaml 第8行 字段 direct_red[0]：未知的直接判定红色条件“R7”：分级表 production-storage 中只有 R1、R2、R3、R4",
            ], "\(result.stderr)")
    }

    @Test("a missing answers file and a missing tables folder exit 2")
    func missing() throws {
        let noFile = try CLIRunner.run(["score", "--answers", "no-such.yaml"])
        #expect(noFile.status == 2)
        #expect(noFile.stderr.contains("no-such.yaml：答案文件不存在"))
        let noTables = try CLIRunner.run([
            "score", "--answers", "Checklists/examples/production-blue.yaml", "--tables", "/no/such/dir",
        ])
        #expect(noTables.status == 2)
        #expect(noTables.stderr.contains("检查表目录不存在或不是目录"))
    }

    @Test("the tables folder is found from the executable when run elsewhere")
    func elsewhere() throws {
        let folder = try RepositoryPaths.temporaryDirectory()
        let answers = RepositoryPaths.checklists.appendingPathComponent("examples/trading-yellow.yaml").path
        let result = try CLIRunner.run(["score", "--answers", answers], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("总分：79"))
        #expect(result.stdout.contains("本地默认"))
    }
}
