import Foundation
import HazChemTestSupport
import HazChemXLSX
import Testing

/// A zip bomb is refused within seconds and without inflating it; the message names the file and the limit.
@Suite("xlsx reader: inflation limits")
struct XLSXReaderLimitsTests {
    @Test("a sheet part declaring 300 MB is refused on opening, in well under a second")
    func honestBomb() throws {
        let url = try RepositoryPaths.temporaryDirectory().appendingPathComponent("bomb.xlsx")
        try ZipBomb.write(to: url, sheetBytes: 300 << 20)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int)
        #expect(size < 1 << 20)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect {
                _ = try XLSXReader(url: url)
            } throws: { error in
                let text = "\(error)"
                return text.contains("bomb.xlsx")
                    && text.contains("部件 xl/worksheets/sheet1.xml 解压后为 300 MB，超过每个部件 64 MB 的上限")
                    && text.contains("压缩炸弹")
            }
        }
        #expect(elapsed < .seconds(5))
    }

    @Test("a sheet part lying about its size is stopped once it passes the declared size")
    func lyingBomb() throws {
        let url = try RepositoryPaths.temporaryDirectory().appendingPathComponent("liar.xlsx")
        try ZipBomb.write(to: url, sheetBytes: 300 << 20, declaredSheetBytes: 1000)
        let reader = try XLSXReader(url: url)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect {
                _ = try reader.sheet(named: "分级答案")
            } throws: { error in
                "\(error)".contains("部件 xl/worksheets/sheet1.xml 解压后超过其声明的大小或 64 MB 的上限")
            }
        }
        #expect(elapsed < .seconds(5))
    }

    @Test("the total and the entry count are limited as well")
    func totalAndCount() throws {
        let url = try RepositoryPaths.temporaryDirectory().appendingPathComponent("total.xlsx")
        try ZipBomb.write(to: url, sheetBytes: 3 << 20)
        #expect {
            _ = try XLSXReader(url: url, limits: .init(entries: 100, partBytes: 4 << 20, totalBytes: 2 << 20))
        } throws: { "\($0)".contains("解压后总大小超过 2 MB 的上限") }
        #expect {
            _ = try XLSXReader(url: url, limits: .init(entries: 3, partBytes: 4 << 20, totalBytes: 8 << 20))
        } throws: { "\($0)".contains("压缩包中的文件超过 3 个") }
        // Within the limits the same file opens and its (blank) sheet reads.
        let reader = try XLSXReader(url: url, limits: .init(entries: 4, partBytes: 4 << 20, totalBytes: 8 << 20))
        #expect(reader.sheetNames == ["分级答案"])
    }

    @Test("a missing file says so instead of calling it an invalid xlsx")
    func missing() {
        #expect {
            _ = try XLSXReader(url: URL(fileURLWithPath: "/nonexistent/form.xlsx"))
        } throws: { "\($0)" == "文件 /nonexistent/form.xlsx：找不到文件，请检查路径" }
    }
}
