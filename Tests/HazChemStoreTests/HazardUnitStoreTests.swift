import Foundation
import GRDB
import HazChemCore
import HazChemTables
import HazChemTestSupport
import Testing

@testable import HazChemStore

@Suite("Store: major hazard units, computation and enterprise levels")
struct HazardUnitStoreTests {
    let database: AppDatabase
    let enterprise: Enterprise
    let reference: MajorHazardReference

    init() throws {
        database = try StoreFixtures.database()
        enterprise = try database.addEnterprise(StoreFixtures.enterprise(1), actor: "测试员")
        reference = try MajorHazardReferenceLoader.load(tablesDirectory: RepositoryPaths.checklists)
    }

    static let example = RepositoryPaths.checklists.appendingPathComponent("examples/mhi/units.yaml")

    static func decimal(_ text: String) -> Rational { Rational(decimal: text)! }

    /// Two units in non-alphabetical order with t, kg, m³ and L lines and decimals at both limits.
    static let units = [
        HazardUnit(
            id: "T2", name: "甲醇储罐区", kind: .storage, peopleWithin500m: 40,
            chemicals: [
                ChemicalInventory(
                    name: "甲醇", cas: "67-56-1", categories: ["W5.3"], quantity: decimal("2000.125"),
                    unit: .cubicMetres, density: decimal("0.791234"))
            ]),
        HazardUnit(
            id: "P1", name: "溶剂回收装置", kind: .production, peopleWithin500m: 0,
            chemicals: [
                ChemicalInventory(
                    name: "正庚烷", categories: ["W5.1", "J3"], quantity: decimal("3000.5"), unit: .kilograms),
                ChemicalInventory(cas: "71-43-2", quantity: decimal("999999999999.999999"), unit: .tonnes),
                ChemicalInventory(
                    name: "某溶剂", categories: ["W5.3"], quantity: decimal("0.000001"), unit: .litres,
                    density: decimal("0.8")),
            ]),
    ]

