import Foundation
import HazChemCore
import HazChemTables
import HazChemTestSupport
import Testing

/// The shipped tables' wording: every 19号 rule reads as published (DOMAIN.md section 4.1), and the trading
/// table repeats 19号 exactly wherever it cites it.
@Suite("Grading shipped table texts")
struct GradingShippedTextTests {
    static func productionStorage() throws -> GradingTable {
        try #require(try GradingTablesFixtures.shipped().gradingTable(id: "production-storage"))
    }

    static func trading() throws -> GradingTable {
        try #require(try GradingTablesFixtures.shipped().gradingTable(id: "trading"))
    }

    /// Rule id, published text, effect, value and project cap (both in tenths; nil: no cap).
    static let published: [(String, String, GradingRule.Effect, Int, Int?)] = [
        ("1.1.1", "存在一级危险化学品重大危险源的，扣10分", .deduction, 100, 100),
        ("1.1.2", "存在二级危险化学品重大危险源的，扣8分", .deduction, 80, 100),
        ("1.1.3", "存在三级危险化学品重大危险源的，扣6分", .deduction, 60, 100),
        ("1.1.4", "存在四级危险化学品重大危险源的，扣4分", .deduction, 40, 100),
        ("1.2.1", "生产、储存爆炸品的（实验室化学试剂除外），每一种扣2分", .deduction, 20, 50),
        ("1.2.2", "生产、储存（含管道输送）氯气、光气等吸入性剧毒化学品的（实验室化学试剂除外），每一种扣2分", .deduction, 20, 50),
        ("1.2.3", "生产、储存其他重点监管危险化学品的（实验室化学试剂除外），每一种扣0.1分", .deduction, 1, 50),
        ("1.3.1", "涉及18种危险化工工艺的，每一种扣2分", .deduction, 20, 100),
        ("1.4.1", "涉及甲类火灾危险性类别厂房、库房或者罐区的，每涉及一处扣1分", .deduction, 10, 50),
        ("1.4.2", "涉及乙类火灾危险性类别厂房、库房或者罐区的，每涉及一处扣0.5分", .deduction, 5, 50),
        ("1.4.3", "涉及甲类、乙类火灾危险性罐区、气柜与加热炉等与产生明火的设施、装置比邻布置的，扣5分", .deduction, 50, 50),
        ("2.1.1", "企业在化工园区（化工集中区）外的，扣3分", .deduction, 30, 100),
        (
            "2.1.2", "企业外部安全防护距离不符合《危险化学品生产、储存装置个人可接受风险标准和社会可接受风险标准（试行）》的，扣10分",
            .deduction, 100, 100
        ),
        ("3.1.1", "国内首次使用的化工工艺未经过省级人民政府有关部门组织安全可靠性论证的，扣5分", .deduction, 50, 100),
        ("3.1.2", "精细化工企业未按规范性文件要求开展反应安全风险评估的，扣10分", .deduction, 100, 100),
        ("3.1.3", "企业危险化学品生产储存装置均由甲级资质设计单位进行全面设计的，加2分", .bonus, 20, 100),
        ("4.1.1", "使用淘汰落后安全技术工艺、设备目录列出的工艺及设备的，每一项扣2分", .deduction, 20, 50),
        ("4.1.2", "特种设备没有办理使用登记证书的，或者未按要求定期检验的，扣2分", .deduction, 20, 50),
        ("4.1.3", "化工生产装置未按国家标准要求设置双电源或者双回路供电的，扣5分", .deduction, 50, 50),
        (
            "5.1.1", "涉及重点监管危险化工工艺的装置未按要求实现自动化控制，系统未实现紧急停车功能，装备的自动化控制系统、紧急停车系统未投入使用的，扣10分",
            .deduction, 100, 100
        ),
        (
            "5.1.2", "涉及毒性气体、液化气体、剧毒液体的一级、二级重大危险源的危险化学品罐区未配备独立的安全仪表系统的，扣10分", .deduction,
            100, 100
        ),
        ("5.1.3", "构成一级、二级重大危险源的危险化学品罐区未实现紧急切断功能的，扣5分", .deduction, 50, 100),
        ("5.1.4", "危险化学品重大危险源未设置压力、液位、温度远传监控和超限位报警装置的，每涉及一项扣1分", .deduction, 10, 100),
        ("5.1.5", "涉及可燃和有毒有害气体泄漏的场所未按国家标准设置检测声光报警设施的，每一处扣1分", .deduction, 10, 100),
        ("5.1.6", "防爆区域未按国家标准安装使用防爆电气设备的，每一处扣1分", .deduction, 10, 100),
        ("5.1.7", "甲类、乙类火灾危险性生产装置内设有办公室、操作室、固定操作岗位或休息室的，每涉及一处扣5分", .deduction, 50, 100),
        ("6.1.1", "企业主要负责人和安全生产管理人员未依法经考核合格的，每一人次扣5分", .deduction, 50, 150),
        (
            "6.1.2", "企业专职安全生产管理人员不具备国民教育化工化学类（或安全工程）中等职业教育以上学历或者化工化学类中级以上专业技术职称的，每一人次扣5分",
            .deduction, 50, 150
        ),
        ("6.1.3", "涉及“两重点一重大”装置的生产、设备及工艺专业管理人员不具有相应专业大专以上学历的，每一人次扣5分", .deduction, 50, 150),
        ("6.1.4", "企业未按有关要求配备注册安全工程师的，扣3分", .deduction, 30, 150),
        ("6.1.5", "企业主要负责人、分管安全生产工作负责人、安全管理部门主要负责人为化学化工类专业毕业的，每一人次加2分", .bonus, 20, 150),
        ("7.1.1", "未制定操作规程和工艺控制指标或者制定的操作规程和工艺控制指标不完善的，扣5分", .deduction, 50, 100),
        ("7.1.2", "动火、进入受限空间等特殊作业管理制度不符合国家标准或未有效执行的，扣10分", .deduction, 100, 100),
        ("7.1.3", "未建立与岗位相匹配的全员安全生产责任制的，每涉及一个岗位扣2分", .deduction, 20, 100),
        ("8.1.1", "企业自设专职消防应急队伍的，加3分", .bonus, 30, nil),
        ("9.1.1", "安全生产标准化为一级的，加15分", .bonus, 150, 100),
        ("9.1.2", "安全生产标准化为二级的，加5分", .bonus, 50, 100),
        ("9.1.3", "安全生产标准化为三级的，加2分", .bonus, 20, 100),
        ("9.1.4", "三年内发生过1起较大安全事故的，扣10分", .deduction, 100, 100),
        ("9.1.5", "三年内发生过1起安全事故造成1-2人死亡的，扣8分", .deduction, 80, 100),
        ("9.1.6", "三年内发生过爆炸、着火、中毒等具有社会影响的安全事故，但未造成人员伤亡的，扣5分", .deduction, 50, 100),
        ("9.1.7", "五年内未发生安全事故的，加5分", .bonus, 50, 100),
    ]

