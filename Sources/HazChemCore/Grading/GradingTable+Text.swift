import Foundation

extension GradingTable {
    /// A readable Chinese dump of the table: header, every rule with its amount and groups, direct red, bands.
    package func renderText() -> String {
        var out: [String] = []
        out.append("\(header.id)  \(header.title)")
        out.append("版本 \(header.version)，\(header.status.label)；依据 \(header.basis)")
        if !header.appliesTo.isEmpty {
            out.append("适用企业：\(header.appliesTo.map(\.label).joined(separator: "、"))")
        }
        if let note = header.note { out.append("说明：\(note)") }
        out.append("起始分：\(start)")
        for category in categories {
            out.append("【\(category.id) \(category.name)】")
            for project in category.projects {
                out.append("  \(project.id) \(project.name)（\(project.cap.map { "上限\($0)分" } ?? "不设上限")）")
                for rule in project.rules {
                    var marks: [String] = []
                    if let tier = rule.tier { marks.append("等级组 \(tier)：只按最重一项计分") }
                    if let group = rule.exclusive { marks.append("互斥组 \(group)：最多选一项") }
                    if !rule.conflictsWith.isEmpty {
                        marks.append("不能与 \(rule.conflictsWith.joined(separator: "、")) 同时成立")
                    }
                    let markText = marks.isEmpty ? "" : "［\(marks.joined(separator: "；"))］"
                    out.append("      \(rule.id) \(rule.text) — \(rule.amountLabel)\(markText)")
                    if let basis = rule.basis { out.append("          依据：\(basis)") }
                }
            }
        }
        if !directRed.isEmpty {
            out.append("直接判定为红色（任一项）：")
            for condition in directRed { out.append("  \(condition.id) \(condition.text)") }
        }
        let bandText = bands.sorted { $0.min > $1.min }.map { "\($0.grade.label) ≥ \($0.min)" }
        out.append("分级（下限含本数）：\(bandText.joined(separator: "；"))")
        return out.joined(separator: "\n")
    }
}
