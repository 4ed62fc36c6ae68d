import ArgumentParser
import Foundation
import HazChemTables

/// The `--tables DIR` option and the catalog it leads to, shared by commands that read tables.
struct TableOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "检查表和分级表所在目录（默认：环境变量 HAZCHEM_TABLES，其次 ./Checklists，其次程序所在检出目录中的 Checklists/）",
            valueName: "DIR"))
    var tables: String?

    /// The tables directory this run uses.
    func directory() throws(TableError) -> URL {
        try TableCatalog.locateDirectory(
            explicit: tables, environment: ProcessInfo.processInfo.environment,
            currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
            executable: Bundle.main.executableURL)
    }

    /// Loads every table of the directory; on problems prints them and exits with code 2.
    func catalog() throws -> TableCatalog {
        do {
            return try TableCatalog.load(directory: try directory())
        } catch {
            throw Self.fail(error)
        }
    }

    /// Prints every problem of `error` to stderr and returns exit code 2 (invalid input files).
    static func fail(_ error: TableError) -> ExitCode {
        printError(error.description)
        return ExitCode(2)
    }

    /// Writes a line to standard error.
    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
