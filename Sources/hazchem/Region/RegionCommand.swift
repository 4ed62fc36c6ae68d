import ArgumentParser

/// `hazchem region`: the prefecture and counties (from Config/regions.yaml).
struct RegionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "region", abstract: "行政区划", subcommands: [RegionListCommand.self])
}
