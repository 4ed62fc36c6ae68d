import Foundation
import HazChemCore
import HazChemStore
import Testing

@Suite("Enterprises: validation, add, update, list")
struct EnterpriseTests {
    /// Valid texts for the required fields, changed one at a time below.
    static let valid: [EnterpriseField: String] = [
        .creditCode: "91350100M000100Y43", .name: "兴安化工有限公司", .county: "乌兰浩特市", .kind: "生产",
    ]

    @Test(
        "each bad field is refused with its message",
        arguments: [
            (EnterpriseField.creditCode, "91350100M000100Y44", "统一社会信用代码校验位错误：第18位应为“3”，实际为“4”"),
            (.creditCode, "91350100M000100Y4", "统一社会信用代码应为18位，实际为17位"),
            (.creditCode, "9135010OM000100Y43", "统一社会信用代码第8位字符“O”无效（GB 32100：只能用数字和大写字母，不用I、O、Z、S、V，不用小写字母）"),
            (.creditCode, "", "统一社会信用代码不能为空"),
            (.name, " ", "企业名称不能为空"),
            (
                .county, "北京市",
                "未知的旗县市“北京市”（应为：乌兰浩特市(152201)、阿尔山市(152202)、科尔沁右翼前旗(152221)、科尔沁右翼中旗(152222)、扎赉特旗(152223)、突泉县(152224)）"
            ),
            (
                .county, "152200",
                "未知的旗县市“152200”（应为：乌兰浩特市(152201)、阿尔山市(152202)、科尔沁右翼前旗(152221)、科尔沁右翼中旗(152222)、扎赉特旗(152223)、突泉县(152224)）"
            ),
            (.kind, "批发", "未知的企业类型“批发”（应为：生产、储存、经营(带储存)、经营(不带储存)）"),
            (.licenceExpiry, "2019-02-29", "日期“2019-02-29”无效（应为YYYY-MM-DD，如2021-06-30）"),
            (.inChemicalPark, "也许", "应为“是”或“否”，实际为“也许”"),
            (.majorHazardLevels, "五级", "重大危险源等级“五级”无效（应为一级、二级、三级、四级，多个用顿号分隔，没有填“无”）"),
            (
                .hazardousProcesses, "蒸馏",
                "未知的危险化工工艺“蒸馏”（应为18种重点监管危险化工工艺之一：光气及光气化、电解(氯碱)、氯化、硝化、合成氨、裂解(裂化)、氟化、加氢、重氮化、氧化、过氧化、胺基化、磺化、聚合、烷基化、新型煤化工、电石生产、偶氮化）"
            ),
            (.standardisationLevel, "四级", "安全生产标准化等级“四级”无效（应为一级、二级、三级或无）"),
            (.operatingStatus, "歇业", "未知的经营状态“歇业”（应为：在产、停产、关闭）"),
        ])
    func badField(field: EnterpriseField, text: String, message: String) throws {
        let regions = try StoreFixtures.database().regionDirectory()
        var values = Self.valid
        values[field] = text
        let error = #expect(throws: StoreError.self) { try Enterprise.parse(values, regions: regions) }
        #expect(error?.problems == [StoreError.Problem(field: field.header, message: message)])
    }

