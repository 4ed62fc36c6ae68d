import Foundation
import HazChemCore
import HazChemDemo
import HazChemStore

/// The Chinese summary `hazchem demo` prints.
enum DemoSummaryText {
    /// Counts by kind, county (in `counties` order), status, grade, disposition, hazard state and report, and where the data went.
    static func render(
        _ s: DemoCampaignSummary, path: String, counties: [Region], seconds: Double
    ) -> String {
        func list<T>(_ cases: [T], _ counts: [String: Int], key: (T) -> String, label: (T) -> String) -> String {
            cases.map { "\(label($0)) \(counts[key($0)] ?? 0)" }.joined(separator: "、")
        }
        let countyList = counties.filter { $0.level == .county }
            .map { "\($0.name) \(s.enterprisesByCounty[$0.code] ?? 0)" }.joined(separator: "、")
        let statuses = list(AssessmentStatus.allCases, s.assessmentsByStatus, key: \.rawValue, label: \.label)
        let grades = Grade.allCases.map { grade in
            "\(grade.label) \(s.grades[grade.rawValue] ?? 0)" + (grade == .red ? "（其中直接判定红色 \(s.directRed)）" : "")
        }.joined(separator: "、")
        let close = s.dispositions[DispositionClass.closeOrSuspend.rawValue] ?? 0
        let actions = list(ClosureAction.allCases, s.closureActions, key: \.rawValue, label: \.label)
        let others = list([DispositionClass.rectify, .consolidate], s.dispositions, key: \.rawValue, label: \.label)
        let hazardCount = DemoCampaignSummary.total(s.hazards)
        let submissions = list(
            [MonthlySubmission.Status.onTime, .late, .missing], s.monthlySubmissions, key: \.rawValue, label: \.label)
        var lines = [
            "已生成演示数据（种子 \(s.seed)，数据截至 \(s.asOf)）：\(path)",
            "企业 \(s.enterprises) 家："
                + list(EnterpriseKind.allCases, s.enterprisesByKind, key: \.rawValue, label: \.label)
                + "；其中 \(s.enterprisesWithUnits) 家的重大危险源等级按单元存量（GB 18218-2018）计算",
            "各旗县市：\(countyList)",
            "专家 \(s.experts) 名（其中安全监管人员 \(s.regulators) 名），专家组 \(s.panels) 个（现场评估 \(s.visits) 次）",
            "评估 \(s.assessments) 份（含更正版本 \(s.corrections) 份）：\(statuses)；报告逾期 \(s.lateReports) 份",
            "风险等级（最新已签署版本）：\(grades)",
            "分类处置：停产整改或关闭淘汰 \(close)（\(actions)）、\(others)",
            "隐患 \(hazardCount) 条（重大隐患 \(s.majorHazards) 条）："
                + list(HazardStatus.allCases, s.hazards, key: \.rawValue, label: \.label)
                + "；逾期未整改 \(s.overdueHazards) 条",
            "旗县市月报（2019年6月至11月）：\(submissions)",
        ]
        if s.users > 0 {
            lines.append(
                "网页用户 \(s.users) 个（admin、prefecture、county+旗县市代码、expert1–3、regulator1），密码均为 \(DemoCampaign.password)")
        }
        lines.append(String(format: "用时 %.1f 秒", seconds))
        return lines.joined(separator: "\n")
    }
}
