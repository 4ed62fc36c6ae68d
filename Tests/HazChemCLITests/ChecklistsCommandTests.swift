import Foundation
import HazChemTestSupport
import Testing

/// End-to-end `hazchem checklists list|show|validate`.
@Suite("hazchem checklists")
struct ChecklistsCommandTests {
    @Test("validate passes the shipped folder file by file")
    func validateShipped() throws {
        let result = try CLIRunner.run(["checklists", "validate", "Checklists"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("通过  production-storage.yaml"))
        #expect(result.stdout.contains("通过  trading.yaml"))
        #expect(!result.stdout.contains("examples"))
        #expect(result.stdout.contains("全部通过"))
    }

    @Test("validate reports each bad file with its problems and exits 2")
    func validateBad() throws {
        let folder = try RepositoryPaths.temporaryDirectory()
        let trading = try String(
            contentsOf: RepositoryPaths.checklists.appendingPathComponent("trading.yaml"), encoding: .utf8)
        try trading.write(to: folder.appendingPathComponent("good.yaml"), atomically: true, encoding: .utf8)
        try trading.replacingOccurrences(of: "id: trading", with: "id: other")
            .replacingOccurrences(of: "max_count: 2", with: "max_count: 0")
            .write(to: folder.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        try "kind: recipe\n".write(to: folder.appendingPathComponent("odd.yaml"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["checklists", "validate", folder.path])
        #expect(result.status == 2)
        #expect(result.stdout.contains("错误  bad.yaml"))
        #expect(
            result.stdout.contains("字段 categories[1].projects[0].rules[3].max_count：规则 T2.1.4 的 max_count 应为正整数，实际为0"))
        #expect(result.stdout.contains("通过  good.yaml"))
        #expect(result.stdout.contains("错误  odd.yaml"))
        #expect(result.stdout.contains("odd.yaml 第1行 字段 kind：未知的表类型“recipe”"))
        #expect(result.stdout.contains("共 3 个文件，2 个有问题"))
        #expect(result.stderr.contains("校验未通过"))
    }

    @Test("validate a single file")
    func validateFile() throws {
        let result = try CLIRunner.run(["checklists", "validate", "Checklists/trading.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("通过  trading.yaml"))
    }

    @Test("list shows id, kind, version, status, applies_to and title")
    func list() throws {
        let result = try CLIRunner.run(["checklists", "list"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\n").map {
            $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        }
        #expect(
            rows.contains([
                "production-storage", "grading", "2018", "official", "production,storage,tradingWithStorage",
                "危险化学品生产储存企业安全风险评估诊断分级表",
            ]))
        #expect(
            rows.contains {
                $0.first == "trading" && $0.contains("local-default") && $0.contains("tradingWithoutStorage")
            })
    }

    @Test("show dumps a grading table")
    func show() throws {
        let result = try CLIRunner.run(["checklists", "show", "production-storage"])
        #expect(result.status == 0, "\(result.stderr)")
        for fragment in [
            "6.1 人员资质（上限15分）", "7.1 安全管理制度（上限10分）", "8.1 应急管理（不设上限）",
            "6.1.5 企业主要负责人、分管安全生产工作负责人、安全管理部门主要负责人为化学化工类专业毕业的，每一人次加2分 — 每项加2分（最多3项）",
            "1.1.1 存在一级危险化学品重大危险源的，扣10分 — 扣10分［等级组 mhi-level：只按最重一项计分］",
            "9.1.1 安全生产标准化为一级的，加15分 — 加15分［互斥组 standardisation：最多选一项］",
            "R4 三年内发生过重大以上安全事故", "分级（下限含本数）：蓝色 ≥ 90；黄色 ≥ 75；橙色 ≥ 60；红色 ≥ 0",
        ] {
            #expect(result.stdout.contains(fragment), "missing: \(fragment)")
        }
        let unknown = try CLIRunner.run(["checklists", "show", "nosuch"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("未知的表编号"))
    }
}

/// `hazchem checklists show` of a checklist and of a criteria list.
@Suite("hazchem checklists show (checklists)")
struct ChecklistsShowChecklistTests {
    @Test("show prints a checklist's sections with their specialty and every item")
    func showChecklist() throws {
        let result = try CLIRunner.run(["checklists", "show", "trading-checklist"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("尚未实现"))
        #expect(result.stdout.contains("trading-checklist  危险化学品经营企业（不带储存）安全风险评估检查表"))
        #expect(result.stdout.contains("分级表：trading"))
        #expect(result.stdout.contains("（专业：安全管理，"))
        #expect(result.stdout.contains("      依据："))
        let producer = try CLIRunner.run(["checklists", "show", "production-storage-checklist"])
        #expect(producer.status == 0, "\(producer.stderr)")
        #expect(producer.stdout.contains("【A 安全管理机构与人员】（专业：安全管理，"))
        #expect(producer.stdout.contains("  A01 主要负责人经应急管理部门安全生产知识和管理能力考核合格，证书在有效期内［121号第1条；分级规则 6.1.1］"))
        #expect(producer.stdout.contains("共 ") && producer.stdout.contains("个检查项"))
    }

    @Test("show prints the 20 criteria of 121号")
    func showCriteria() throws {
        let result = try CLIRunner.run(["checklists", "show", "major-hazard-criteria-121"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("  20. "))
        #expect(!result.stdout.contains("尚未实现"))
    }
}
