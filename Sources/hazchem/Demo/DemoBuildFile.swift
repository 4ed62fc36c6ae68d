import Foundation
import HazChemCore
import HazChemStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The file a demo database is built in, beside its target, and the atomic replacement of the target.
///
/// The campaign is generated into `.NAME.building.sqlite` in the target's folder; only when it is complete
/// (and closed, so its journal is gone and the file is in WAL mode) is it renamed over the target. A bad input or a kill at any
/// moment before leaves the old database as it was: at worst a stale building file, removed by the next run.
struct DemoBuildFile {
    /// The target database path.
    let target: String
    /// The building file's path.
    let path: String

    /// The building file for `target`.
    init(target: String) {
        self.target = target
        let url = URL(fileURLWithPath: target)
        path = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).building.sqlite").path
    }

    /// Removes a building file (and its -journal, -wal, -shm) left by an interrupted run.
    func clear() throws(StoreError) {
        for suffix in ["", "-journal", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            do { try FileManager.default.removeItem(atPath: path + suffix) } catch {
                DebugLog.write("remove \(path + suffix)", "\(error)")
                throw StoreError(.invalidInput, file: path + suffix, message: "无法删除上次中断留下的临时文件：请检查目录权限")
            }
        }
    }

    /// Removes the building file after a failure; the target is untouched.
    func discard() { try? clear() }

    /// Renames the complete building file over the target. The old database's WAL was checkpointed when it
    /// was counted; a WAL still holding data means another program has it open, and it is not replaced.
    func replaceTarget() throws(StoreError) {
        let manager = FileManager.default
        let oldWAL = (try? manager.attributesOfItem(atPath: target + "-wal")[.size] as? Int) ?? 0
        if oldWAL > 0 {
            throw StoreError(
                .conflict, file: target, message: "数据库正被其他程序使用（如 hazchem serve）：请先停止该程序，再重新生成演示数据")
        }
        // An empty -wal and the -shm of the old file would be taken for the new file's: remove them first.
        for suffix in ["-wal", "-shm"] where manager.fileExists(atPath: target + suffix) {
            try? manager.removeItem(atPath: target + suffix)
        }
        guard rename(path, target) == 0 else {
            let reason = String(cString: strerror(errno))
            DebugLog.write("rename \(path) → \(target)", reason)
            throw StoreError(.invalidInput, file: target, message: "无法用新生成的数据库替换原文件：请检查目录权限和磁盘空间")
        }
    }
}
