import Foundation
import GRDB

extension AppDatabase {
    /// Writes a consistent copy of the whole database to a new file at `path` while others may keep writing.
    ///
    /// Uses SQLite's online backup, so the copy is one committed state. Refuses to overwrite a file.
    package func backup(to path: String) throws(StoreError) {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw StoreError(.invalidInput, file: path, message: "备份目标文件已存在，请换一个文件名或先删除它")
        }
        try Self.checkFolder(of: path)
        do {
            let destination = try DatabaseQueue(path: path, configuration: Self.makeConfiguration())
            try writer.backup(to: destination)
            try destination.close()
        } catch {
            throw StoreError.wrap(error, file: path, prefix: "备份失败：")
        }
    }
}
