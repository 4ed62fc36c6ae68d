import Foundation

/// The original (often English) text of a library error, kept out of users' messages: written to stderr only
/// when the environment variable `HAZCHEM_DEBUG` is `1`.
package enum DebugLog {
    /// Whether debug output is on.
    package static var isEnabled: Bool { ProcessInfo.processInfo.environment["HAZCHEM_DEBUG"] == "1" }

    /// Writes `[hazchem debug] context: detail` to stderr when debugging is on.
    package static func write(_ context: String, _ detail: @autoclosure () -> String) {
        guard isEnabled else { return }
        FileHandle.standardError.write(Data("[hazchem debug] \(context): \(detail())\n".utf8))
    }
}
