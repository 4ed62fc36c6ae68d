import Foundation

/// Paths inside the source checkout, for tests that read the shipped data files.
package enum RepositoryPaths {
    /// The checkout's top folder (the one holding Package.swift).
    package static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// `Checklists/`, the shipped tables.
    package static var checklists: URL { root.appendingPathComponent("Checklists", isDirectory: true) }

    /// The debug `hazchem` binary built by `swift build`, for end-to-end tests.
    package static var hazchemBinary: URL { root.appendingPathComponent(".build/debug/hazchem") }

    /// A new empty temporary folder.
    package static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("hazchem-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
