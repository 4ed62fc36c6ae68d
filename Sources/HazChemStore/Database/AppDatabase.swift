import Foundation
import GRDB
import HazChemCore

/// The campaign database: regions, enterprises, experts, panels, assessments and the audit log.
///
/// Wraps a GRDB `DatabaseWriter` (the GRDB demo app pattern): the initialiser runs every migration,
/// so a file database and the in-memory test database from ``empty()`` have exactly the same schema.
/// Every mutation runs in one transaction together with its audit-log rows.
///
/// Where the database lives (decision): the CLI's `--db PATH`; else the `HAZCHEM_DB` environment
/// variable; else `hazchem.sqlite` in the working directory (see ``defaultPath(environment:)``).
/// File databases use WAL (GRDB's `DatabasePool`), so reports and the web front can read while an
/// import writes, and wait up to ``busyTimeout`` seconds for a lock instead of failing at once.
package struct AppDatabase: Sendable {
    /// The connection (pool for files, queue for memory).
    let writer: any DatabaseWriter
    /// The clock for `created_at`, `updated_at` and audit timestamps; tests pin it.
    let now: @Sendable () -> Date
    /// The re-assessment cycle the pages, lists and register compute the next assessment due with
    /// (the CLI's `--cycle-years`, else `HAZCHEM_CYCLE_YEARS`, else three years).
    package var assessmentCycle: AssessmentCycle = .standard
    /// The threads async callers reach the store through (``run(_:)``, ``runRead(_:)``).
    let lanes = StoreLanes()

    /// How long a writer waits for another process's lock before giving up, in seconds.
    package static let busyTimeout: TimeInterval = 10

    /// The file name used when neither `--db` nor `HAZCHEM_DB` is given.
    package static let defaultFileName = "hazchem.sqlite"

    /// Wraps `writer` and migrates it to the current schema.
    ///
    /// - important: create `writer` with ``makeConfiguration()`` so foreign keys and the busy timeout are on.
    package init(_ writer: any DatabaseWriter, now: @escaping @Sendable () -> Date = { Date() }) throws(StoreError) {
        self.writer = writer
        self.now = now
        do {
            let migrator = Schema.migrator
            if try writer.read({ try migrator.hasBeenSuperseded($0) }) {
                throw StoreError(.database, message: "数据库由更新版本的 HazChem 创建，请升级本程序后再打开")
            }
            try migrator.migrate(writer)
        } catch {
            throw StoreError.wrap(error)
        }
    }

    /// The configuration every connection uses: foreign keys enforced, busy timeout, no bound values in errors.
    package static func makeConfiguration() -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(busyTimeout)
        config.label = "HazChem"
        return config
    }

    /// Opens (creating if needed) the database file at `path` in WAL mode and migrates it.
    package static func open(path: String, now: @escaping @Sendable () -> Date = { Date() }) throws(StoreError)
        -> AppDatabase
    {
        try checkFolder(of: path)
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: makeConfiguration())
        } catch {
            throw openFailure(error, path: path)
        }
        return try migrated(pool, path: path, now: now)
    }

    /// A failure to open the file at `path`, naming the file.
    static func openFailure(_ error: any Error, path: String) -> StoreError {
        StoreError.wrap(error, file: path, prefix: "无法打开数据库：")
    }

    /// The database on `writer`, opened from the file at `path`, migrated; failures name the file.
    static func migrated(_ writer: any DatabaseWriter, path: String, now: @escaping @Sendable () -> Date)
        throws(StoreError) -> AppDatabase
    {
        do {
            return try AppDatabase(writer, now: now)
        } catch {
            throw StoreError.wrap(error, file: path)
        }
    }

    /// An empty in-memory database through the real migrations, for tests and previews.
    package static func empty(now: @escaping @Sendable () -> Date = { Date() }) -> AppDatabase {
        // An in-memory queue with the standard configuration cannot fail to open or migrate.
        let queue = try! DatabaseQueue(configuration: makeConfiguration())
        return try! AppDatabase(queue, now: now)
    }

    /// The database path: `HAZCHEM_DB` when set and not empty, else `./hazchem.sqlite`.
    package static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let path = environment["HAZCHEM_DB"], !path.isEmpty { return path }
        return defaultFileName
    }

    /// Read-only access for reports and pages.
    package var reader: any DatabaseReader { writer }

    /// Runs `updates` in one write transaction, converting every failure into a ``StoreError``. The first
    /// transaction of a web operation sent with an `Idempotency-Key` also stores its key (``IdempotencyClaim``).
    func write<T>(_ updates: (Database) throws -> T) throws(StoreError) -> T {
        guard let claim = IdempotencyClaim.current, !claim.isStored else {
            do { return try writer.write(updates) } catch { throw StoreError.wrap(error) }
        }
        let at = now()
        do {
            let result = try writer.write { db in
                try claim.store(db, at: at)
                return try updates(db)
            }
            claim.committed()
            return result
        } catch { throw StoreError.wrap(error) }
    }

    /// Runs `updates` in one write transaction without storing the current task's ``IdempotencyClaim``: for
    /// callers that store the claims of the operations they carry themselves (the answer saves' group commit).
    func writeIgnoringClaim<T>(_ updates: (Database) throws -> T) throws(StoreError) -> T {
        do { return try writer.write(updates) } catch { throw StoreError.wrap(error) }
    }

    /// Runs `value` in a read transaction, converting every failure into a ``StoreError``.
    func read<T>(_ value: (Database) throws -> T) throws(StoreError) -> T {
        do { return try writer.read(value) } catch { throw StoreError.wrap(error) }
    }

    /// Refuses a path that is a folder or whose folder does not exist, before SQLite reports it in English.
    static func checkFolder(of path: String) throws(StoreError) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw StoreError(.invalidInput, file: path, message: "这是文件夹，不是数据库文件：请用 --db 指定其中的数据库文件（如 hazchem.sqlite）")
        }
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw StoreError(.invalidInput, file: path, message: "所在目录“\(folder)”不存在")
        }
    }

    /// Checks that an actor (the user recorded in the audit log) was given.
    static func checkActor(_ actor: String) throws(StoreError) {
        if actor.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw StoreError(.invalidInput, field: "操作人", message: "操作人不能为空（审计日志需要记录操作人）")
        }
    }
}
