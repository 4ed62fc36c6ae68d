import Foundation
import HazChemCore
import HazChemStore

/// The Chinese summary `assessment show` prints: particulars, progress per section, findings, score sheet,
/// what is still missing, hazards, spot checks, signatures, disposition and versions.
enum AssessmentShowText {
    /// The summary of `detail`; `countyName` names the enterprise's county.
    static func render(_ detail: AssessmentDetail, countyName: String) -> String {
        let a = detail.assessment
        var lines: [String] = []
        lines.append("\(a.entityLabel)  状态：\(a.status.label)" + (detail.isSuperseded ? "（已被更正版本取代）" : ""))
        if let seal = detail.seal { lines.append("报告校验码：\(seal.code)") }
        let e = detail.enterprise
        lines.append("企业：\(e.name)（\(e.creditCode)，\(countyName)，\(e.kind.label)）")
        if let panel = detail.panel {
            let people = panel.seats.map { "\($0.expert.name)（\($0.member.role.label)，\($0.member.specialty.label)）" }
            lines.append("专家组：\(panel.panel.name)：\(people.joined(separator: "、"))")
        }
        lines.append(
            "现场评估：\(a.onSiteStart.map(String.init(describing:)) ?? "—") 至 \(a.onSiteEnd.map(String.init(describing:)) ?? "—")"
                + "  报告期限：\(a.dueDate.map(String.init(describing:)) ?? "—")"
                + "  提交：\(a.submittedLabel ?? "未提交")"
                + (a.signedDate.map { "  签署：\($0)" } ?? "") + (detail.isLate ? "  【报告逾期】" : ""))
        lines.append(
            "检查表：\(a.checklistTableID)（版本\(a.checklistTableVersion)）  分级表：\(a.gradingTableID)（版本\(a.gradingTableVersion)）"
        )
        lines.append("")
        lines.append("检查进度：")
        var rows = [["", "检查内容", "专业", "项数", "符合", "不符合", "不适用", "未查"]]
        for section in detail.progress.sections {
            let c = section.counts
            rows.append(
                [
                    section.sectionId, section.title, section.specialty.label, String(c.total), String(c[.conforming]),
                    String(c[.nonConforming]), String(c[.notApplicable]), String(c[.notChecked]),
                ])
        }
        let t = detail.progress.totals
        rows.append([
            "", "合计", "", String(t.total), String(t[.conforming]), String(t[.nonConforming]), String(t[.notApplicable]),
            String(t[.notChecked]),
        ])
        lines.append(indent(TextTable.render(rows)))
        if !detail.findings.isEmpty {
            lines.append("")
            lines.append("不符合项（\(detail.findings.count)项）：")
            for line in detail.findings {
                let r = line.response
                let item = detail.checklist.item(id: r.itemID)
                var tags: [String] = []
                if let number = item?.majorCriterion { tags.append("121号第\(number)条") }
                if r.markedMajor { tags.append("专家认定重大隐患") }
                let tagText = tags.isEmpty ? "" : "【\(tags.joined(separator: "，"))】"
                let place = r.location.isEmpty ? "" : "（\(r.location)）"
                let finding = r.finding.isEmpty ? "（未填写问题描述）" : r.finding
                lines.append(
                    "  \(r.itemID)\(tagText) \(finding)\(place)" + (line.expert.map { " —— \($0.name)" } ?? ""))
            }
        }
        lines.append("")
        if let sheet = detail.scoreSheet {
            lines.append(sheet.renderText().trimmingCharacters(in: .newlines))
        } else {
            lines.append("评分答案有误，无法计分：")
            lines += detail.gradingProblems.map { "  \($0)" }
        }
        let prefilled = detail.answers.filter { $0.source == .prefilled && $0.value != 0 }.map(\.ruleID)
        if !prefilled.isEmpty { lines.append("预填待确认：\(prefilled.joined(separator: "、"))") }
        if !detail.unmet.isEmpty {
            lines.append("")
            lines.append(a.status == .submitted ? "签署前尚缺：" : "提交前尚缺：")
            lines += detail.unmet.map { "  - \($0.description)" }
        }
        if !detail.hazards.isEmpty {
            let major = detail.hazards.filter { $0.level == .major }.count
            lines.append("")
            lines.append("隐患清单（\(detail.hazards.count)项，其中重大隐患\(major)项）：")
            for h in detail.hazards {
                let overdue = h.isOverdue(asOf: detail.asOf) ? " 【逾期】" : ""
                lines.append(
                    "  #\(h.id!) \(h.itemID ?? "") \(h.level.label) \(h.status.label) 期限\(h.deadline.map(String.init(describing:)) ?? "—")"
                        + " 责任人\(h.responsiblePerson)\(overdue)：\(h.description)")
            }
        }
        if !detail.spotChecks.isEmpty {
            lines.append("")
            lines.append(
                "应知应会抽查："
                    + detail.spotChecks.map { "\($0.person)（\($0.role.label)）\($0.result.label)" }.joined(
                        separator: "、"))
        }
        if !detail.signatures.isEmpty {
            lines.append(
                "专家签名："
                    + detail.signatures.map { "\($0.expert.name)（\($0.signature.signedAtLabel)）" }.joined(
                        separator: "、")
            )
        }
        if let reason = a.notRectifiableReason { lines.append("专家组认定不具备整改条件：\(reason)") }
        for field in RiskDescription.Field.allCases {
            if let text = a.risk[field] { lines.append("\(field.label)：\(text)") }
        }
        if let conclusion = a.conclusion { lines.append("专家组综合意见：\(conclusion)") }
        if let d = detail.disposition {
            lines.append("处置：\(d.label)（\(d.bureau)，\(d.decisionDateLabel)）：\(d.reason)")
        } else if !detail.allowedDispositions.isEmpty, a.status == .signed {
            lines.append("可选处置：" + detail.allowedDispositions.map(\.label).joined(separator: "、"))
        }
        if detail.versions.count > 1 {
            lines.append(
                "版本："
                    + detail.versions.map { "第\($0.version)版 #\($0.id!)（\($0.status.label)）" }.joined(separator: " → "))
        }
        return lines.joined(separator: "\n")
    }

    private static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    }
}
