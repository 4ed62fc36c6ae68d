import Foundation
import HazChemCore
import HazChemStore

/// Word lists for realistic demo names, addresses and texts (兴安盟 flavour; other regions get generic places).
enum DemoCampaignNames {
    /// Han surnames, most common first.
    static let surnames = Array(
        "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段")
    /// Characters of Han given names.
    static let givenCharacters = Array("建国明伟强军平华志刚勇杰涛斌超磊鹏飞宇浩凯俊峰晨旭东海波静丽娟敏燕红霞玲芳英秀兰桂梅琳晶颖洁慧佳欣然博文达永春雪松林森宏德福祥庆瑞龙凤")
    /// Mongolian names, common in 兴安盟.
    static let mongolianNames = [
        "巴特尔", "其木格", "乌云", "额尔敦", "宝音", "那日苏", "斯琴", "图雅", "朝鲁", "苏和", "阿拉坦", "满都拉",
        "哈斯", "乌兰", "格日乐", "白音", "孟和", "敖登", "萨仁", "吉日嘎拉", "包金山", "宝力道", "乌日娜", "额日和",
    ]

    /// A person's name: a Han surname and one or two characters, or (one in five) a Mongolian name.
    static func person(_ random: inout DemoCampaignRandom) -> String {
        if random.chance(20) {
            let name = random.pick(mongolianNames)
            return random.chance(50) ? name : String(random.pick(surnames)) + name
        }
        var name = String(random.pick(surnames)) + String(random.pick(givenCharacters))
        if random.chance(65) { name += String(random.pick(givenCharacters)) }
        return name
    }

    /// First characters of trade names (字号).
    static let tradeFirst = Array("宏瑞金鑫恒盛华兴安通昌隆远德嘉利顺新宇晟博天海永泰中润鸿祥丰源聚广正合百蒙亿佳荣汇")
    /// Second characters of trade names.
    static let tradeSecond = Array("达丰源泰盛通昌业发利成信和力辉鑫茂远宇森恒宏瑞祥诚润腾阳峰翔安")

    /// Industry words by enterprise kind (what follows the trade name).
    static func industry(_ kind: EnterpriseKind) -> [String] {
        switch kind {
        case .production: ["化工", "精细化工", "化学", "煤化工", "化肥", "氯碱化工", "新材料", "生物化工"]
        case .storage: ["化工储运", "能源储运", "石化仓储", "化工物流", "气体储运"]
        case .tradingWithStorage: ["石油化工", "燃气", "能源", "石化", "气体", "油品"]
        case .tradingWithoutStorage: ["化工贸易", "商贸", "化工产品", "经贸", "科技", "化工物资"]
        }
    }

    /// Company forms with their weights.
    static let companyForms = [("有限公司", 70), ("有限责任公司", 25), ("股份有限公司", 5)]

    /// Towns, streets and industrial parks of the 兴安盟 counties (by GB/T 2260 code); the park comes first.
    static let places: [String: [String]] = [
        "152201": ["乌兰浩特经济技术开发区化工园区", "和平街道", "都林街道", "义勒力特镇", "葛根庙镇", "乌兰哈达镇"],
        "152202": ["阿尔山市工业园区", "温泉街道", "白狼镇", "五岔沟镇", "天池镇"],
        "152221": ["科右前旗工业园区", "科尔沁镇", "索伦镇", "归流河镇", "居力很镇", "察尔森镇"],
        "152222": ["科右中旗工业园区", "巴彦呼舒镇", "高力板镇", "好腰苏木", "吐列毛杜镇"],
        "152223": ["扎赉特旗保安沼工业园区", "音德尔镇", "新林镇", "好力保镇", "巴达尔胡镇"],
        "152224": ["突泉工业园区", "突泉镇", "六户镇", "东杜尔基镇", "水泉镇"],
    ]

    /// The park and the other places of a county (generic names for counties without a list).
    static func places(county: Region) -> (park: String, towns: [String]) {
        let list = places[county.code] ?? ["\(county.name)工业园区", "\(county.name)城区"]
        return (list[0], Array(list.dropFirst()))
    }

