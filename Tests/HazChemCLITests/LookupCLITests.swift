import Foundation
import HazChemTestSupport
import Testing

/// Every command finds the tables and the regions the same way, from any folder.
@Suite("CLI: one table and configuration lookup (built binary)")
struct LookupCLITests {
    @Test("mhi compute and mhi import run from another folder on a fresh database find GB 18218 and the regions")
    func mhiElsewhere() throws {
        let folder = try RepositoryPaths.temporaryDirectory()
        let units = RepositoryPaths.checklists.appendingPathComponent("examples/mhi/units.yaml").path
        let computed = try CLIRunner.run(["mhi", "compute", "--units", units], in: folder)
        #expect(computed.status == 0, "\(computed.stderr)")
        #expect(!computed.stdout.isEmpty)

        let db = folder.appendingPathComponent("fresh.sqlite").path
        let added = try CLIRunner.run(
            [
                "enterprise", "add", "--credit-code", "911522017566012341", "--name", "兴安测试化工有限公司", "--county",
                "乌兰浩特市", "--kind", "储存", "--db", db,
            ], in: folder)
        #expect(added.status == 0, "\(added.stderr)")
        let imported = try CLIRunner.run(
            ["mhi", "import", "--enterprise", "911522017566012341", units, "--db", db], in: folder)
        #expect(imported.status == 0, "\(imported.stderr)")
    }
}
