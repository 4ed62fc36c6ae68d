import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem expert add`: stores one expert or regulator.
struct ExpertAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "新增专家或安全监管人员")

    @OptionGroup var store: StoreOptions
    @Option(help: "姓名") var name: String
    @Option(help: "专业：安全管理、化工设计(工艺)、设备、电气仪表、应急救援") var specialty: String
    @Option(help: "工作单位") var organisation = ""
    @Option(help: "职称") var title = ""
    @Option(help: "来源，如“盟专家库”“应急管理局”") var source = ""
    @Option(help: "联系电话") var phone = ""
    @Option(help: "所在企业的统一社会信用代码（该企业评估时须回避）") var employer: String?
    @Option(help: "所属旗县市（名称或代码）；不填为盟市专家库") var county: String?
    @Flag(help: "安全监管人员（应急管理局工作人员），而非外聘专家") var regulator = false

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            guard let value = Specialty(label: specialty) else {
                let labels = Specialty.allCases.map(\.label).joined(separator: "、")
                throw StoreCLI.invalid("--specialty", "未知的专业“\(specialty)”（应为：\(labels)）")
            }
            let database = try store.open()
            let countyCode = try county.map { text throws(StoreError) in
                let directory = try database.regionDirectory()
                guard let region = directory.county(text) else {
                    throw StoreCLI.invalid("--county", directory.unknownCountyMessage(text))
                }
                return region.code
            }
            let employerID = try employer.map { code throws(StoreError) in
                try EnterpriseShowCommand.find(code, in: database).id
            }
            let expert = Expert(
                name: name, organisation: organisation, specialty: value, title: title, source: source, phone: phone,
                employerEnterpriseID: employerID ?? nil, countyCode: countyCode, isRegulator: regulator)
            let stored = try database.addExpert(expert, actor: store.actor)
            let role = stored.isRegulator ? "安全监管人员" : "专家"
            print("已新增\(role)：\(stored.name)（编号\(stored.id!)，\(stored.specialty.label)）")
        }
    }
}
