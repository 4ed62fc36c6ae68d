import Foundation
import ZIPFoundation

extension XLSXReader {
    /// How much a workbook may hold once inflated, so a zip bomb is refused within seconds in bounded memory.
    ///
    /// The sizes the zip declares are checked when the workbook is opened; while a part is inflated, its bytes
    /// are counted and extraction stops as soon as they pass the declared size or the per-part limit, so a zip
    /// that lies about its sizes is refused as well.
    package struct Limits: Sendable, Equatable {
        /// The most entries (files) in the zip.
        package var entries: Int
        /// The most bytes one part may inflate to.
        package var partBytes: UInt64
        /// The most bytes all parts together may declare.
        package var totalBytes: UInt64

        /// Creates limits.
        package init(entries: Int, partBytes: UInt64, totalBytes: UInt64) {
            self.entries = entries
            self.partBytes = partBytes
            self.totalBytes = totalBytes
        }

        /// 10 000 entries, 64 MiB per part, 256 MiB in total: a filled form of the project's checklists is
        /// well under 1 MiB; a sheet of half a million cells is about 50 MiB.
        package static let standard = Limits(entries: 10_000, partBytes: 64 << 20, totalBytes: 256 << 20)
    }

    /// `bytes` as MiB for messages.
    static func mebibytes(_ bytes: UInt64) -> String { "\(bytes >> 20) MB" }

    /// Refuses a zip with too many entries or declared sizes above the limits, before anything is inflated.
    static func checkDeclaredSizes(of archive: Archive, limits: Limits, file: String) throws {
        var count = 0
        var total: UInt64 = 0
        for entry in archive {
            count += 1
            if count > limits.entries {
                throw refusal("压缩包中的文件超过 \(limits.entries) 个", file: file)
            }
            if entry.uncompressedSize > limits.partBytes {
                throw refusal(
                    "部件 \(entry.path) 解压后为 \(mebibytes(entry.uncompressedSize))，超过每个部件 \(mebibytes(limits.partBytes)) 的上限",
                    file: file)
            }
            total += entry.uncompressedSize
            if total > limits.totalBytes {
                throw refusal("解压后总大小超过 \(mebibytes(limits.totalBytes)) 的上限", file: file)
            }
        }
    }

    /// The inflated bytes of `entry`, stopping as soon as they pass its declared size or the per-part limit.
    static func inflate(_ entry: Entry, from archive: Archive, limits: Limits, file: String) throws -> Data {
        let allowed = min(entry.uncompressedSize, limits.partBytes)
        var data = Data()
        data.reserveCapacity(Int(allowed))
        var exceeded = false
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard UInt64(data.count + chunk.count) <= allowed else {
                    exceeded = true
                    throw CocoaError(.fileReadTooLarge)
                }
                data.append(chunk)
            }
        } catch {
            if exceeded {
                throw refusal(
                    "部件 \(entry.path) 解压后超过其声明的大小或 \(mebibytes(limits.partBytes)) 的上限", file: file)
            }
            throw XLSXError(.invalidContent("无法解压部件 \(entry.path)"), file: file)
        }
        return data
    }

    /// A refused workbook: what is too large, and what it means.
    private static func refusal(_ what: String, file: String) -> XLSXError {
        XLSXError(.invalidContent("\(what)；文件可能已损坏或是恶意构造的压缩包（压缩炸弹），已拒绝读取"), file: file)
    }
}
