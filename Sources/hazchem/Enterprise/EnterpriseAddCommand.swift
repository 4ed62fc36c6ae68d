import ArgumentParser
import HazChemStore

/// `hazchem enterprise add`: stores one enterprise.
struct EnterpriseAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "新增一家企业")

    @OptionGroup var store: StoreOptions
    @OptionGroup var fields: EnterpriseFieldOptions

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            let database = try store.open()
            let enterprise = try Enterprise.parse(fields.values, regions: try database.regionDirectory())
            let stored = try database.addEnterprise(enterprise, actor: store.actor)
            print("已新增企业：\(stored.name)（\(stored.creditCode)，编号\(stored.id!)）")
        }
    }
}
