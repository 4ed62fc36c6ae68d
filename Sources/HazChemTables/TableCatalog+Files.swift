import Foundation

extension TableCatalog {
    /// The folder name skipped when scanning (worked examples, not tables).
    package static let examplesFolder = "examples"

    /// The `*.yaml` / `*.yml` files under `directory`, recursively, skipping `examples/` and hidden entries,
    /// sorted by their path relative to `directory`.
    package static func tableFiles(in directory: URL) -> [(url: URL, relative: String)] {
        let base = directory.standardizedFileURL.resolvingSymlinksInPath()
        var found: [(URL, String)] = []
        func walk(_ folder: URL, prefix: String) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names.sorted() where !name.hasPrefix(".") {
                let url = folder.appendingPathComponent(name)
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    if name != examplesFolder { walk(url, prefix: prefix + name + "/") }
                } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                    found.append((url, prefix + name))
                }
            }
        }
        walk(base, prefix: "")
        return found.sorted { $0.1 < $1.1 }
    }

    /// Checks one table file in the context of the other table files in its folder (so a checklist's links
    /// resolve against the grading table beside it) and reports on that file alone.
    package static func inspect(file url: URL) -> FileReport {
        let target = url.standardizedFileURL.resolvingSymlinksInPath().path
        let siblings = tableFiles(in: url.deletingLastPathComponent()).filter {
            $0.url.standardizedFileURL.resolvingSymlinksInPath().path != target
        }
        var catalog = TableCatalog()
        _ = catalog.addAll(siblings)
        return catalog.addAll([(url, url.lastPathComponent)])[0]
    }

    /// Problems in line order (stable; problems without a line last), as ``TableError`` promises.
    package static func inLineOrder(_ problems: [TableError.Problem]) -> [TableError.Problem] {
        problems.enumerated().sorted {
            ($0.element.line ?? Int.max, $0.offset) < ($1.element.line ?? Int.max, $1.offset)
        }
        .map(\.element)
    }
}
