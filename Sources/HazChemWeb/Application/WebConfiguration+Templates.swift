import Foundation

extension WebConfiguration {
    /// The environment variable naming the templates folder.
    package static let templatesVariable = "HAZCHEM_TEMPLATES"

    /// Finds the templates folder: `explicit` (`--templates`), else `HAZCHEM_TEMPLATES`, else `./Templates`,
    /// else a `Templates/` beside the executable or in one of its parent folders (a source checkout).
    ///
    /// A folder counts only if it holds `layout.mustache`.
    package static func locateTemplates(
        explicit: String?, environment: [String: String], currentDirectory: URL, executable: URL?
    ) throws(WebError) -> URL {
        func resolve(_ path: String) -> URL {
            (path.hasPrefix("/") ? URL(fileURLWithPath: path) : currentDirectory.appendingPathComponent(path))
                .standardizedFileURL
        }
        func holdsTemplates(_ url: URL) -> Bool {
            FileManager.default.fileExists(atPath: url.appendingPathComponent("layout.mustache").path)
        }
        if let given = explicit ?? environment[templatesVariable].flatMap({ $0.isEmpty ? nil : $0 }) {
            let url = resolve(given)
            guard holdsTemplates(url) else {
                throw WebError(.configuration, "模板目录“\(given)”不存在或其中没有 layout.mustache")
            }
            return url
        }
        var candidates = [resolve("Templates")]
        if var folder = executable?.resolvingSymlinksInPath().deletingLastPathComponent() {
            while folder.path != "/" && !folder.path.isEmpty {
                candidates.append(folder.appendingPathComponent("Templates"))
                folder.deleteLastPathComponent()
            }
        }
        guard let found = candidates.first(where: holdsTemplates) else {
            throw WebError(.configuration, "找不到网页模板目录：请用 --templates DIR 指定，或设置环境变量 \(templatesVariable)")
        }
        return found
    }
}
