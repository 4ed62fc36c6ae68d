import Foundation
import HazChemCore

/// The 18 key-supervised hazardous chemical processes (重点监管危险化工工艺), DOMAIN.md section 8.
package enum HazardousProcesses {
    /// The official names, first batch of 15 then the second batch of 3.
    package static let names: [String] = [
        "光气及光气化", "电解(氯碱)", "氯化", "硝化", "合成氨", "裂解(裂化)", "氟化", "加氢", "重氮化", "氧化",
        "过氧化", "胺基化", "磺化", "聚合", "烷基化", "新型煤化工", "电石生产", "偶氮化",
    ]

    /// Other spellings users write, mapped to the official name.
    private static let aliases: [String: String] = [
        "光气化": "光气及光气化", "光气": "光气及光气化", "电解": "电解(氯碱)", "氯碱": "电解(氯碱)",
        "氯碱电解": "电解(氯碱)", "电解工艺(氯碱)": "电解(氯碱)", "裂解": "裂解(裂化)", "裂化": "裂解(裂化)",
        "氨基化": "胺基化", "电石": "电石生产", "煤化工": "新型煤化工",
    ]

    /// The official name for `text` (full-width brackets and a trailing 工艺 accepted), or nil if unknown.
    package static func canonical(_ text: String) -> String? {
        var t = text.trimmed
        if names.contains(t) { return t }
        t = t.replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")")
        if names.contains(t) { return t }
        if let alias = aliases[t] { return alias }
        if t.hasSuffix("工艺") {
            t.removeLast(2)
            return names.contains(t) ? t : aliases[t]
        }
        return nil
    }
}
