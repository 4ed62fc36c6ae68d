import Foundation

extension Checklist {
    /// A readable Chinese dump of the checklist: header, then every section (with its specialty) and its items,
    /// each with its requirement, basis and links (121号 criterion, grading rules, direct red).
    package func renderText() -> String {
        var out: [String] = []
        out.append("\(header.id)  \(header.title)")
        out.append("版本 \(header.version)，\(header.status.label)；依据 \(header.basis)")
        if !header.appliesTo.isEmpty {
            out.append("适用企业：\(header.appliesTo.map(\.label).joined(separator: "、"))")
        }
        out.append("分级表：\(gradingTableId)\(criteriaId.map { "；重大事故隐患判定标准：\($0)" } ?? "")")
        if let note = header.note { out.append("说明：\(note)") }
        out.append("共 \(sections.count) 个部分、\(items.count) 个检查项")
        for section in sections {
            out.append("【\(section.id) \(section.title)】（专业：\(section.specialty.label)，\(section.items.count) 项）")
            for item in section.items {
                var marks: [String] = []
                if let criterion = item.majorCriterion { marks.append("121号第\(criterion)条") }
                if !item.gradingRuleIds.isEmpty { marks.append("分级规则 \(item.gradingRuleIds.joined(separator: "、"))") }
                if let red = item.directRedId { marks.append("直接判定红色 \(red)") }
                let markText = marks.isEmpty ? "" : "［\(marks.joined(separator: "；"))］"
                out.append("  \(item.id) \(item.requirement)\(markText)")
                out.append("      依据：\(item.basis)")
            }
        }
        return out.joined(separator: "\n")
    }
}