    /// The published direct-red conditions.
    static let directRed: [(String, String)] = [
        ("R1", "新开发的危险化学品生产工艺未经小试、中试和工业化试验直接进行工业化生产的"),
        ("R2", "在役化工装置未经正规设计且未进行安全设计诊断的"),
        ("R3", "危险化学品特种作业人员未持有效证件上岗或者未达到高中以上文化程度的"),
        ("R4", "三年内发生过重大以上安全事故的，或者三年内发生2起较大安全事故，或者近一年内发生2起以上亡人一般安全事故的"),
    ]

    @Test("each 19号 rule reads as published, with its value, effect and project cap", arguments: published)
    func publishedRule(id: String, text: String, effect: GradingRule.Effect, raw: Int, cap: Int?) throws {
        let table = try Self.productionStorage()
        let entry = try #require(table.ruleEntries.first { $0.rule.id == id })
        #expect(entry.rule.text == text)
        #expect(entry.rule.effect == effect)
        #expect(entry.rule.value == Tenths(raw: raw))
        #expect(entry.project.cap == cap.map { Tenths(raw: $0) })
    }

    @Test("the table has exactly the published rules, in order")
    func everyRulePinned() throws {
        #expect(try Self.productionStorage().ruleEntries.map(\.rule.id) == Self.published.map(\.0))
    }

    @Test("each 19号 direct-red condition reads as published", arguments: directRed)
    func publishedDirectRed(id: String, text: String) throws {
        let table = try Self.productionStorage()
        #expect(table.directRed.map(\.id) == Self.directRed.map(\.0))
        #expect(table.directRedCondition(id: id)?.text == text)
    }

    @Test("the trading table's project caps add up to 100 and its note says how")
    func tradingCaps() throws {
        let table = try Self.trading()
        let caps = table.projects.compactMap(\.cap).reduce(Tenths.zero) { Tenths(raw: $0.raw + $1.raw) }
        #expect(table.projects.allSatisfy { $0.cap != nil })
        #expect(caps == Tenths(100))
        #expect(table.header.note?.contains("合计正好100分") == true)
    }

    @Test("trading rules citing 19号 repeat a 19号 rule exactly; the others that refer to it are marked 本工具自定")
    func tradingCitations() throws {
        let production = try Self.productionStorage().ruleEntries.map(\.rule)
        let trading = try Self.trading()
        let citing = trading.ruleEntries.map(\.rule).filter { $0.basis?.contains("19号") == true }
        #expect(citing.count >= 5)
        for rule in citing {
            let basis = rule.basis ?? ""
            if basis.hasPrefix("应急〔2018〕19号") {
                let source = production.first { $0.text == rule.text }
                #expect(source != nil, "\(rule.id) cites 19号 but its text is not a 19号 rule")
                #expect(source?.value == rule.value && source?.effect == rule.effect, "\(rule.id) value differs")
                #expect(source.map { basis.contains($0.id) } == true, "\(rule.id) basis names no 19号 rule id")
            } else {
                #expect(basis.hasPrefix("本工具自定"), "\(rule.id) refers to 19号 without 本工具自定")
            }
        }
    }

    @Test("trading TR4 is 19号 R4 word for word; a single fatal accident is T7.1.4 (−8) as 9.1.5")
    func tradingAccidents() throws {
        let production = try Self.productionStorage()
        let trading = try Self.trading()
        let tr4 = try #require(trading.directRedCondition(id: "TR4"))
        #expect(tr4.text == production.directRedCondition(id: "R4")?.text)
        #expect(tr4.basis?.hasPrefix("应急〔2018〕19号") == true)
        #expect(trading.directRed.filter { $0.basis?.contains("19号") == true }.map(\.id) == ["TR4"])
        let single = try #require(trading.rule(id: "T7.1.4"))
        #expect(single.text == production.rule(id: "9.1.5")?.text)
        #expect(single.value == Tenths(8))
    }
}
