import ArgumentParser

/// `hazchem enterprise`: the enterprises of the campaign.
struct EnterpriseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enterprise",
        abstract: "企业：新增、导入、列表、查看、更新",
        subcommands: [
            EnterpriseAddCommand.self, EnterpriseImportCommand.self, EnterpriseListCommand.self,
            EnterpriseShowCommand.self, EnterpriseUpdateCommand.self,
        ]
    )
}
