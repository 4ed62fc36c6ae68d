import ArgumentParser
import HazChemStore

/// `hazchem region list`: the regions in the database after syncing the configuration.
struct RegionListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "列出盟市和旗县市")

    @OptionGroup var store: StoreOptions

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            let regions = try store.open().regions()
            if regions.isEmpty {
                throw StoreError(.invalidInput, message: "数据库中没有行政区划：请提供 Config/regions.yaml 或 --regions 文件")
            }
            print(["代码", "名称", "级别", "别名"].joined(separator: "\t"))
            for r in regions {
                print(
                    [r.code, r.name, r.level == .prefecture ? "盟市" : "旗县市", r.aliases.joined(separator: "、")]
                        .joined(separator: "\t"))
            }
        }
    }
}
