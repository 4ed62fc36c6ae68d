import Foundation
import HazChemCore
import HazChemStore
import HazChemTables
import Testing

@Suite("Enterprise CSV import: all rows or none, every problem reported")
struct EnterpriseImportTests {
    @Test("a valid file with BOM and CRLF is stored whole, each row audited")
    func validFile() throws {
        let database = try StoreFixtures.database()
        let text =
            "\u{FEFF}"
            + ([StoreFixtures.fullHeader] + (1...3).map { StoreFixtures.csvRow($0) }).joined(separator: "\r\n")
        var steps: [EnterpriseImportProgress] = []
        let summary = try database.importEnterprises(
            from: try StoreFixtures.file(text), options: EnterpriseImportOptions(progress: { steps.append($0) }),
            actor: "导入员")
        #expect(summary == EnterpriseImportSummary(rows: 3, inserted: 3, updated: 0, unchanged: 0, rejected: 0))
        #expect(steps == [.init(phase: .validating, done: 3, total: 3), .init(phase: .writing, done: 3, total: 3)])
        let e = try #require(try database.enterprise(creditCode: CreditCode(StoreFixtures.creditCode(2))!))
        #expect(e.address == "兴安盟乌兰浩特市,工业园区2号" && e.keyChemicals == ["氨"] && e.majorHazardLevels == [3])
        #expect(e.hazardousProcesses == ["氯化", "硝化"] && e.inChemicalPark && e.standardisationLevel == 2)
        let entries = try database.auditLog(AuditFilter(entity: "enterprise", user: "导入员"))
        #expect(entries.map(\.action) == ["import", "create", "create", "create"])
        #expect(entries[0].after?.contains("\"file\":\"enterprises.csv\"") == true)
        #expect(entries[1].after?.contains("\"in_chemical_park\":true") == true)
        #expect(entries[1].after?.contains("\"hazardous_processes\":[\"氯化\",\"硝化\"]") == true)
    }

