import ArgumentParser
import Foundation
import HazChemStore

/// `hazchem user list`: the web users, tab-separated.
struct UserListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "列出网页用户（制表符分隔）")

    @OptionGroup var store: StoreOptions

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            let database = try store.open()
            print(["用户名", "姓名", "角色", "旗县市", "关联专家", "状态"].joined(separator: "\t"))
            for summary in try database.userSummaries() {
                let user = summary.user
                let state = user.disabled ? "已停用" : "正常"
                print(
                    [
                        user.username, user.displayName, user.role.label, summary.countyName ?? "",
                        summary.expertName ?? "", state,
                    ].joined(separator: "\t"))
            }
        }
    }
}
