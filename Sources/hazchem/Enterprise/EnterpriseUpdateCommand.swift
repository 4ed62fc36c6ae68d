import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem enterprise update CODE`: changes the given particulars of one enterprise.
struct EnterpriseUpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update", abstract: "更新企业信息（只修改给出的项目）")

    @OptionGroup var store: StoreOptions
    @Argument(help: "企业的统一社会信用代码") var code: String
    @OptionGroup var fields: EnterpriseFieldOptions

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            let database = try store.open()
            let existing = try EnterpriseShowCommand.find(code, in: database)
            let merged = existing.fieldTexts.merging(fields.values) { _, new in new }
            var enterprise = try Enterprise.parse(merged, regions: try database.regionDirectory())
            enterprise.id = existing.id
            let stored = try database.updateEnterprise(enterprise, actor: store.actor)
            print(
                stored.updatedAt == existing.updatedAt
                    ? "没有变化：\(stored.name)" : "已更新企业：\(stored.name)（\(stored.creditCode)）")
        }
    }
}
