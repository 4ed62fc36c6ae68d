import Foundation
import HazChemCore

/// The rules a new expert panel must meet (DOMAIN.md section 1), each broken rule one Chinese message.
///
/// At least 4 experts (leader and members; regulators are not counted); the specialties of
/// ``Specialty/requiredOnPanel`` all covered by them; exactly one leader; at least one regulator;
/// nobody employed by the enterprise assessed; nobody on another panel whose on-site dates overlap.
package enum PanelRules {
    /// The minimum number of experts, regulators not counted.
    package static let minimumExperts = 4

    /// Every broken rule, in a fixed order; empty when the panel may be formed.
    ///
    /// - parameters:
    ///   - experts: the stored experts named by `assignments` (missing ids are reported).
    ///   - enterprise: the enterprise assessed, nil when it does not exist.
    ///   - overlapping: for each expert id, the other panels they sit on whose dates overlap this one.
    package static func problems(
        panel: Panel, assignments: [Panel.Assignment], experts: [Int64: Expert], enterprise: Enterprise?,
        overlapping: [Int64: [Panel]]
    ) -> [String] {
        var problems: [String] = []
        if panel.name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append("专家组名称不能为空") }
        if let problem = panel.name.controlCharacterProblem() { problems.append("专家组名称\(problem)") }
        if enterprise == nil { problems.append("被评估企业（编号\(panel.enterpriseID)）不存在") }
        if panel.onSiteEnd < panel.onSiteStart {
            problems.append("现场评估结束日期\(panel.onSiteEnd)早于开始日期\(panel.onSiteStart)")
        }
        var seen: Set<Int64> = []
        for assignment in assignments {
            guard let expert = experts[assignment.expertID] else {
                problems.append("专家编号\(assignment.expertID)不存在")
                continue
            }
            if !seen.insert(assignment.expertID).inserted {
                problems.append("\(expert.entityLabel)在专家组中重复出现")
            }
        }
        let known = assignments.filter { experts[$0.expertID] != nil }
        let expertRoles = known.filter(\.role.isExpert)
        if expertRoles.count < minimumExperts {
            problems.append("专家组至少应有\(minimumExperts)名专家（组长和成员，不含监管人员），现有\(expertRoles.count)名")
        }
        let covered = Set(expertRoles.map { $0.specialty ?? experts[$0.expertID]!.specialty })
        let missing = Specialty.requiredOnPanel.filter { !covered.contains($0) }
        if !missing.isEmpty {
            problems.append("专家组缺少以下专业的专家：\(missing.map(\.label).joined(separator: "、"))")
        }
        let leaders = known.filter { $0.role == .leader }.count
        if leaders != 1 { problems.append("专家组应有且只有1名组长，现有\(leaders)名") }
        if !known.contains(where: { $0.role == .regulator }) { problems.append("专家组至少应有1名安全监管人员") }
        for id in seen.sorted() {
            let expert = experts[id]!
            if let enterprise, expert.employerEnterpriseID == enterprise.id {
                problems.append("\(expert.entityLabel)受雇于被评估企业“\(enterprise.name)”，应当回避")
            }
            for other in overlapping[id] ?? [] {
                problems.append(
                    "\(expert.entityLabel)已在\(other.entityLabel)（编号\(other.id ?? 0)，现场评估\(other.onSiteStart)至\(other.onSiteEnd)）中，现场评估日期重叠"
                )
            }
        }
        return problems
    }
}
