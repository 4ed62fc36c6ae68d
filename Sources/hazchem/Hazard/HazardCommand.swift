import ArgumentParser

/// `hazchem hazard`: the hazard list (隐患清单) and its rectification.
struct HazardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hazard",
        abstract: "隐患：列表、整改进度、复查验收",
        discussion: "隐患在评估签署时由不符合项生成。状态：未整改 → 整改中 → 已整改 → 已验收（hazard verify）；"
            + "复查不合格可从已整改退回整改中。未整改的隐患可修改整改措施、期限、责任人和部位。",
        subcommands: [HazardListCommand.self, HazardUpdateCommand.self, HazardVerifyCommand.self]
    )
}
