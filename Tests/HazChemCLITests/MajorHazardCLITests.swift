import Foundation
import HazChemTestSupport
import Testing

@Suite("hazchem mhi compute (end to end, built binary)")
struct MajorHazardCLITests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the built `hazchem` in the checkout's top folder.
    func hazchem(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = RepositoryPaths.hazchemBinary
        process.arguments = arguments
        process.currentDirectoryURL = RepositoryPaths.root
        process.environment = ProcessInfo.processInfo.environment.filter { $0.key != "HAZCHEM_TABLES" }
            .merging(environment) { $1 }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test("the example units file: Chinese breakdown, highest level 三级 and grading rule 1.1.3")
    func text() throws {
        let run = try hazchem(["mhi", "compute", "--units", "Checklists/examples/mhi/units.yaml"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        // T1: S = 40/10 + 10/5 = 6, R = 2 × (2×4 + 4×2) = 32 → 三级; T2: S = 1580/500 = 3.16,
        // R = 1.2 × 3.16 = 3.792 → 四级; P1: S = 0.3 + 0.4 = 0.7 → not major.
        #expect(
            run.stdout == """
                企业：示例化工有限公司
                危险化学品重大危险源辨识与分级（依据 GB 18218-2018）

                1. 单元 T1 液氨液氯储罐区（储存单元，厂外500米内120人）
                   (1) 液氨（CAS 7664-41-7）
                       q = 40 t；Q = 10 t［表1第1项（氨）］；β = 2［表3］
                       q/Q = 4；β·q/Q = 8
                   (2) 液氯
                       q = 10 t；Q = 5 t［表1第12项（氯）］；β = 4［表3］
                       q/Q = 2；β·q/Q = 8
                   S = Σq/Q = 4 + 2 = 6 ≥ 1，构成重大危险源
                   R = α·Σβ·q/Q = 2 × 16 = 32（α = 2：厂外500米内120人）
                   分级：三级重大危险源

                2. 单元 T2 甲醇储罐区（储存单元，厂外500米内40人）
                   (1) 甲醇
                       q = 2000 m³ × 0.79 t/m³ = 1580 t；Q = 500 t［表1第65项（甲醇）］；β = 1［表4 W5.3］
                       q/Q = 3.16；β·q/Q = 3.16
                   S = Σq/Q = 3.16 ≥ 1，构成重大危险源
                   R = α·Σβ·q/Q = 1.2 × 3.16 = 3.792（α = 1.2：厂外500米内40人）
                   分级：四级重大危险源

                3. 单元 P1 溶剂回收装置（生产单元，厂外500米内0人）
                   (1) 正庚烷（CAS 142-82-5）
                       q = 3000 kg = 3 t；Q = 10 t［表2 W5.1］；β = 1.5［表4 W5.1］
                       q/Q = 0.3；β·q/Q = 0.45
                   (2) 苯
                       q = 20 t；Q = 50 t［表1第57项（苯）］；β = 1.5［表4 W5.1］
                       q/Q = 0.4；β·q/Q = 0.6
                   S = Σq/Q = 0.3 + 0.4 = 0.7 < 1，不构成重大危险源

                企业结论：
                  共3个单元，构成重大危险源2个（三级1个，四级1个）。
                  最高等级：三级重大危险源。
                  对应分级表规则：1.1.3（涉及三级重大危险源）。

                """)
    }

    @Test("JSON output carries the same numbers and the grading rule")
    func json() throws {
        let run = try hazchem([
            "mhi", "compute", "--units", "Checklists/examples/mhi/inventory.csv", "--format", "json", "--tables",
            "Checklists",
        ])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["grading_rule"] as? String == "1.1.3")
        #expect(object["highest_level"] as? String == "third")
        #expect(object["major_unit_count"] as? Int == 2)
        let units = try #require(object["units"] as? [[String: Any]])
        #expect(units.map { $0["id"] as? String } == ["T1", "T2", "P1"])
        #expect(units.map { ($0["r"] as? NSNumber)?.doubleValue } == [32, 3.792, nil])
        #expect(units.map { $0["major"] as? Bool } == [true, true, false])
    }

    @Test("invalid input exits 2 and lists every problem on stderr")
    func invalid() throws {
        let folder = try RepositoryPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.yaml")
        try """
        units:
          - id: T1
            kind: storage
            people_within_500m: 10
            chemicals:
              - { name: 甲醇, quantity: 2000, unit: m3 }
              - { name: 某溶剂, quantity: 5, unit: L }
        """.write(to: file, atomically: true, encoding: .utf8)
        let run = try hazchem(["mhi", "compute", "--units", file.path])
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(
            run.stderr == """
                错误：输入有3处问题，未计算。
                bad.yaml 第6行 字段 units[0].chemicals[0].density：（单元T1 甲醇）计量单位为m³（体积），必须同时给出密度（t/m³）才能换算为吨；体积不能当作吨计算
                bad.yaml 第7行 字段 units[0].chemicals[1].density：（单元T1 某溶剂）计量单位为L（体积），必须同时给出密度（t/m³）才能换算为吨；体积不能当作吨计算
                bad.yaml 第7行 字段 units[0].chemicals[1].categories：（单元T1 某溶剂）不在表1中，应填写危险性类别（表2代码，如W5.3、J3）以确定临界量

                """)
    }

    @Test("HAZCHEM_TABLES is used when --tables is absent")
    func tablesFromEnvironment() throws {
        let run = try hazchem(
            ["mhi", "compute", "--units", "Checklists/examples/mhi/units.yaml"],
            environment: ["HAZCHEM_TABLES": "/nonexistent"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("/nonexistent 字段 HAZCHEM_TABLES：检查表目录不存在或不是目录"), "\(run.stderr)")
    }
}
