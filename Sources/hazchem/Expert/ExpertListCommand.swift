import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem expert list`: the experts, tab-separated.
struct ExpertListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "列出专家（制表符分隔）")

    @OptionGroup var store: StoreOptions
    @Option(help: "只列出此专业") var specialty: String?

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            var filter: Specialty?
            if let specialty {
                guard let value = Specialty(label: specialty) else {
                    throw StoreCLI.invalid("--specialty", "未知的专业“\(specialty)”")
                }
                filter = value
            }
            let database = try store.open()
            let counties = try database.regionDirectory()
            print(
                ["编号", "姓名", "专业", "职称", "工作单位", "来源", "联系电话", "身份", "所属旗县市"].joined(separator: "\t"))
            for e in try database.experts(specialty: filter) {
                let county = e.countyCode.map { counties.county(code: $0)?.name ?? $0 } ?? "盟市专家库"
                let role = e.isRegulator ? "安全监管人员" : "专家"
                print(
                    [
                        String(e.id!), e.name, e.specialty.label, e.title, e.organisation, e.source, e.phone, role,
                        county,
                    ]
                    .joined(separator: "\t"))
            }
        }
    }
}
