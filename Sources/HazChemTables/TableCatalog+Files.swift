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

    /// Loads what it can from the given files (for validating single files) and reports on each.
    package static func inspect(files: [URL]) -> (catalog: TableCatalog, reports: [FileReport]) {
        var catalog = TableCatalog()
        var reports: [FileReport] = []
        for url in files {
            let name = url.lastPathComponent
            reports.append(FileReport(file: name, problems: catalog.add(contentsOf: url, name: name)))
        }
        return (catalog, reports)
    }

    /// Problems in line order (stable; problems without a line last), as ``TableError`` promises.
    package static func inLineOrder(_ problems: [TableError.Problem]) -> [TableError.Problem] {
        problems.enumerated().sorted {
            ($0.element.line ?? Int.max, $0.offset) < ($1.element.line ?? Int.max, $1.offset)
        }
        .map(\.element)
    }
}