    @Test("one bad row stores nothing; every bad row is listed with row, column and reason")
    func atomic() throws {
        let database = try StoreFixtures.database()
        let bad = StoreFixtures.creditCode(2).dropLast() + "0"
        let rows = [
            "统一社会信用代码,企业名称,旗县市,企业类型,许可证有效期至",
            "\(StoreFixtures.creditCode(1)),甲公司,乌兰浩特市,生产,2021-06-30",
            "\(bad),乙公司,乌兰浩特市,生产,",
            "\(StoreFixtures.creditCode(3)),丙公司,呼和浩特市,销售,2021-13-01",
            "\(StoreFixtures.creditCode(1)),丁公司,突泉县,储存,",
        ]
        let expected = StoreFixtures.creditCode(2).last!
        let error = #expect(throws: StoreError.self) {
            try database.importEnterprises(from: try StoreFixtures.file(rows.joined(separator: "\n")), actor: "导入员")
        }
        #expect(error?.code == .invalidInput)
        #expect(
            error?.description == """
                enterprises.csv 第3行 列“统一社会信用代码”：统一社会信用代码校验位错误：第18位应为“\(expected)”，实际为“0”
                enterprises.csv 第4行 列“旗县市”：未知的旗县市“呼和浩特市”（应为：乌兰浩特市(152201)、阿尔山市(152202)、科尔沁右翼前旗(152221)、科尔沁右翼中旗(152222)、扎赉特旗(152223)、突泉县(152224)）
                enterprises.csv 第4行 列“企业类型”：未知的企业类型“销售”（应为：生产、储存、经营(带储存)、经营(不带储存)）
                enterprises.csv 第4行 列“许可证有效期至”：日期“2021-13-01”无效（应为YYYY-MM-DD，如2021-06-30）
                enterprises.csv 第5行 列“统一社会信用代码”：统一社会信用代码与第2行重复
                """)
        #expect(try database.enterpriseCount() == 0)
        #expect(try database.auditLog(AuditFilter(entity: "enterprise")).isEmpty)
    }

    @Test("skip-invalid stores the good rows and writes the rejected ones with a reason column")
    func skipInvalid() throws {
        let database = try StoreFixtures.database()
        let text = [
            "企业名称,统一社会信用代码,旗县市,企业类型", "甲公司,\(StoreFixtures.creditCode(1)),乌兰浩特市,生产",
            "\"乙,公司\",123,乌兰浩特市,生产", "丙公司,\(StoreFixtures.creditCode(3)),科右前旗,经营(不带储存)",
        ].joined(separator: "\r\n")
        let input = try StoreFixtures.file(text)
        let rejected = input.deletingLastPathComponent().appendingPathComponent("rejected.csv")
        let summary = try database.importEnterprises(
            from: input, options: EnterpriseImportOptions(skipInvalid: true, rejectedFile: rejected), actor: "导入员")
        var expected = EnterpriseImportSummary(
            rows: 3, inserted: 2, updated: 0, unchanged: 0, rejected: 1, rejectedFile: rejected.path)
        expected.rejectedProblems = [
            .init(file: "enterprises.csv", row: 3, column: "统一社会信用代码", message: "统一社会信用代码应为18位，实际为3位")
        ]
        #expect(summary == expected)
        #expect(try database.enterprises().map(\.name) == ["甲公司", "丙公司"])
        let back = try CSVTable.importing(contentsOf: rejected)
        #expect(back.header == ["企业名称", "统一社会信用代码", "旗县市", "企业类型", "错误原因"])
        #expect(
            back.rows.map(\.fields) == [
                ["乙,公司", "123", "乌兰浩特市", "生产", "enterprises.csv 第3行 列“统一社会信用代码”：统一社会信用代码应为18位，实际为3位"]
            ])
    }

    @Test("an existing credit code updates the enterprise with before/after audit; identical rows are left alone")
    func updatesExisting() throws {
        let database = try StoreFixtures.database()
        try database.addEnterprise(StoreFixtures.enterprise(1), actor: "测试员")
        try database.addEnterprise(StoreFixtures.enterprise(2), actor: "测试员")
        let text = [
            "统一社会信用代码,企业名称,旗县市,企业类型,经营状态",
            "\(StoreFixtures.creditCode(1)),兴安化工1有限公司,152201,生产,停产",
            "\(StoreFixtures.creditCode(2)),兴安化工2有限公司,乌兰浩特市,生产,在产",
        ].joined(separator: "\n")
        let summary = try database.importEnterprises(from: try StoreFixtures.file(text), actor: "导入员")
        #expect(summary == EnterpriseImportSummary(rows: 2, inserted: 0, updated: 1, unchanged: 1, rejected: 0))
        #expect(try database.enterprise(id: 1)?.operatingStatus == .suspended)
        let update = try #require(
            try database.auditLog(AuditFilter(entity: "enterprise", entityID: "1", limit: 1)).first)
        #expect(update.action == "update" && update.user == "导入员")
        #expect(update.before?.contains("\"operating_status\":\"operating\"") == true)
        #expect(update.after?.contains("\"operating_status\":\"suspended\"") == true)
    }

    @Test("header problems are all reported before any row is read")
    func header() throws {
        let database = try StoreFixtures.database()
        let error = #expect(throws: StoreError.self) {
            try database.importEnterprises(from: try StoreFixtures.file("企业名称,类型,企业类型,备注\n甲,生产,生产,x"), actor: "导入员")
        }
        #expect(
            error?.description == """
                enterprises.csv 第1行 列“企业类型”：与列“类型”重复
                enterprises.csv 第1行 列“备注”：未知的列名（可用的列：\(EnterpriseField.allCases.map(\.header).joined(separator: "、"))）
                enterprises.csv 第1行 列“统一社会信用代码”：缺少必需的列
                enterprises.csv 第1行 列“旗县市”：缺少必需的列
                """)
    }

    @Test("5,000 rows import in one transaction")
    func manyRows() throws {
        let database = try StoreFixtures.database()
        let text = ([StoreFixtures.fullHeader] + (1...5000).map { StoreFixtures.csvRow($0) }).joined(separator: "\n")
        var writes = 0
        let summary = try database.importEnterprises(
            from: try StoreFixtures.file(text),
            options: EnterpriseImportOptions(progress: { if $0.phase == .writing { writes += 1 } }), actor: "导入员")
        #expect(summary.inserted == 5000 && writes == 5)
        #expect(try database.enterpriseCount() == 5000)
    }
}

/// A county bureau's import: only its own county's enterprises.
@Suite("Enterprise import limited to a county")
struct EnterpriseImportCountyTests {
    @Test("rows of another county, or a credit code registered in another county, are bad rows")
    func county() throws {
        let database = try StoreFixtures.database()
        try database.addEnterprise(StoreFixtures.enterprise(9, county: "152202"), actor: "测试员")
        let text = [
            "企业名称,统一社会信用代码,旗县市,企业类型", "甲公司,\(StoreFixtures.creditCode(1)),乌兰浩特市,生产",
            "乙公司,\(StoreFixtures.creditCode(2)),阿尔山市,生产", "丙公司,\(StoreFixtures.creditCode(9)),乌兰浩特市,生产",
        ].joined(separator: "\n")
        var failure: StoreError?
        do {
            try database.importEnterprises(
                from: try StoreFixtures.file(text), options: EnterpriseImportOptions(countyCode: "152201"),
                actor: "导入员")
        } catch { failure = StoreError.wrap(error) }
        #expect(
            failure?.problems.map(\.description) == [
                "enterprises.csv 第3行 列“旗县市”：只能导入本旗县市（乌兰浩特市）的企业",
                "enterprises.csv 第4行 列“统一社会信用代码”：该统一社会信用代码已登记为其他旗县市的企业，只能由该旗县市或盟市修改",
            ])
        #expect(try database.enterprises().count == 1)
    }
}
