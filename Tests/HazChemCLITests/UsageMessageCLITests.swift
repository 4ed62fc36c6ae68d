import Foundation
import Testing

/// The argument parser's own errors reach users in Chinese, with the usage line and a non-zero exit.
@Suite("usage errors in Chinese")
struct UsageMessageCLITests {
    @Test(
        "each kind of usage error is translated and exits 64",
        arguments: [
            (["score"], "缺少必填参数"),
            (["score", "--answers"], "选项 --answers"),
            (["score", "--answers", "x.yaml", "--bogus"], "未知选项 --bogus"),
            (["score", "--answers", "x.yaml", "extra"], "多余的参数 extra"),
            (["score", "--answers", "x.yaml", "--format", "pdf"], "参数 --format"),
        ])
    func translated(arguments: [String], expected: String) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains("错误："))
        #expect(result.stderr.contains(expected), "\(result.stderr)")
        #expect(result.stderr.contains("用法："))
        #expect(!result.stderr.contains("Error:"))
        #expect(result.stdout.isEmpty)
    }

    @Test("help still goes to stdout and exits 0")
    func help() throws {
        let result = try CLIRunner.run(["score", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("--answers"))
    }
}
