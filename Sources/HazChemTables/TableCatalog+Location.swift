import Foundation

extension TableCatalog {
    /// The environment variable naming the tables directory.
    package static let environmentVariable = "HAZCHEM_TABLES"

    /// Finds the tables directory: `explicit` (`--tables DIR`), else `$HAZCHEM_TABLES`, else `./Checklists`,
    /// else the nearest `Checklists/` walking up from the executable's folder.
    package static func locateDirectory(
        explicit: String?, environment: [String: String], currentDirectory: URL, executable: URL?
    ) throws(TableError) -> URL {
        func existing(_ path: String, relativeTo base: URL) -> URL? {
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
                ? url.standardizedFileURL : nil
        }
        if let explicit {
            guard let url = existing(explicit, relativeTo: currentDirectory) else {
                throw TableError(file: explicit, field: "--tables", message: "检查表目录不存在或不是目录")
            }
            return url
        }
        if let path = environment[environmentVariable], !path.isEmpty {
            guard let url = existing(path, relativeTo: currentDirectory) else {
                throw TableError(file: path, field: environmentVariable, message: "检查表目录不存在或不是目录")
            }
            return url
        }
        if let url = existing("Checklists", relativeTo: currentDirectory) { return url }
        if let executable {
            var folder = executable.resolvingSymlinksInPath().deletingLastPathComponent()
            while folder.path != "/" && !folder.path.isEmpty {
                if let url = existing("Checklists", relativeTo: folder) { return url }
                folder.deleteLastPathComponent()
            }
        }
        throw TableError(
            file: "Checklists", field: "",
            message: "找不到检查表目录：请用 --tables DIR 指定，或设置环境变量 \(environmentVariable)")
    }
}
