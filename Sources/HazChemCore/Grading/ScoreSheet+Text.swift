import Foundation

extension ScoreSheet {
    /// A readable Chinese score sheet: header, every project with cap and subtotals, each answered rule,
    /// totals, grade, direct-red reasons and the allowed dispositions.
    package func renderText() -> String {
        var out: [String] = []
        out.append("\(table.title)（\(table.id)，\(table.version)版，\(table.status.label)）")
        out.append("依据：\(table.basis)")
        out.append("")
        var currentCategory: String?
        for project in projects {
            if project.categoryId != currentCategory {
                currentCategory = project.categoryId
                out.append("【\(project.categoryId) \(project.categoryName)】")
            }
            out.append("  \(project.id) \(project.name)（\(Self.capText(project.cap))）：\(Self.subtotalText(project))")
            for line in project.lines {
                out.append("      \(line.rule.id) \(line.rule.text)：\(Self.lineText(line))")
            }
        }
        out.append("")
        out.append("起始分 \(start)，扣分合计 \(totalDeducted)，加分合计 \(totalBonus)")
        if totalBeforeFloor < .zero {
            out.append("总分：\(total)（计算值 \(totalBeforeFloor) 低于0分，按0分计）")
        } else {
            out.append("总分：\(total)")
        }
        if directRed.isEmpty {
            out.append("风险等级：\(grade.label)")
        } else {
            out.append("按分数：\(scoreGrade.label)")
            out.append("直接判定为红色：")
            for condition in directRed { out.append("  \(condition.id) \(condition.text)") }
            out.append("风险等级：\(grade.label)（直接判定）")
        }
        out.append("可选处置：\(Self.dispositionText(grade))")
        return out.joined(separator: "\n")
    }

    private static func capText(_ cap: Tenths?) -> String {
        cap.map { "上限\($0)分" } ?? "不设上限"
    }

    private static func subtotalText(_ project: Project) -> String {
        var parts: [String] = []
        if project.capReached {
            parts.append("扣分合计\(project.deductionBeforeCap)分，超过上限，按\(project.deducted)分扣")
        } else if project.deducted > .zero {
            parts.append("扣\(project.deducted)分")
        }
        if project.bonus > .zero { parts.append("加\(project.bonus)分") }
        return parts.isEmpty ? "无扣分" : parts.joined(separator: "；")
    }

    private static func lineText(_ line: Line) -> String {
        let verb = line.rule.effect == .deduction ? "扣" : "加"
        var text: String
        switch line.answer {
        case .flag: text = "是，\(verb)\(line.amount)分"
        case .count(let n): text = "\(n)项 × \(line.rule.value) = \(verb)\(line.amount)分"
        }
        if let winner = line.supersededBy {
            text += "（不计：同一等级组只按最重的 \(winner) 计分）"
        }
        return text
    }

    private static func dispositionText(_ grade: Grade) -> String {
        DispositionPolicy.allowedClasses(for: grade).map { disposition in
            switch disposition {
            case .consolidate: "巩固强化"
            case .rectify: grade == .yellow ? "整改提升" : "整改提升（默认）"
            case .closeOrSuspend: "停产整改或关闭淘汰（须专家组认定不具备整改条件并写明理由，再确定停产整改或关闭淘汰）"
            }
        }.joined(separator: "；")
    }
}
