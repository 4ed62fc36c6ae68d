import ArgumentParser

/// `hazchem report …`: the monthly county report and its submissions.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "月度评估情况报表与报送",
        subcommands: [ReportMonthlyCommand.self, ReportSubmitCommand.self]
    )
}