    /// Road names for addresses.
    static let roads = [
        "兴安路", "罕山街", "五一路", "铁西路", "工业大街", "纬三路", "经二路", "建设路", "胜利路", "迎宾路", "环城路", "团结大街",
    ]

    /// Key supervised hazardous chemicals by enterprise kind (安监总管三〔2011〕95号 first batch names).
    static func keyChemicals(_ kind: EnterpriseKind) -> [String] {
        switch kind {
        case .production: ["氯", "氨", "甲醇", "苯", "氢", "乙炔", "硫化氢", "一氧化碳", "氯乙烯", "甲苯", "液化石油气", "二氧化硫"]
        case .storage: ["液化石油气", "甲醇", "汽油", "氨", "苯", "甲苯"]
        case .tradingWithStorage: ["汽油", "液化石油气", "甲醇", "天然气"]
        case .tradingWithoutStorage: ["汽油", "甲醇", "苯", "甲苯", "液化石油气", "氯", "氨", "硫化氢"]
        }
    }

    /// Inhalation-toxic chemicals (吸入性剧毒) the panel moves from rule 1.2.3 to 1.2.2.
    static let inhalationToxic: Set<String> = ["氯", "光气", "硫化氢"]

    /// The hazardous processes 兴安盟 producers plausibly run.
    static let processes = [
        "氯化", "合成氨", "加氢", "聚合", "电石生产", "新型煤化工", "氧化", "磺化", "电解(氯碱)", "烷基化", "胺基化",
    ]

    /// Where findings are located, by enterprise kind.
    static func locations(_ kind: EnterpriseKind) -> [String] {
        switch kind {
        case .production: ["生产车间", "罐区", "中控室", "配电室", "装卸区", "原料仓库", "成品仓库", "办公楼"]
        case .storage, .tradingWithStorage: ["储罐区", "装卸区", "仓库", "泵房", "配电室", "值班室", "办公楼"]
        case .tradingWithoutStorage: ["经营场所", "办公室", "档案室"]
        }
    }

    /// What an expert of a specialty writes down before the requirement in a finding.
    static func observations(_ specialty: Specialty) -> [String] {
        switch specialty {
        case .safetyManagement:
            ["查阅资料，相关记录缺失", "抽查台账，部分内容填写不全", "制度文件未及时修订，与现行规定不一致", "未能提供相关证明材料", "现场询问，相关人员不清楚要求"]
        case .chemicalDesign:
            ["现场核对工艺参数，与设计文件不一致", "未能提供设计或论证资料", "工艺卡片未明确报警值和联锁值", "变更未履行审批手续"]
        case .equipment:
            ["现场检查发现设备设施存在缺陷", "检验检测报告已过有效期", "设备台账与现场不一致", "防腐、保温层破损未修复"]
        case .electricalInstrumentation:
            ["现场检查发现报警仪未按期标定", "防爆电气设备密封不良", "联锁回路被摘除且无审批记录", "接地电阻未定期检测"]
        case .emergencyRescue:
            ["应急器材配备不足或已过期", "演练记录不全，未开展评估", "应急预案未按规定备案", "现场人员不熟悉应急处置程序"]
        }
    }

    /// Chinese numerals for panel names: 一 … 九十九 (Arabic digits from 100 on).
    static func numeral(_ n: Int) -> String {
        let digits = Array("〇一二三四五六七八九")
        if n < 0 || n >= 100 { return String(n) }
        if n < 10 { return String(digits[n]) }
        let tens = n / 10
        let ones = n % 10
        return (tens > 1 ? String(digits[tens]) : "") + "十" + (ones > 0 ? String(digits[ones]) : "")
    }

    /// A mobile number 13x/15x/18x.
    static func mobile(_ random: inout DemoCampaignRandom) -> String {
        "1\(random.pick([3, 5, 8]))\(random.int(below: 10))"
            + String(100_000_000 + random.int(below: 100_000_000)).dropFirst()
    }

    /// A 兴安盟 landline, 0482-8xxxxxx.
    static func landline(_ random: inout DemoCampaignRandom) -> String {
        "0482-8\(100_000 + random.int(below: 900_000))"
    }
}
