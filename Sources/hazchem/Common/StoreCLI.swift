import ArgumentParser
import Foundation
import HazChemStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Shared behaviour of the store commands: Chinese errors on stderr and exit codes.
enum StoreCLI {
    /// Runs `body`; a store error is printed to stderr and ends the process with exit code 2 for a refused
    /// input or action (files, options, unknown records, conflicts, a locked database, a signed record) or 1
    /// for database failures.
    static func run(_ body: () throws(StoreError) -> Void) throws {
        do {
            try body()
        } catch {
            printError(error.description)
            switch error.code {
            case .invalidInput, .notFound, .conflict, .immutable: throw ExitCode(2)
            case .database: throw ExitCode(1)
            }
        }
    }

    /// Writes a line to stderr.
    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Whether stderr is a terminal (progress is shown only then).
    static var stderrIsTerminal: Bool { isatty(2) == 1 }

    /// Reports a bad option value as invalid input.
    static func invalid(_ option: String, _ message: String) -> StoreError {
        StoreError(.invalidInput, field: option, message: message)
    }

    /// Formats a timestamp in local time: `2019-07-01 09:30:00`.
    static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date)
    }
}
