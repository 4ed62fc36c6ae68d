import ArgumentParser

/// `hazchem panel`: expert panels (teams) and their visits.
struct PanelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "panel", abstract: "专家组：组建、安排现场评估、替换成员、请假、查看",
        subcommands: [
            PanelCreateCommand.self, PanelVisitCommand.self, PanelReplaceCommand.self, PanelLeaveCommand.self,
            PanelShowCommand.self,
        ])
}

/// `hazchem panel visit`: a panel's schedule.
struct PanelVisitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "visit", abstract: "专家组的现场评估安排", subcommands: [PanelVisitAddCommand.self])
}
