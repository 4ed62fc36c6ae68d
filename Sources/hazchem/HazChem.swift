import ArgumentParser
import Foundation

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
            PhotoCommand.self,
            UserCommand.self,
            AssessmentCommand.self,
            HazardCommand.self,
            DispositionCommand.self,
            DemoCommand.self,
            BenchScoreCommand.self,
        ]
    )

    /// Runs the chosen subcommand; the parser's own usage errors are printed in Chinese (``UsageMessage``)
    /// with the parser's exit code (64 for usage errors, 0 for help).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
            } else if !message.isEmpty {
                FileHandle.standardError.write(Data((UsageMessage.chinese(message) + "\n").utf8))
            }
            Foundation.exit(code.rawValue)
        }
    }
}
