import ArgumentParser
import Foundation
import HazChemDemo
import HazChemStore
import HazChemWeb

/// `hazchem demo`: generates a deterministic 兴安盟 demo campaign into a new database.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "生成兴安盟演示数据（确定性的模拟评估活动）",
        discussion: "生成各类企业、专家和专家组、2019年6月至12月的评估（各种状态、等级、处置、隐患整改进度、更正版本、逾期报告）、"
            + "旗县市月报报送记录和网页用户（密码 \(DemoCampaign.password)）。相同的种子和企业数生成相同的数据。"
            + "数据截至 \(DemoCampaign.asOf)。说明见 docs/demo.md。"
    )

    /// Where the demo database goes unless `--db` says otherwise.
    static let defaultPath = "demo/hazchem-demo.sqlite"

    @Option(help: "数据库文件") var db = DemoCommand.defaultPath
    @Option(help: "企业数") var enterprises = 600
    @Option(help: "随机种子") var seed: UInt64 = 2019
    @Flag(help: "数据库已有数据时删除后重新生成") var force = false
    @Option(help: "行政区划配置（默认：./Config/regions.yaml，其次检查表目录旁的 Config/regions.yaml）") var regions: String?
    @Option(help: "操作人，写入审计日志（默认：环境变量 HAZCHEM_USER，否则登录用户名）") var user: String?
    @OptionGroup var tables: TableOptions

    func validate() throws {
        guard enterprises >= 1 else { throw ValidationError("--enterprises 至少为1") }
    }

    func run() throws {
        let directory: URL
        do { directory = try tables.directory() } catch { throw TableOptions.fail(error) }
        try StoreCLI.run { () throws(StoreError) in
            try prepareFile()
            let building = DemoBuildFile(target: db)
            try building.clear()
            let output: String
            do throws(StoreError) {
                output = try build(into: building.path, tables: directory)
                try building.replaceTarget()
            } catch {
                building.discard()
                throw error
            }
            print(output)
        }
    }

    /// Generates the campaign into `path` and returns the summary; the database is closed (and in WAL mode, as
    /// ``AppDatabase/open(path:now:)`` leaves a file) when this returns.
    private func build(into path: String, tables directory: URL) throws(StoreError) -> String {
        let actor = StoreOptions.actor(user)
        let database = try AppDatabase.openForBuilding(path: path)
        if let url = regionsFile(tables: directory) {
            try database.syncRegions(try RegionConfig.load(contentsOf: url), actor: actor)
        }
        let bar = DemoProgressBar(enabled: StoreCLI.stderrIsTerminal)
        let started = Date()
        let summary = try database.generateDemoCampaign(
            DemoCampaignOptions(
                enterprises: enterprises, seed: seed, tablesDirectory: directory,
                hasher: BcryptHasher(), progress: bar.update),
            actor: actor)
        bar.finish()
        try database.finishBuilding()
        let seconds = Date().timeIntervalSince(started)
        return DemoSummaryText.render(summary, path: db, counties: try database.regions(), seconds: seconds)
    }

    /// Refuses a folder, and a database that already holds data unless `--force`; creates the folder. Nothing
    /// is deleted here: the new database replaces the old one only once it is complete (``DemoBuildFile``).
    private func prepareFile() throws(StoreError) {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: db, isDirectory: &isFolder) {
            if isFolder.boolValue { throw StoreCLI.invalid("--db", "“\(db)”是目录，不是数据库文件") }
            // Opening and closing the old database also checkpoints its WAL into the file.
            if let count = existingRecords(), count > 0, !force {
                throw StoreError(
                    .conflict, file: db, message: "数据库已有数据（企业、专家和评估共\(count)条）；如需删除后重新生成，请加 --force")
            }
        }
        let folder = URL(fileURLWithPath: db).deletingLastPathComponent()
        do { try manager.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            throw StoreError(.invalidInput, file: folder.path, message: "无法创建目录：\(error.localizedDescription)")
        }
    }

    /// Enterprises, experts and assessments in an existing file (a file that is no HazChem database counts
    /// as holding data), nil for an empty file.
    private func existingRecords() -> Int? {
        let size = (try? FileManager.default.attributesOfItem(atPath: db)[.size] as? Int) ?? 0
        guard size > 0 else { return nil }
        guard let database = try? AppDatabase.open(path: db) else { return 1 }
        let experts = (try? database.experts().count) ?? 1
        let assessments = (try? database.assessments().count) ?? 1
        return ((try? database.enterpriseCount()) ?? 1) + experts + assessments
    }

    /// The regions file: `--regions`, `HAZCHEM_REGIONS`, `./Config/regions.yaml`, or the one next to the
    /// tables directory; nil when none exists (the database's regions are used).
    private func regionsFile(tables: URL) -> URL? {
        let environment = ProcessInfo.processInfo.environment["HAZCHEM_REGIONS"].flatMap { $0.isEmpty ? nil : $0 }
        if let explicit = regions ?? environment { return URL(fileURLWithPath: explicit) }
        let candidates = [
            URL(fileURLWithPath: RegionConfig.defaultRelativePath),
            tables.deletingLastPathComponent().appendingPathComponent(RegionConfig.defaultRelativePath),
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }
    }
}
