import Foundation
import HazChemCore

/// Reads a user's input file with a size limit, and decodes its text, with Chinese messages that say what
/// happened and what to do (a missing file, a folder, a file too large, UTF-16 or GBK instead of UTF-8).
package enum InputFile {
    /// The largest YAML file read (tables, answers, assessment files, regions): 16 MB.
    package static let yamlLimit = 16 << 20
    /// The largest CSV file read (enterprise imports, inventories): 64 MB.
    package static let csvLimit = 64 << 20

    /// What is wrong with a file, before or while reading it.
    package enum Problem: Error, Sendable, Equatable {
        /// No file at the path.
        case missing
        /// The path is a folder.
        case folder
        /// The file is larger than `limit` bytes.
        case tooLarge(size: Int, limit: Int)
        /// The file cannot be read (permission…).
        case unreadable
        /// UTF-16 text.
        case utf16
        /// Neither UTF-8 nor UTF-16 (most likely GBK).
        case notUTF8

        /// The message, naming the path where it helps.
        package func message(path: String) -> String {
            switch self {
            case .missing: "找不到文件 \(path)：请检查路径和文件名，或先创建该文件"
            case .folder: "\(path) 是文件夹，不是文件：请指定其中的文件"
            case .tooLarge(let size, let limit):
                "文件大小为 \(megabytes(size))，超过 \(megabytes(limit)) 的上限：请拆分后分批处理"
            case .unreadable: "无法读取文件 \(path)：请检查文件权限"
            case .utf16: "文件为UTF-16编码：请另存为UTF-8（Excel中选“CSV UTF-8（逗号分隔）”，文本编辑器中选UTF-8）"
            case .notUTF8: "文件不是UTF-8编码（可能是GBK）：请在Excel中另存为“CSV UTF-8（逗号分隔）”，或用文本编辑器转为UTF-8"
            }
        }

        private func megabytes(_ bytes: Int) -> String {
            bytes >= 1 << 20 ? "\(bytes >> 20) MB" : "\(bytes) 字节"
        }
    }

    /// Why writing `path` failed, in Chinese with what to do (the Foundation error goes to the debug log): the
    /// path is a folder, its folder is missing or not writable, the disk is full, or else a general hint.
    package static func writeFailure(path: String, error: any Error) -> String {
        DebugLog.write("write \(path)", "\(error)")
        let manager = FileManager.default
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            return "无法写入 \(path)：这是一个文件夹，请指定文件名"
        }
        if !manager.fileExists(atPath: folder, isDirectory: &isFolder) || !isFolder.boolValue {
            return "无法写入文件 \(path)：目录 \(folder) 不存在，请先创建该目录或换一个路径"
        }
        if !manager.isWritableFile(atPath: folder)
            || (manager.fileExists(atPath: path) && !manager.isWritableFile(atPath: path))
        {
            return "无法写入文件 \(path)：没有写入权限，请检查文件和目录的权限或换一个路径"
        }
        let code = (error as NSError).code
        if code == NSFileWriteOutOfSpaceError || code == Int(ENOSPC) {
            return "无法写入文件 \(path)：磁盘空间不足，请清理磁盘后重试"
        }
        return "无法写入文件 \(path)：请检查路径、权限和磁盘空间后重试"
    }

    /// The bytes of the file at `url`, refusing a missing file, a folder and a file above `limit` bytes without
    /// reading more than `limit` + 1 bytes.
    package static func data(at url: URL, limit: Int) throws(Problem) -> Data {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { throw .missing }
        if isFolder.boolValue { throw .folder }
        let handle: FileHandle
        do { handle = try FileHandle(forReadingFrom: url) } catch {
            DebugLog.write("open \(url.path)", "\(error)")
            throw .unreadable
        }
        defer { try? handle.close() }
        let data: Data
        do { data = try handle.read(upToCount: limit + 1) ?? Data() } catch {
            DebugLog.write("read \(url.path)", "\(error)")
            throw .unreadable
        }
        if data.count > limit {
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? data.count
            throw .tooLarge(size: size, limit: limit)
        }
        return data
    }

    /// `data` as text: UTF-8 with or without a byte-order mark; UTF-16 and other encodings are refused.
    package static func text(_ data: Data) throws(Problem) -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        throw isUTF16(bytes) ? .utf16 : .notUTF8
    }

    /// Whether `bytes` look like UTF-16: a byte-order mark, or zero bytes in every other position.
    package static func isUTF16(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return true }
        let sample = bytes.prefix(200)
        guard sample.count >= 4 else { return false }
        let evenZeros = stride(from: 0, to: sample.count, by: 2).filter { sample[sample.startIndex + $0] == 0 }.count
        let oddZeros = stride(from: 1, to: sample.count, by: 2).filter { sample[sample.startIndex + $0] == 0 }.count
        return max(evenZeros, oddZeros) * 2 >= sample.count / 2
    }

    /// The UTF-8 text of the file at `url` (at most `limit` bytes), or a ``TableError`` naming the file.
    package static func text(at url: URL, limit: Int) throws(TableError) -> String {
        do throws(Problem) {
            return try text(data(at: url, limit: limit))
        } catch {
            throw TableError(file: url.lastPathComponent, message: error.message(path: url.path))
        }
    }
}
