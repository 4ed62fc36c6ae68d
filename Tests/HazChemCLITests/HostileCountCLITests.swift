import Foundation
import HazChemTestSupport
import Testing

/// Counts no enterprise can have: refused where they enter, and a stored one is an error, never a crash.
@Suite("CLI: implausible grading counts (built binary)")
struct HostileCountCLITests {
    @Test("assessment answer refuses Int.max and 10^15 with exit 2 naming the rule and value; database unchanged")
    func answerRefused() throws {
        let fixture = try DraftAssessmentFixture()
        let before = try fixture.fingerprint()
        for value in ["9223372036854775807", "1000000000000000"] {
            let result = try CLIRunner.run([
                "assessment", "answer", "1", "--rule", "1.4.1", "--value", value, "--db", fixture.db,
            ])
            #expect(result.status == 2)
            #expect(result.stderr.contains("规则 1.4.1 的项数 \(value) 不合理"), "\(result.stderr)")
        }
        #expect(try fixture.fingerprint() == before)
    }

    @Test("a stored count of Int.max: show, export form and export report answer with a Chinese error, no crash")
    func storedValue() throws {
        let fixture = try DraftAssessmentFixture()
        try fixture.run(["assessment", "answer", "1", "--rule", "1.4.1", "--value", "2"])
        try fixture.execute("UPDATE grading_answer SET value = 9223372036854775807 WHERE rule_id = '1.4.1'")
        let problem = "规则 1.4.1 的项数 9223372036854775807 不合理"

        let show = try CLIRunner.run(["assessment", "show", "1", "--db", fixture.db])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("评分答案有误：\(problem)"))

        let form = fixture.folder.appendingPathComponent("form.xlsx").path
        let exportForm = try CLIRunner.run(["export", "form", "1", "--out", form, "--db", fixture.db])
        #expect(exportForm.status == 0, "\(exportForm.stderr)")

        let report = fixture.folder.appendingPathComponent("report.xlsx").path
        let exportReport = try CLIRunner.run(["export", "report", "1", "--out", report, "--db", fixture.db])
        #expect(exportReport.status == 2)
        #expect(exportReport.stderr.contains("分级答案无法计分，不能生成评估报告：\(problem)"), "\(exportReport.stderr)")
    }

    @Test(
        "hazchem score with an implausible count exits 2 naming file, line, rule and value",
        arguments: [
            "9223372036854775807", "1000000000000000",
        ])
    func score(value: String) throws {
        let folder = try RepositoryPaths.temporaryDirectory()
        let file = folder.appendingPathComponent("answers.yaml")
        try "table: production-storage\nanswers:\n  \"1.4.1\": \(value)\n".write(
            to: file, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["score", "--answers", file.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("answers.yaml 第3行"), "\(result.stderr)")
        #expect(result.stderr.contains("规则 1.4.1 的项数 \(value) 不合理"), "\(result.stderr)")
    }
}