    @Test("every problem of a record is reported at once")
    func allProblems() throws {
        let regions = try StoreFixtures.database().regionDirectory()
        let error = #expect(throws: StoreError.self) {
            try Enterprise.parse([.creditCode: "X", .county: "无", .kind: "生产"], regions: regions)
        }
        #expect(error?.problems.map(\.field) == ["统一社会信用代码", "企业名称", "旗县市"])
    }

    @Test("texts are normalised: aliases, full-width brackets, lists, levels")
    func parsesParticulars() throws {
        let regions = try StoreFixtures.database().regionDirectory()
        let e = try Enterprise.parse(
            [
                .creditCode: "91350100m000100y43", .name: "\u{3000}兴安化工 ", .county: "科右中旗", .kind: "经营（带储存）",
                .licenceExpiry: "2021年6月30日", .inChemicalPark: "是", .majorHazardLevels: "三级、一级",
                .hazardousProcesses: "氯化工艺，电解（氯碱）；氯化", .keyChemicals: "液氨、液氯、液氨",
                .standardisationLevel: "二级", .operatingStatus: "停产",
            ], regions: regions)
        #expect(e.creditCode.value == "91350100M000100Y43")
        #expect(e.name == "兴安化工" && e.countyCode == "152222" && e.kind == .tradingWithStorage)
        #expect(e.licenceExpiry == LocalDate(year: 2021, month: 6, day: 30))
        #expect(e.inChemicalPark && e.majorHazardLevels == [1, 3] && e.highestMajorHazardLevel == 1)
        #expect(e.hazardousProcesses == ["氯化", "电解(氯碱)"] && e.keyChemicals == ["液氨", "液氯"])
        #expect(e.standardisationLevel == 2 && e.operatingStatus == .suspended)
        #expect(try Enterprise.parse(e.fieldTexts, regions: regions).hasSameParticulars(as: e))
    }

    @Test("add stores the record, stamps it and audits it")
    func add() throws {
        let database = try StoreFixtures.database()
        let stored = try database.addEnterprise(StoreFixtures.enterprise(1), actor: "李科长")
        #expect(stored.id == 1 && stored.createdAt == StoreFixtures.now)
        #expect(try database.enterprise(creditCode: stored.creditCode) == stored)
        let entry = try #require(try database.auditLog(AuditFilter(entity: "enterprise")).first)
        #expect(entry.user == "李科长" && entry.action == "create" && entry.entityID == "1" && entry.before == nil)
        #expect(entry.after?.contains("\"credit_code\":\"\(StoreFixtures.creditCode(1))\"") == true)
    }

    @Test("a credit code already stored is a conflict")
    func duplicate() throws {
        let database = try StoreFixtures.database()
        try database.addEnterprise(StoreFixtures.enterprise(1), actor: "测试员")
        let error = #expect(throws: StoreError.self) {
            try database.addEnterprise(StoreFixtures.enterprise(1), actor: "测试员")
        }
        #expect(error?.code == .conflict)
        #expect(
            error?.description
                == "企业 \(StoreFixtures.creditCode(1)) 字段“统一社会信用代码”：统一社会信用代码已存在（企业“兴安化工1有限公司”），如需修改请使用更新")
    }

    @Test("a typed record with an unknown county is refused")
    func typedRecordChecked() throws {
        let database = try StoreFixtures.database()
        let error = #expect(throws: StoreError.self) {
            try database.addEnterprise(StoreFixtures.enterprise(1, county: "110101"), actor: "测试员")
        }
        #expect(error?.problems.first?.field == "旗县市")
        #expect(error?.code == .invalidInput)
        #expect(throws: StoreError.self) { try database.addEnterprise(StoreFixtures.enterprise(2), actor: " ") }
    }

    @Test("update audits before and after; an unchanged update writes nothing")
    func update() throws {
        let database = try StoreFixtures.database()
        var e = try database.addEnterprise(StoreFixtures.enterprise(1), actor: "测试员")
        e.operatingStatus = .closed
        try database.updateEnterprise(e, actor: "王局长")
        try database.updateEnterprise(e, actor: "王局长")
        let entries = try database.auditLog(AuditFilter(entity: "enterprise"))
        #expect(entries.map(\.action) == ["update", "create"])
        #expect(entries[0].before?.contains("\"operating_status\":\"operating\"") == true)
        #expect(entries[0].after?.contains("\"operating_status\":\"closed\"") == true)
        #expect(try database.enterprise(id: 1)?.operatingStatus == .closed)
    }

    @Test("list filters by county, kind, status and search text")
    func list() throws {
        let database = try StoreFixtures.database()
        try database.addEnterprise(StoreFixtures.enterprise(1, county: "152224"), actor: "测试员")
        try database.addEnterprise(StoreFixtures.enterprise(2, county: "152201", kind: .storage), actor: "测试员")
        var closed = StoreFixtures.enterprise(3, county: "152201")
        closed.operatingStatus = .closed
        try database.addEnterprise(closed, actor: "测试员")
        #expect(try database.enterprises().map(\.name) == ["兴安化工2有限公司", "兴安化工3有限公司", "兴安化工1有限公司"])
        #expect(try database.enterprises(EnterpriseFilter(countyCode: "152224")).map(\.id) == [1])
        #expect(try database.enterprises(EnterpriseFilter(kind: .storage)).map(\.id) == [2])
        #expect(try database.enterprises(EnterpriseFilter(status: .closed)).map(\.id) == [3])
        #expect(try database.enterprises(EnterpriseFilter(search: "化工1")).map(\.id) == [1])
        #expect(
            try database.enterprises(EnterpriseFilter(search: String(StoreFixtures.creditCode(2).suffix(6)))).map(\.id)
                == [2])
    }
}