    @Test("units round-trip exactly: order, kg, m³ with density, L, decimals at 12 integer and 6 decimal digits")
    func roundTrip() throws {
        let stored = try database.replaceHazardUnits(Self.units, enterpriseID: enterprise.id!, actor: "测试员")
        #expect(stored == Self.units)
        #expect(try database.hazardUnits(enterpriseID: enterprise.id!) == Self.units)
        let rows = try database.reader.read { db in
            try Row.fetchAll(
                db, sql: "SELECT quantity, unit, density, categories FROM hazard_unit_chemical ORDER BY id")
        }
        #expect(rows.map { $0["quantity"] as String } == ["2000.125", "3000.5", "999999999999.999999", "0.000001"])
        #expect(rows.map { $0["unit"] as String } == ["m3", "kg", "t", "L"])
        #expect(rows.map { $0["density"] as String? } == ["0.791234", nil, nil, "0.8"])
        #expect(rows.map { $0["categories"] as String } == [#"["W5.3"]"#, #"["W5.1","J3"]"#, "[]", #"["W5.3"]"#])
        let audit = try database.auditLog(AuditFilter(entity: "hazard_unit"))
        #expect(audit.map(\.action) == ["replace"])
        #expect(audit.first?.entityID == String(enterprise.id!))
        #expect(audit.first?.before == "[]")
        #expect(
            audit.first?.after?.hasPrefix(
                #"[{"chemicals":[{"cas":"67-56-1","categories":["W5.3"],"density":"0.791234","name":"甲醇","#
                    + #""quantity":"2000.125","unit":"m3"}],"code":"T2","kind":"storage","name":"甲醇储罐区","#
                    + #""people_within_500m":40},"#) == true)
        // The same list again changes nothing and writes no audit row.
        try database.replaceHazardUnits(Self.units, enterpriseID: enterprise.id!, actor: "测试员")
        #expect(try database.auditLog(AuditFilter(entity: "hazard_unit")).count == 1)
    }

    @Test("m³ without density, a fraction that is no decimal and a repeated code are refused; nothing changes")
    func refused() throws {
        try database.replaceHazardUnits(Self.units, enterpriseID: enterprise.id!, actor: "测试员")
        var bad = Self.units
        bad[0].chemicals[0].density = nil
        bad[1].chemicals[0].quantity = Rational(1, 3)
        bad.append(HazardUnit(id: "T2", name: "重复", kind: .storage, peopleWithin500m: -1, chemicals: []))
        let error = #expect(throws: StoreError.self) {
            try database.replaceHazardUnits(bad, enterpriseID: enterprise.id!, actor: "测试员")
        }
        #expect(error?.code == .invalidInput)
        #expect(
            error?.description == """
                单元 T2 化学品 甲醇 字段“密度”：计量单位为m³（体积），必须同时给出密度（t/m³）才能换算为吨；体积不能当作吨计算
                单元 P1 化学品 正庚烷 字段“设计最大量”：应为大于0的数（最多12位整数、6位小数），实际为≈0.333333
                单元 T2 字段“单元编号”：单元编号重复
                单元 T2 字段“500米内人数”：人数应为不小于0的整数
                单元 T2 字段“危险化学品”：单元未列出任何危险化学品
                """)
        #expect(try database.hazardUnits(enterpriseID: enterprise.id!) == Self.units)
        #expect(try database.auditLog(AuditFilter(entity: "hazard_unit")).count == 1)
    }

    @Test("the schema itself refuses a volume without density and a quantity that is not a plain decimal")
    func schemaChecks() throws {
        try database.replaceHazardUnits(Self.units, enterpriseID: enterprise.id!, actor: "测试员")
        let insert = """
            INSERT INTO hazard_unit_chemical (unit_id, position, name, quantity, unit, density)
            VALUES ((SELECT min(id) FROM hazard_unit), 9, '甲醇', ?, ?, ?)
            """
        for arguments: StatementArguments in [
            ["10", "m3", nil], ["10", "L", nil], ["1e3", "t", nil], ["0", "t", nil],
        ] {
            let error = #expect(throws: DatabaseError.self) {
                try database.writer.write { try $0.execute(sql: insert, arguments: arguments) }
            }
            #expect(error?.resultCode == .SQLITE_CONSTRAINT)
        }
        try database.writer.write { try $0.execute(sql: insert, arguments: ["10.5", "m3", "0.79"]) }
    }

    @Test("importing the example sets the levels to [3, 4] (rule 1.1.3) with audit rows; stored units recompute alike")
    func importSetsLevels() throws {
        let summary = try database.importHazardUnits(
            from: Self.example, enterpriseID: enterprise.id!, reference: reference, actor: "测试员")
        #expect(summary.enterprise.majorHazardLevels == [3, 4])
        #expect(summary.enterprise.highestMajorHazardLevel == 3)
        #expect(MajorHazardLevel(number: 3)?.gradingRuleID == "1.1.3")
        #expect(summary.assessment.gradingRuleID == "1.1.3")
        #expect(summary.previousUnitCount == 0 && summary.unitsChanged && summary.levelsChanged)
        #expect(summary.fileEnterprise == "示例化工有限公司")
        #expect(try database.enterprise(id: enterprise.id!)?.majorHazardLevels == [3, 4])
        let stored = try database.majorHazardAssessment(enterpriseID: enterprise.id!, reference: reference)
        #expect(stored.units.map(\.unit.id) == ["T1", "T2", "P1"])
        #expect(stored.units.map(\.r) == [Rational(32), Self.decimal("3.792"), nil])
        #expect(stored.text == summary.assessment.text)

        let unitAudit = try database.auditLog(AuditFilter(entity: "hazard_unit"))
        #expect(unitAudit.map(\.action) == ["import"])
        let enterpriseAudit = try database.auditLog(AuditFilter(entity: "enterprise", entityID: String(enterprise.id!)))
        #expect(enterpriseAudit.map(\.action) == ["update", "create"])
        #expect(enterpriseAudit[0].before?.contains(#""major_hazard_levels":[],"#) == true)
        #expect(enterpriseAudit[0].after?.contains(#""major_hazard_levels":[3,4],"#) == true)

        // The same file again: nothing rewritten, no new audit rows.
        let again = try database.importHazardUnits(
            from: Self.example, enterpriseID: enterprise.id!, reference: reference, actor: "测试员")
        #expect(!again.unitsChanged && !again.levelsChanged && again.previousUnitCount == 3)
        #expect(try database.auditLog(AuditFilter(entity: "hazard_unit")).count == 1)
        #expect(try database.auditLog(AuditFilter(entity: "enterprise")).count == 2)
    }

    @Test("updateMajorHazardLevels replaces levels entered by hand with the computed ones")
    func updateLevels() throws {
        var edited = enterprise
        edited.majorHazardLevels = [1]
        try database.updateEnterprise(edited, actor: "测试员")
        try database.replaceHazardUnits(
            try MajorHazardInventory.load(contentsOf: Self.example).units, enterpriseID: enterprise.id!, actor: "测试员")
        let assessment = try database.majorHazardAssessment(enterpriseID: enterprise.id!, reference: reference)
        let updated = try database.updateMajorHazardLevels(
            enterpriseID: enterprise.id!, from: assessment, actor: "审核员")
        #expect(updated.majorHazardLevels == [3, 4])
        let audit = try database.auditLog(AuditFilter(entity: "enterprise", user: "审核员"))
        #expect(audit.count == 1)
        #expect(audit.first?.before?.contains(#""major_hazard_levels":[1],"#) == true)
    }

    @Test("a bad CSV row stores nothing: every problem with row and column, previous units and levels intact")
    func atomicImport() throws {
        try database.importHazardUnits(
            from: Self.example, enterpriseID: enterprise.id!, reference: reference, actor: "测试员")
        let before = try database.hazardUnits(enterpriseID: enterprise.id!)
        let auditCount = try database.auditLog().count
        let csv = try StoreFixtures.file(
            """
            单元编号,单元名称,单元类型,500米内人数,危险化学品名称,CAS号,危险性类别,设计最大量,计量单位,密度(t/m³)
            T1,液氨储罐区,储存单元,120,液氨,7664-41-7,,80,t,
            T2,甲醇储罐区,储存单元,40,甲醇,67-56-1,W5.3,2000,m3,
            P1,溶剂回收装置,生产单元,0,某未知物,,,3000,kg,
            P1,,,,苯,71-43-2,W5.1,20,吨,
            """, name: "bad.csv")
        let error = #expect(throws: StoreError.self) {
            try database.importHazardUnits(from: csv, enterpriseID: enterprise.id!, reference: reference, actor: "测试员")
        }
        #expect(error?.code == .invalidInput)
        #expect(
            error?.description == """
                bad.csv 第3行 列“密度(t/m³)”：（单元T2 甲醇）计量单位为m³（体积），必须同时给出密度（t/m³）才能换算为吨；体积不能当作吨计算
                bad.csv 第4行 列“危险性类别”：（单元P1 某未知物）不在表1中，应填写危险性类别（表2代码，如W5.3、J3）以确定临界量
                """)
        #expect(try database.hazardUnits(enterpriseID: enterprise.id!) == before)
        #expect(try database.enterprise(id: enterprise.id!)?.majorHazardLevels == [3, 4])
        #expect(try database.auditLog().count == auditCount)
    }

    @Test("an unknown enterprise and a file without units are refused")
    func refusedImports() throws {
        let missing = #expect(throws: StoreError.self) {
            try database.importHazardUnits(from: Self.example, enterpriseID: 99, reference: reference, actor: "测试员")
        }
        #expect(missing?.code == .notFound && missing?.description == "企业 #99：企业不存在")
        let empty = try StoreFixtures.file("kind: mhi-units\nunits: []\n", name: "empty.yaml")
        let refused = #expect(throws: StoreError.self) {
            try database.importHazardUnits(
                from: empty, enterpriseID: enterprise.id!, reference: reference, actor: "测试员")
        }
        #expect(refused?.description == "empty.yaml：文件中没有任何单元，未导入")
        #expect(try database.hazardUnits(enterpriseID: enterprise.id!).isEmpty)
    }
}
