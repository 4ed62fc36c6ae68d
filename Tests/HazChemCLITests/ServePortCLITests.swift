import Foundation
import HazChemTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `serve` on a port another program holds says so in Chinese and exits 2.
@Suite("CLI: serve on a taken port (built binary)")
struct ServePortCLITests {
    @Test("the port in use is named, with what to do")
    func takenPort() throws {
        #if canImport(Glibc)
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        try #require(fd >= 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        try #require(bound == 0)
        try #require(listen(fd, 1) == 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        let port = Int(UInt16(bigEndian: address.sin_port))

        let folder = try RepositoryPaths.temporaryDirectory()
        let db = folder.appendingPathComponent("web.sqlite").path
        let result = try CLIRunner.run(["serve", "--host", "127.0.0.1", "--port", String(port), "--db", db])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("端口 \(port) 已被占用（127.0.0.1）：请先停止占用该端口的程序，或用 --port 指定其他端口"), "\(result.stderr)")
    }
}
