import ArgumentParser

/// `hazchem panel`: expert panels.
struct PanelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "panel", abstract: "专家组：组建、查看", subcommands: [PanelCreateCommand.self, PanelShowCommand.self])
}
