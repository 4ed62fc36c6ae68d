import ArgumentParser
import HazChemStore
import HazChemWeb

/// `hazchem user passwd`: sets a new password (ending the user's sessions and clearing any lock).
struct UserPasswdCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passwd", abstract: "修改网页用户的密码（结束其登录会话并解除锁定）")

    @OptionGroup var store: StoreOptions
    @Option(help: "用户名") var username: String
    @OptionGroup var password: PasswordInput

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            let database = try store.open()
            try database.changePassword(
                username: username, password: try password.read(), hasher: BcryptHasher(), actor: store.actor)
            print("已修改用户 \(username) 的密码")
        }
    }
}
