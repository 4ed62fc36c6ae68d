import ArgumentParser
import Foundation
import HazChemCore
import HazChemStore

/// Where the database and the regions file are; taken by every store command.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "数据库文件（默认：环境变量 HAZCHEM_DB，否则当前目录下的 hazchem.sqlite）")
    var db: String?

    @Option(
        name: .long,
        help: "行政区划配置（默认：环境变量 HAZCHEM_REGIONS，其次 ./Config/regions.yaml，其次程序所在检出目录中的 Config/regions.yaml，找不到则沿用数据库中的区划）")
    var regions: String?

    @Option(name: .customLong("cycle-years"), help: "重新评估周期（年，1–10，默认：环境变量 HAZCHEM_CYCLE_YEARS，否则3年），用于计算下次评估到期日")
    var cycleYears: String?

    /// Opens the database and brings its regions up to date with the configuration file, as `actor`.
    func open(actor: String) throws(StoreError) -> AppDatabase {
        var database = try AppDatabase.open(path: db ?? AppDatabase.defaultPath())
        database.assessmentCycle = try Self.cycle(cycleYears)
        let environment = ProcessInfo.processInfo.environment["HAZCHEM_REGIONS"]
        let explicit = regions ?? environment.flatMap { $0.isEmpty ? nil : $0 }
        if let path = explicit ?? Self.defaultRegionsPath() {
            try database.syncRegions(try RegionConfig.load(contentsOf: URL(fileURLWithPath: path)), actor: actor)
        }
        return database
    }

    /// The re-assessment cycle: `given` (`--cycle-years`), else `HAZCHEM_CYCLE_YEARS`, else three years.
    static func cycle(
        _ given: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(StoreError) -> AssessmentCycle {
        let fromEnvironment = environment["HAZCHEM_CYCLE_YEARS"].flatMap { $0.isEmpty ? nil : $0 }
        guard let text = given ?? fromEnvironment else { return .standard }
        guard let cycle = AssessmentCycle(parsing: text) else {
            let source = given != nil ? "--cycle-years" : "环境变量 HAZCHEM_CYCLE_YEARS"
            throw StoreCLI.invalid(source, "重新评估周期应为1至10的整数（年），实际为“\(text)”")
        }
        return cycle
    }

    /// `./Config/regions.yaml`, else the nearest `Config/regions.yaml` walking up from the executable's folder
    /// (the same search as the tables directory); nil when there is none.
    static func defaultRegionsPath() -> String? {
        let manager = FileManager.default
        if manager.fileExists(atPath: RegionConfig.defaultRelativePath) { return RegionConfig.defaultRelativePath }
        guard let executable = Bundle.main.executableURL else { return nil }
        var folder = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" && !folder.path.isEmpty {
            let candidate = folder.appendingPathComponent(RegionConfig.defaultRelativePath).path
            if manager.fileExists(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }
}

/// The database options plus the user recorded in the audit log.
struct StoreOptions: ParsableArguments {
    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "操作人，写入审计日志（默认：环境变量 HAZCHEM_USER，否则登录用户名）")
    var user: String?

    /// The user recorded in the audit log.
    var actor: String { Self.actor(user) }

    /// Opens the database (see ``DatabaseOptions/open(actor:)``).
    func open() throws(StoreError) -> AppDatabase { try database.open(actor: actor) }

    /// `given`, else `HAZCHEM_USER`, else the login name.
    static func actor(_ given: String?) -> String {
        let environment = ProcessInfo.processInfo.environment
        for candidate in [given, environment["HAZCHEM_USER"], environment["USER"], environment["LOGNAME"]] {
            if let name = candidate?.trimmingCharacters(in: .whitespaces), !name.isEmpty { return name }
        }
        return "未知用户"
    }
}
