import ArgumentParser

/// `hazchem expert`: the experts and regulators who can serve on panels.
struct ExpertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "expert", abstract: "专家：新增、列表", subcommands: [ExpertAddCommand.self, ExpertListCommand.self])
}
