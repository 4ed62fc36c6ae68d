import Foundation
import HazChemCore
import HazChemReports
import HazChemStore
import Mustache

/// Renders the printed documents — the assessment report (`report-print.mustache`), the rectification notice and
/// the re-check opinion (`notice-print.mustache`) — into standalone HTML with `static/print.css` inlined, so the
/// same page serves the browser's print view and headless Chromium's PDF (`hazchem export … --format pdf` and the
/// web downloads).
package struct PrintRenderer: Sendable {
    /// The templates this renderer needs.
    static let templateNames = ["report-print", "notice-print"]

    private let library: MustacheLibrary
    private let css: String

    /// Loads the print templates and stylesheet from the templates folder (synchronously: the CLI uses it too).
    package init(directory: URL) throws(WebError) {
        var library = MustacheLibrary()
        for name in Self.templateNames {
            let file = directory.appendingPathComponent("\(name).mustache")
            guard let text = try? String(contentsOf: file, encoding: .utf8) else {
                throw WebError(.configuration, "缺少打印模板 \(file.path)")
            }
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch {
                throw WebError(.configuration, "打印模板 \(file.path) 有语法错误：\(error)")
            }
        }
        let sheet = directory.appendingPathComponent("static/print.css")
        guard let css = try? String(contentsOf: sheet, encoding: .utf8) else {
            throw WebError(.configuration, "缺少打印样式表 \(sheet.path)")
        }
        self.library = library
        self.css = css
    }

    /// The assessment report as one HTML document.
    package func report(_ data: AssessmentReportData) -> String {
        var page = AssessmentReportPrint(data)
        page.css = css
        page.runningHead = Self.cssString("\(data.enterprise.name)　安全风险评估报告　\(data.reportNumber)")
        return library.render(page, withTemplate: "report-print") ?? ""
    }

    /// The rectification notice or re-check opinion, issued on `date`.
    package func notice(_ kind: HazardNoticePrint.Kind, data: AssessmentReportData, date: LocalDate) -> String {
        var page = HazardNoticePrint(kind, data: data, date: date)
        page.css = css
        return library.render(page, withTemplate: "notice-print") ?? ""
    }

    /// `text` as a CSS string literal that cannot end the `<style>` element or the string early.
    static func cssString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\", "<", ">", "&":
                out += "\\" + String(scalar.value, radix: 16) + " "
            default:
                if scalar.value < 0x20 { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}
