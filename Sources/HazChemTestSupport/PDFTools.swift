import Foundation

/// Reads PDFs back with poppler-utils (`pdftotext`, `pdffonts`) for tests of the printed documents.
///
/// Tests that print need Chromium and poppler-utils, which `make deps` (scripts/install-deps.sh) installs; they
/// are skipped, saying so, only where neither is installed.
package enum PDFTools {
    /// The first executable called `name` on `PATH`.
    package static func tool(_ name: String) -> URL? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { URL(fileURLWithPath: "\($0)/\(name)") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Whether Chromium and poppler-utils are both installed.
    package static var available: Bool {
        tool("pdftotext") != nil && tool("pdffonts") != nil
            && ["chromium", "chromium-browser", "google-chrome"].contains { tool($0) != nil }
    }

    /// The text of the PDF at `url` (`pdftotext`).
    package static func text(_ url: URL) throws -> String {
        try run("pdftotext", [url.path, "-"])
    }

    /// The fonts of the PDF at `url` (`pdffonts`): name, type (`CID TrueType`, `Type 3` …) and whether it is
    /// embedded.
    package static func fonts(_ url: URL) throws -> [(name: String, type: String, embedded: Bool)] {
        let lines = try run("pdffonts", [url.path]).split(separator: "\n").map(Array.init)
        guard lines.count >= 2 else { return [] }
        // The dashes under the heading give each column's character range (names and types contain spaces).
        var ranges: [Range<Int>] = []
        var start: Int?
        for (index, character) in (lines[1] + [" "]).enumerated() {
            if character == "-", start == nil { start = index }
            if character != "-", let first = start {
                ranges.append(first..<index)
                start = nil
            }
        }
        func column(_ line: [Character], _ number: Int) -> String {
            guard number < ranges.count else { return "" }
            let range = ranges[number].clamped(to: 0..<line.count)
            return String(line[range]).trimmingCharacters(in: .whitespaces)
        }
        return lines.dropFirst(2).map { line in
            (column(line, 0), column(line, 1), column(line, 3) == "yes")
        }
    }

    /// The page count (`pdfinfo`), nil when unknown.
    package static func pages(_ url: URL) throws -> Int? {
        let info = try run("pdfinfo", [url.path])
        return info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) }
    }

    private static func run(_ name: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = tool(name) ?? URL(fileURLWithPath: "/usr/bin/\(name)")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
