import Foundation
import HazChemCore
import HazChemXLSX

extension AssessmentReportPage {
    /// 风险管控: for red and orange enterprises the affected area, risk value, adequacy of controls and
    /// risk-reduction measures (missing ones flagged); for other grades a note that they are not required.
    func writeRiskControl() throws {
        let grade = data.scoreSheet.grade
        let control = data.riskControl
        try title("风险管控分析", row: 0, columns: 0...2)
        try out.write("风险等级", row: 2, column: 0, format: formats.label)
        try out.merge(grade.label, row: 2, columns: 1...2, format: formats.table.grade(grade))
        var row = 4
        let fields = [
            ("风险失控后可能影响的区域", control.affectedArea), ("风险值", control.riskValue),
            ("现有风险管控措施的充分性", control.controlAdequacy), ("降低风险的措施", control.reductionMeasures),
        ]
        if !data.requiresRiskControl {
            let note =
                "本企业风险等级为\(grade.label)。风险失控影响区域、风险值、管控措施充分性和降低风险措施"
                + "仅要求红色、橙色企业填写，本企业不作要求。"
            try out.merge(note, row: row, columns: 0...2, format: formats.note, wraps: true)
            row += 2
        }
        for (label, value) in fields where data.requiresRiskControl || value != nil {
            let text = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if text.isEmpty {
                try field(label, "（未填写：红色、橙色企业必须填写）", row: row, columns: 1...2, format: formats.warning)
            } else {
                try field(label, text, row: row, columns: 1...2)
            }
            row += 1
        }
    }

    /// 处置: the suggested classes with their follow-up, and the bureau's decision (or that none was made yet).
    func writeDisposition() throws {
        let grade = data.scoreSheet.grade
        try title("分类处置", row: 0, columns: 0...2)
        var row = 2
        try out.write("一、专家组建议处置", row: row, column: 0, format: formats.section)
        row += 1
        try header(["序号", "处置类别", "处置要求"], row: row)
        row += 1
        for (index, suggestion) in data.suggestedDispositions.enumerated() {
            try out.sheet.write(index + 1, row: row, column: 0, format: formats.table.integer)
            try out.write(suggestion.label, row: row, column: 1, format: formats.table.wrapped, wraps: true)
            try out.write(Self.followUp(suggestion), row: row, column: 2, format: formats.table.wrapped, wraps: true)
            row += 1
        }
        let allowed = DispositionPolicy.allowedClasses(for: grade).map(\.label).joined(separator: "、")
        try out.merge(
            "风险等级为\(grade.label)，可选处置类别：\(allowed)。", row: row, columns: 0...2, format: formats.note,
            wraps: true)
        row += 2
        try out.write("二、处置决定", row: row, column: 0, format: formats.section)
        row += 1
        guard let disposition = data.disposition else {
            try out.merge("尚未作出处置决定", row: row, columns: 0...2, format: formats.table.centered)
            return
        }
        let decision = disposition.decision
        let fields = [
            ("决定处置类别", decision.disposition.label), ("处置措施", decision.action?.label ?? "—"),
            ("不具备整改条件的认定", decision.hasNotRectifiableFinding ? decision.notRectifiableReason ?? "" : "无"),
            ("处置理由", disposition.reason.isEmpty ? "—" : disposition.reason),
            ("决定日期", Self.day(disposition.date)), ("决定机关", disposition.bureau.isEmpty ? "—" : disposition.bureau),
        ]
        for (label, value) in fields {
            try field(label, value, row: row, columns: 1...2)
            row += 1
        }
        for problem in DispositionPolicy.validate(decision, grade: grade) {
            try field("注意", problem.message, row: row, columns: 1...2, format: formats.warning)
            row += 1
        }
    }

    /// What each class means for the enterprise (DOMAIN.md section 5).
    static func followUp(_ disposition: DispositionClass) -> String {
        switch disposition {
        case .consolidate: "巩固强化：提出更高的安全管理要求，保持并提升现有安全水平"
        case .rectify: "整改提升：依法处罚，逐项限期整改隐患并复查，整改后重新评估、提档升级"
        case .closeOrSuspend: "停产整改或关闭淘汰：不具备整改条件的，责令停产整改，或提请地方政府依法关闭"
        }
    }
}
