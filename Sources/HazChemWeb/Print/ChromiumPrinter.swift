import Foundation
import HazChemStore

/// Prints an HTML document to PDF with headless Chromium (`--print-to-pdf`), the engine that lays out the CSS
/// paged media of the print views (A4, page numbers, repeated table headers) and embeds the CJK fonts installed
/// from Debian (fonts-noto-cjk). No PDF is written by hand.
///
/// Each print runs Chromium as a subprocess in a fresh temporary folder (its profile and the HTML file), with a
/// timeout; the folder is removed afterwards. ``shared`` runs at most two prints at once on threads of its own.
package struct ChromiumPrinter: Sendable {
    /// The environment variable naming the Chromium executable.
    package static let variable = "HAZCHEM_CHROMIUM"
    /// The executable names looked for on `PATH`, in order.
    static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// The Chromium executable.
    package let executable: URL
    /// Seconds a print may take before Chromium is stopped.
    package var timeout: TimeInterval

    /// A printer running `executable`.
    package init(executable: URL, timeout: TimeInterval = 90) {
        self.executable = executable
        self.timeout = timeout
    }

    /// Finds Chromium: `HAZCHEM_CHROMIUM`, else the first of ``names`` on `PATH`; a Chinese error saying how to
    /// install it otherwise.
    package static func locate(environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(WebError) -> ChromiumPrinter
    {
        let manager = FileManager.default
        if let given = environment[variable], !given.isEmpty {
            guard manager.isExecutableFile(atPath: given) else {
                throw WebError(.configuration, "环境变量 \(variable) 指定的“\(given)”不是可执行文件，无法生成 PDF")
            }
            return ChromiumPrinter(executable: URL(fileURLWithPath: given))
        }
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for name in names {
            for folder in folders {
                let path = "\(folder)/\(name)"
                if manager.isExecutableFile(atPath: path) {
                    return ChromiumPrinter(executable: URL(fileURLWithPath: path))
                }
            }
        }
        throw WebError(
            .configuration,
            "找不到 Chromium 浏览器，无法生成 PDF：请运行 scripts/install-deps.sh（或 apt-get install chromium fonts-noto-cjk），"
                + "或用环境变量 \(variable) 指定其位置")
    }

    /// The PDF of `html`; `WebError` when Chromium fails, times out or writes nothing.
    package func pdf(html: String) throws(WebError) -> Data {
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("hazchem-print-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: folder) }
        let page = folder.appendingPathComponent("document.html")
        let output = folder.appendingPathComponent("document.pdf")
        do {
            try manager.createDirectory(at: folder.appendingPathComponent("profile"), withIntermediateDirectories: true)
            try Data(html.utf8).write(to: page)
        } catch {
            throw WebError(.internalError, "无法写入打印用的临时文件：\(error.localizedDescription)")
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-extensions", "--no-first-run",
            "--disable-background-networking", "--no-pdf-header-footer", "--allow-file-access-from-files",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
            "--print-to-pdf=\(output.path)", page.absoluteString,
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder.path
        process.environment = environment
        let log = folder.appendingPathComponent("chromium.log")
        manager.createFile(atPath: log.path, contents: nil)
        let handle = try? FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        do {
            try process.run()
        } catch {
            throw WebError(.configuration, "无法启动 Chromium（\(executable.path)）：\(error.localizedDescription)")
        }
        if done.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            if done.wait(timeout: .now() + 5) == .timedOut { kill(process.processIdentifier, SIGKILL) }
            throw WebError(.internalError, "Chromium 在 \(Int(timeout)) 秒内未完成 PDF 打印，已停止")
        }
        try? handle?.close()
        guard process.terminationStatus == 0, let data = try? Data(contentsOf: output),
            data.starts(with: Array("%PDF".utf8))
        else {
            let tail =
                (try? String(contentsOf: log, encoding: .utf8))?.split(separator: "\n").suffix(3)
                .joined(separator: "；") ?? ""
            throw WebError(
                .internalError, "Chromium 打印 PDF 失败（退出码 \(process.terminationStatus)）\(tail.isEmpty ? "" : "：\(tail)")")
        }
        return data
    }

    /// Prints on the shared pool (at most two Chromium processes at once), so async callers never block a
    /// cooperative thread.
    package func pdf(html: String) async throws(WebError) -> Data {
        try await Self.pool.run { () throws(WebError) -> Data in try self.pdf(html: html) }
    }

    /// The threads Chromium is waited for on.
    private static let pool = BlockingPool(width: 2, label: "hazchem-pdf")
}
