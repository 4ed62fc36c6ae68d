import Foundation
import HazChemCore
import Yams

/// Bounds on a composed YAML document, and the libyaml parser's problems in Chinese.
enum YAMLShape {
    /// The deepest nesting accepted (the project's files nest about 6 deep).
    static let maximumDepth = 64
    /// The most nodes accepted; aliases count every time they are used, so a "billion laughs" file stops here.
    static let maximumNodes = 1_000_000

    /// Why `node` is refused (too deep or too many nodes), or nil; stops walking at the first bound passed.
    static func problem(of node: Node) -> String? {
        var count = 0
        var stack: [(Node, Int)] = [(node, 1)]
        while let (current, depth) = stack.popLast() {
            count += 1
            if count > maximumNodes { return "YAML内容超过 \(maximumNodes) 个节点的上限（含别名展开），已拒绝读取" }
            if depth > maximumDepth { return "YAML嵌套超过 \(maximumDepth) 层的上限，已拒绝读取" }
            switch current {
            case .mapping(let mapping):
                for (key, value) in mapping { stack += [(key, depth + 1), (value, depth + 1)] }
            case .sequence(let sequence):
                for item in sequence { stack.append((item, depth + 1)) }
            default:
                break
            }
        }
        return nil
    }

    /// The libyaml problems users meet, in Chinese; any other is named generically (the original goes to the
    /// debug log).
    static func chinese(_ problem: String) -> String {
        let known: [(String, String)] = [
            ("did not find expected ',' or '}'", "缺少“,”或“}”（花括号映射未正确结束）"),
            ("did not find expected ',' or ']'", "缺少“,”或“]”（方括号列表未正确结束）"),
            ("did not find expected key", "缺少预期的键（可能是缩进不一致）"),
            ("did not find expected '-' indicator", "缺少预期的“-”（列表项缩进不一致）"),
            ("did not find expected node content", "缺少预期的内容"),
            ("mapping values are not allowed in this context", "此处不允许出现“键: 值”（冒号后的值含冒号时请加引号）"),
            ("found character that cannot start any token", "出现不能作为开头的字符（如制表符、@ 或 `；缩进请用空格）"),
            ("found undefined alias", "使用了未定义的别名（*）"),
            ("found unexpected end of stream", "文件意外结束（引号或括号未闭合）"),
            ("found unknown escape character", "引号内有无法识别的转义字符（反斜杠）"),
            ("could not find expected ':'", "缺少“:”"),
            ("block sequence entries are not allowed in this context", "此处不允许出现列表项“-”（缩进不一致）"),
            ("Maximum nesting level reached", "嵌套层级过深"),
            ("control characters are not allowed", "含有不允许的控制字符"),
            ("invalid leading UTF-8 octet", "含有无效的UTF-8字节"),
            ("found duplicate anchor", "锚点（&）重复"),
        ]
        for (english, chinese) in known where problem.contains(english) { return chinese }
        DebugLog.write("YAML problem", problem)
        return "语法错误（请检查缩进、冒号、引号和括号）"
    }
}
