import Foundation
import HazChemCore
import HazChemStore
import Testing

@Suite("Enterprise CSV import writes new enterprises in batches")
struct EnterpriseImportBatchTests {
    @Test("new rows across batch boundaries, between updates, keep file order, ids and one audit row each")
    func batchesAndUpdates() throws {
        let database = try StoreFixtures.database()
        // Enterprises 100 and 205 exist; the file updates both, between runs of new rows longer than a batch.
        try database.addEnterprise(StoreFixtures.enterprise(100), actor: "测试员")
        try database.addEnterprise(StoreFixtures.enterprise(205), actor: "测试员")
        let numbers = Array(1...250)
        let text = ([StoreFixtures.fullHeader] + numbers.map { StoreFixtures.csvRow($0) }).joined(separator: "\n")
        let summary = try database.importEnterprises(from: try StoreFixtures.file(text), actor: "导入员")
        #expect(summary == EnterpriseImportSummary(rows: 250, inserted: 248, updated: 2, unchanged: 0, rejected: 0))

        let stored = try database.enterprises()
        #expect(stored.count == 250)
        // The two existing rows keep ids 1 and 2; new rows get 3… in file order.
        let byCode = Dictionary(uniqueKeysWithValues: stored.map { ($0.creditCode.value, $0.id!) })
        let newNumbers = numbers.filter { $0 != 100 && $0 != 205 }
        #expect(newNumbers.map { byCode[StoreFixtures.creditCode($0)]! } == Array(3...250).map(Int64.init))
        #expect(byCode[StoreFixtures.creditCode(100)] == 1 && byCode[StoreFixtures.creditCode(205)] == 2)

        // Audit rows (oldest first): created in file order, the updates where they fall in the file.
        let entries = try database.auditLog(AuditFilter(entity: "enterprise", user: "导入员", limit: 1000)).reversed()
        let trail = entries.map { "\($0.action) \($0.entityID ?? "-")" }
        let expected =
            (3...101).map { "create \($0)" } + ["update 1"] + (102...205).map { "create \($0)" } + ["update 2"]
            + (206...250).map { "create \($0)" } + ["import -"]
        #expect(trail == expected)
        let last = try #require(entries.first { $0.entityID == "250" })
        #expect(last.after?.contains("\"credit_code\":\"\(StoreFixtures.creditCode(250))\"") == true)
        #expect(last.after?.contains("\"hazardous_processes\":[\"氯化\",\"硝化\"]") == true)
        #expect(last.before == nil)
    }
}
