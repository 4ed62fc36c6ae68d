import ArgumentParser

/// The `hazchem` command: a thin front over the domain, store and report modules.
@main
struct HazChem: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hazchem",
        abstract: "危险化学品企业安全风险评估工具（HazChem）",
        subcommands: [
            ScoreCommand.self,
            ChecklistsCommand.self,
            MHICommand.self,
            Export.self,
            EnterpriseCommand.self,
            ExpertCommand.self,
            PanelCommand.self,
            AuditCommand.self,
            BackupCommand.self,
            RegionCommand.self,
            ReportCommand.self,
            ServeCommand.self,
            UserCommand.self,
            AssessmentCommand.self,
            HazardCommand.self,
            DispositionCommand.self,
            DemoCommand.self,
            BenchScoreCommand.self,
        ]
    )
}
