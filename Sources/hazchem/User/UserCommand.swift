import ArgumentParser

/// `hazchem user`: the web application's users.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "网页用户：新增、列表、停用、启用、修改密码",
        subcommands: [
            UserAddCommand.self, UserListCommand.self, UserDisableCommand.self, UserEnableCommand.self,
            UserPasswdCommand.self,
        ])
}
