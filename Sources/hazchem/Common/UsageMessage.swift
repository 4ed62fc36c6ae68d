import Foundation

/// swift-argument-parser's own messages (unknown option, missing argument, invalid value …) in Chinese.
///
/// The parser writes its usage errors in English. Users read Chinese, so the known sentence shapes are
/// rewritten; anything unrecognised is kept as it is, so no information is lost.
enum UsageMessage {
    /// (English pattern, Chinese template with `$1`, `$2` …): the first match of each line is rewritten.
    private static let rules: [(pattern: String, template: String)] = [
        (#"^Error: "#, "错误："),
        (#"Unknown option '([^']+)'\. Did you mean '([^']+)'\?"#, "未知选项 $1，是否应为 $2？"),
        (#"Unknown option '([^']+)'"#, "未知选项 $1"),
        (#"Missing value for '([^']+)'"#, "选项 $1 缺少取值"),
        (#"Missing expected argument '([^']+)'"#, "缺少必填参数 $1"),
        (#"Missing one of: (.+)$"#, "缺少以下之一：$1"),
        (#"(\d+) unexpected arguments: (.+)$"#, "多余的参数（$1 个）：$2"),
        (#"Unexpected argument '([^']+)'"#, "多余的参数 $1"),
        (#"The value '([^']*)' is invalid for '([^']+)'"#, "参数 $2 的取值 $1 无效"),
        (#"The value '([^']*)' is invalid\."#, "取值 $1 无效。"),
        (#"\. Please provide one of the following:$"#, "。可选值："),
        (#"\. Please provide one of (.+)\.$"#, "。可选值：$1。"),
        (
            #"The option '([^']+)' does not take any value, but '([^']*)' was specified\."#,
            "选项 $1 不带取值，但给出了 $2。"
        ),
        (#"' and '"#, "'、'"),
        (#"', '"#, "'、'"),
        (#"^Usage: "#, "用法："),
        (#"^Help:  "#, "说明："),
        (#"^  See '([^']+)' for more information\."#, "  运行 '$1' 查看说明。"),
    ]

    private static let compiled: [(NSRegularExpression, String)] = rules.map {
        // The patterns are literals above; a bad one is a programming error caught by the tests.
        (try! NSRegularExpression(pattern: $0.pattern, options: [.anchorsMatchLines]), $0.template)
    }

    /// `message` with every known English phrase replaced by its Chinese form.
    static func chinese(_ message: String) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var text = String(line)
            for (expression, template) in compiled {
                let range = NSRange(text.startIndex..., in: text)
                text = expression.stringByReplacingMatches(in: text, range: range, withTemplate: template)
            }
            return text
        }.joined(separator: "\n")
    }
}
