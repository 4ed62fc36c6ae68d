import ArgumentParser
import HazChemStore

/// `hazchem backup PATH`: a consistent copy of the database, safe while others write.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "backup", abstract: "在线备份数据库到新文件")

    @OptionGroup var store: StoreOptions
    @Argument(help: "备份文件路径（不得已存在）") var path: String

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            try store.open().backup(to: path)
            print("已备份到 \(path)")
        }
    }
}
