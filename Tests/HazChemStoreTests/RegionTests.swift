import Foundation
import HazChemStore
import HazChemTables
import Testing

@Suite("Regions: read from Config/regions.yaml, never hard-coded")
struct RegionTests {
    @Test("the shipped configuration holds 兴安盟 and its six counties")
    func shippedConfiguration() throws {
        let regions = try RegionConfig.load(contentsOf: StoreFixtures.regionsURL)
        #expect(regions.map(\.code) == ["152200", "152201", "152202", "152221", "152222", "152223", "152224"])
        #expect(regions.map(\.name) == ["兴安盟", "乌兰浩特市", "阿尔山市", "科尔沁右翼前旗", "科尔沁右翼中旗", "扎赉特旗", "突泉县"])
        #expect(regions[0].level == .prefecture && regions[0].parentCode == nil)
        #expect(regions.dropFirst().allSatisfy { $0.level == .county && $0.parentCode == "152200" })
        #expect(regions[3].aliases == ["科右前旗"])
    }

    @Test("synced into the database; a county is found by code, name or alias")
    func syncedAndFound() throws {
        let database = try StoreFixtures.database()
        #expect(try database.regions().count == 7)
        let directory = try database.regionDirectory()
        #expect(directory.county("152221")?.name == "科尔沁右翼前旗")
        #expect(directory.county(" 科右前旗 ")?.code == "152221")
        #expect(directory.county("兴安盟") == nil)
    }

    @Test("syncing again changes nothing; a rename is one audited update")
    func resync() throws {
        let database = try StoreFixtures.database()
        var regions = try RegionConfig.load(contentsOf: StoreFixtures.regionsURL)
        #expect(try database.syncRegions(regions, actor: "测试员") == 0)
        regions[6].name = "突泉县（新）"
        #expect(try database.syncRegions(regions, actor: "管理员") == 1)
        let entry = try #require(try database.auditLog(AuditFilter(entity: "region", limit: 1)).first)
        #expect(entry.user == "管理员" && entry.action == "update" && entry.entityID == "152224")
        #expect(entry.before?.contains("\"name\":\"突泉县\"") == true)
        #expect(entry.after?.contains("\"name\":\"突泉县（新）\"") == true)
    }

    @Test("every problem of a bad configuration is reported with its line and field")
    func badConfiguration() {
        let text = """
            kind: regions
            prefecture:
              code: "152200"
              name: 兴安盟
            counties:
              - { code: "152301", name: 外地县 }
              - { code: "15220", name: 短码县 }
              - { code: "152201", name: 兴安盟 }
              - { name: 无码县 }
              - { code: "152202", name: 阿尔山市, area: 1 }
            """
        let error = #expect(throws: StoreError.self) {
            try RegionConfig.parse(YAMLDocument(file: "regions.yaml", text: text))
        }
        #expect(
            error?.description == """
                regions.yaml 第6行 字段“counties[0].code”：旗县市代码“152301”不属于兴安盟（152200），前4位应为1522
                regions.yaml 第7行 字段“counties[1].code”：行政区划代码应为6位数字（GB/T 2260），实际为“15220”
                regions.yaml 第9行 字段“counties[3].code”：缺少必填字段
                regions.yaml 第10行 字段“counties[4].area”：未知字段（允许的字段：aliases、code、name）
                regions.yaml 第8行 字段“counties[2]”：行政区划名称或别名“兴安盟”重复
                """)
    }
}
