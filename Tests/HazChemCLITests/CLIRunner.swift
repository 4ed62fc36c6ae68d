import Foundation
import HazChemTestSupport

/// Runs the built `hazchem` binary and captures its exit status and output.
enum CLIRunner {
    /// What one run produced.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `hazchem args…` in `directory` (the checkout by default) without `HAZCHEM_TABLES` set.
    static func run(
        _ arguments: [String], in directory: URL = RepositoryPaths.root, environment extra: [String: String] = [:]
    ) throws -> Result {
        let scratch = try RepositoryPaths.temporaryDirectory()
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = RepositoryPaths.hazchemBinary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["HAZCHEM_TABLES"] = nil
        environment.merge(extra) { $1 }
        process.environment = environment
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        let result = Result(
            status: process.terminationStatus,
            stdout: try String(contentsOf: outURL, encoding: .utf8),
            stderr: try String(contentsOf: errURL, encoding: .utf8))
        try? FileManager.default.removeItem(at: scratch)
        return result
    }
}
