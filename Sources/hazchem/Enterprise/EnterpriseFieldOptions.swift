import ArgumentParser
import HazChemStore

/// One option per enterprise particular, written as in the import file (see `Config/enterprise-import.md`).
struct EnterpriseFieldOptions: ParsableArguments {
    @Option(name: .customLong("credit-code"), help: "统一社会信用代码（18位）") var creditCode: String?
    @Option(help: "企业名称") var name: String?
    @Option(help: "旗县市（名称、简称或行政区划代码）") var county: String?
    @Option(help: "企业类型：生产、储存、经营(带储存)、经营(不带储存)") var kind: String?
    @Option(help: "地址") var address: String?
    @Option(help: "主要负责人") var principal: String?
    @Option(help: "联系电话") var phone: String?
    @Option(name: .customLong("licence-number"), help: "许可证编号") var licenceNumber: String?
    @Option(name: .customLong("licence-scope"), help: "许可范围") var licenceScope: String?
    @Option(name: .customLong("licence-expiry"), help: "许可证有效期至（YYYY-MM-DD）") var licenceExpiry: String?
    @Option(name: .customLong("in-park"), help: "是否在化工园区：是/否") var inPark: String?
    @Option(name: .customLong("major-hazards"), help: "重大危险源等级，如“一级、三级”，没有填“无”") var majorHazards: String?
    @Option(help: "危险化工工艺，顿号分隔，如“氯化、硝化”") var processes: String?
    @Option(help: "重点监管危险化学品，顿号分隔") var chemicals: String?
    @Option(help: "安全生产标准化等级：一级、二级、三级或无") var standardisation: String?
    @Option(help: "经营状态：在产、停产、关闭") var status: String?
    @Option(name: .customLong("self-reactive"), help: "是否涉及自身反应性化学品装置（由省级应急管理部门评估）：是/否")
    var selfReactive: String?

    /// The particulars given on the command line.
    var values: [EnterpriseField: String] {
        let pairs: [(EnterpriseField, String?)] = [
            (.creditCode, creditCode), (.name, name), (.county, county), (.kind, kind), (.address, address),
            (.principal, principal), (.contactPhone, phone), (.licenceNumber, licenceNumber),
            (.licenceScope, licenceScope), (.licenceExpiry, licenceExpiry), (.inChemicalPark, inPark),
            (.majorHazardLevels, majorHazards), (.hazardousProcesses, processes), (.keyChemicals, chemicals),
            (.standardisationLevel, standardisation), (.operatingStatus, status), (.selfReactiveUnits, selfReactive),
        ]
        return Dictionary(uniqueKeysWithValues: pairs.compactMap { field, value in value.map { (field, $0) } })
    }
}
