import Foundation
import GRDB
import HazChemCore
import HazChemTestSupport
import Testing

@testable import HazChemStore

/// The enterprise flag 涉及自身反应性化学品装置 (assessed by the provincial regulator).
@Suite("Self-reactive units flag")
struct SelfReactiveUnitsTests {
    @Test("an enterprise stored before the v4 migration opens with the flag off and every particular kept")
    func migration() throws {
        let queue = try DatabaseQueue(configuration: AppDatabase.makeConfiguration())
        try Schema.migrator.migrate(queue, upTo: "v3-web2")
        let code = StoreFixtures.creditCode(7)
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO region (code, name, level, parent_code) VALUES ('152200', '兴安盟', 'prefecture', NULL),
                        ('152201', '乌兰浩特市', 'county', '152200');
                    INSERT INTO enterprise (credit_code, name, county_code, kind, in_chemical_park, created_at, updated_at)
                    VALUES (?, '旧库企业', '152201', 'production', 1, '2019-07-01', '2019-07-01');
                    """, arguments: [code])
        }
        let database = try AppDatabase(queue)
        let enterprise = try #require(try database.enterprise(creditCode: CreditCode(code)!))
        #expect(enterprise.name == "旧库企业" && enterprise.inChemicalPark)
        #expect(enterprise.selfReactiveUnits == false)
    }

    /// Cell text, flag parsed (nil: refused).
    static let cells: [(String, Bool?)] = [("是", true), ("否", false), ("", false), ("Y", true), ("有时", nil)]

    @Test("the import reads the optional column; a bad cell names row and column", arguments: cells)
    func importColumn(cell: String, expected: Bool?) throws {
        let database = try StoreFixtures.database()
        let text =
            "统一社会信用代码,企业名称,旗县市,企业类型,涉及自身反应性化学品装置\n"
            + "\(StoreFixtures.creditCode(3)),兴安化工3有限公司,乌兰浩特市,生产,\(cell)\n"
        let url = try StoreFixtures.file(text)
        if let expected {
            _ = try database.importEnterprises(from: url, actor: "导入员")
            let stored = try #require(try database.enterprise(creditCode: CreditCode(StoreFixtures.creditCode(3))!))
            #expect(stored.selfReactiveUnits == expected)
        } else {
            let error = #expect(throws: StoreError.self) { try database.importEnterprises(from: url, actor: "导入员") }
            #expect(error?.description == "enterprises.csv 第2行 列“涉及自身反应性化学品装置”：应为“是”或“否”，实际为“有时”")
            #expect(try database.enterpriseCount() == 0)
        }
    }

    @Test("update stores the flag, the audit log records it, the register carries it")
    func update() throws {
        let database = try StoreFixtures.database()
        var enterprise = try database.addEnterprise(StoreFixtures.enterprise(4), actor: "测试员")
        enterprise.selfReactiveUnits = true
        _ = try database.updateEnterprise(enterprise, actor: "测试员")
        #expect(try database.enterprise(creditCode: enterprise.creditCode)?.selfReactiveUnits == true)
        let entries = try database.auditLog(AuditFilter(entity: "enterprise", user: "测试员"))
        let change = try #require(entries.first { $0.action == "update" })
        #expect(change.before?.contains("\"self_reactive_units\":false") == true)
        #expect(change.after?.contains("\"self_reactive_units\":true") == true)
        let flags = try database.withRegisterEntries { entries in entries.map(\.selfReactiveUnits) }
        #expect(flags == [true])
        #expect(enterprise.selfReactiveUnitsLabel == "是（由省级应急管理部门评估）")
        #expect(enterprise.fieldTexts[.selfReactiveUnits] == "是")
    }

    @Test("re-importing a file without the column keeps the stored flag; a file with the column sets it")
    func reimport() throws {
        let database = try StoreFixtures.database()
        var enterprise = try database.addEnterprise(StoreFixtures.enterprise(6), actor: "测试员")
        enterprise.selfReactiveUnits = true
        _ = try database.updateEnterprise(enterprise, actor: "测试员")
        let row = "\(StoreFixtures.creditCode(6)),兴安化工6有限公司,乌兰浩特市,生产"
        let without = try StoreFixtures.file("统一社会信用代码,企业名称,旗县市,企业类型\n\(row)\n")
        let kept = try database.importEnterprises(from: without, actor: "导入员")
        #expect(kept.unchanged == 1 && kept.updated == 0)
        #expect(try database.enterprise(creditCode: enterprise.creditCode)?.selfReactiveUnits == true)
        let with = try StoreFixtures.file("统一社会信用代码,企业名称,旗县市,企业类型,涉及自身反应性化学品装置\n\(row),否\n")
        let changed = try database.importEnterprises(from: with, actor: "导入员")
        #expect(changed.updated == 1)
        #expect(try database.enterprise(creditCode: enterprise.creditCode)?.selfReactiveUnits == false)
    }
}
