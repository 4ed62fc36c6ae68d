import Foundation
import HazChemTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `demo --force` replaces the database only once the new one is complete.
@Suite("CLI: demo --force never leaves an empty database (built binary)")
struct DemoReplaceTests {
    /// A small demo database and its fingerprint.
    private func demo() throws -> (folder: URL, db: String, fingerprint: String) {
        let folder = try RepositoryPaths.temporaryDirectory()
        let db = folder.appendingPathComponent("demo.sqlite").path
        let first = try CLIRunner.run(["demo", "--db", db, "--enterprises", "12", "--seed", "5"])
        #expect(first.status == 0, "\(first.stderr)")
        return (folder, db, try FileFingerprint.of(db))
    }

    @Test(
        "a bad --tables, a missing --regions file and a broken table leave the old database unchanged (schema and every row)"
    )
    func badInputs() throws {
        let (folder, db, before) = try demo()
        let broken = folder.appendingPathComponent("tables", isDirectory: true)
        try FileManager.default.copyItem(at: RepositoryPaths.checklists, to: broken)
        try "kind: grading\nid: [\n".write(
            to: broken.appendingPathComponent("production-storage.yaml"), atomically: true, encoding: .utf8)
        let cases: [([String], String)] = [
            (["--tables", folder.appendingPathComponent("none").path], "none"),
            (["--regions", folder.appendingPathComponent("missing.yaml").path], "找不到"),
            (["--tables", broken.path], "production-storage.yaml"),
        ]
        for (arguments, words) in cases {
            let result = try CLIRunner.run(["demo", "--db", db, "--enterprises", "12", "--force"] + arguments)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(words), "\(arguments): \(result.stderr)")
            #expect(try FileFingerprint.of(db) == before, "\(arguments)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") } == [])
    }

    @Test("kill -9 during the build leaves the old database; the next run replaces it and cleans up")
    func killed() throws {
        let (folder, db, before) = try demo()
        let process = Process()
        process.executableURL = RepositoryPaths.hazchemBinary
        process.arguments = ["demo", "--db", db, "--enterprises", "400", "--force"]
        process.currentDirectoryURL = RepositoryPaths.root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let building = folder.appendingPathComponent(".demo.sqlite.building.sqlite").path
        let deadline = Date().addingTimeInterval(20)
        while !FileManager.default.fileExists(atPath: building), Date() < deadline { usleep(20_000) }
        usleep(300_000)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try FileFingerprint.of(db) == before)
        let shown = try CLIRunner.run(["enterprise", "list", "--db", db])
        #expect(shown.status == 0)
        #expect(shown.stdout.split(separator: "\n").count >= 12)

        let again = try CLIRunner.run(["demo", "--db", db, "--enterprises", "15", "--seed", "5", "--force"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try FileFingerprint.of(db) != before)
        #expect(!FileManager.default.fileExists(atPath: building))
    }
}
