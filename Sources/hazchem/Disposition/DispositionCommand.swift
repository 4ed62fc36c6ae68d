import ArgumentParser

/// `hazchem disposition`: the bureau's control class for signed assessments.
struct DispositionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disposition",
        abstract: "分类处置：对已签署的评估作出处置决定",
        subcommands: [DispositionSetCommand.self]
    )
}
