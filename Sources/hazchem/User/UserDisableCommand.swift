import ArgumentParser
import HazChemStore

/// `hazchem user disable`: stops a user from signing in and ends their sessions.
struct UserDisableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "disable", abstract: "停用网页用户（立即结束其登录会话）")

    @OptionGroup var store: StoreOptions
    @Option(help: "用户名") var username: String

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            let user = try store.open().setUserDisabled(username: username, true, actor: store.actor)
            print("已停用用户：\(user.username)")
        }
    }
}

/// `hazchem user enable`: lets a disabled or locked-out user sign in again.
struct UserEnableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "enable", abstract: "启用网页用户（同时解除登录锁定）")

    @OptionGroup var store: StoreOptions
    @Option(help: "用户名") var username: String

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            let user = try store.open().setUserDisabled(username: username, false, actor: store.actor)
            print("已启用用户：\(user.username)")
        }
    }
}
