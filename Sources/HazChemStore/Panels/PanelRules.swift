import Foundation
import HazChemCore

/// The rules a panel must meet (DOMAIN.md section 1), each broken rule one Chinese message.
///
/// For the team: a name; at least 4 experts (leader and members; regulators are not counted); the
/// specialties of ``Specialty/requiredOnPanel`` all covered by them; exactly one leader; at least one
/// regulator. For each visit, with the team as it stands: the team rules again, valid dates, nobody employed
/// by the enterprise visited (回避), and nobody on a visit (of this or another panel) whose on-site dates overlap.
package enum PanelRules {
    /// The minimum number of experts, regulators not counted.
    package static let minimumExperts = 4

    /// A visit that shares a member with the one checked and overlaps its dates.
    package struct Overlap: Sendable, Equatable {
        /// The other panel's name.
        package var panelName: String
        /// The other visit.
        package var visit: PanelVisit
        /// Creates an overlap.
        package init(panelName: String, visit: PanelVisit) {
            self.panelName = panelName
            self.visit = visit
        }
    }

    /// Every broken team rule, in a fixed order; empty when the team may be formed.
    package static func teamProblems(name: String, assignments: [Panel.Assignment], experts: [Int64: Expert])
        -> [String]
    {
        var problems: [String] = []
        if name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append("专家组名称不能为空") }
        if let problem = name.controlCharacterProblem() { problems.append("专家组名称\(problem)") }
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
        return problems
    }

    /// The field a visit's problem is shown next to: the enterprise, the dates, or the members.
    package enum Field {
        /// 被评估企业.
        package static let enterprise = "被评估企业"
        /// 现场评估日期.
        package static let dates = "现场评估日期"
        /// 专家组成员.
        package static let members = "专家组成员"
    }

    /// Every broken rule of one visit in a fixed order: the enterprise and dates, the team rules (no field),
    /// then conflicts of interest and overlapping visits.
    ///
    /// - parameters:
    ///   - experts: the stored experts named by `assignments` (missing ids are reported).
    ///   - enterprise: the enterprise visited, nil when it does not exist.
    ///   - overlapping: for each expert id, the other visits they are on whose dates overlap this one.
    package static func problems(
        name: String, visit: PanelVisit, assignments: [Panel.Assignment], experts: [Int64: Expert],
        enterprise: Enterprise?, overlapping: [Int64: [Overlap]]
    ) -> [StoreError.Problem] {
        let visitOnly = visitProblems(
            visit: visit, assignments: assignments, experts: experts, enterprise: enterprise, overlapping: overlapping)
        let basics = (enterprise == nil ? 1 : 0) + (visit.onSiteEnd < visit.onSiteStart ? 1 : 0)
        return Array(visitOnly.prefix(basics))
            + teamProblems(name: name, assignments: assignments, experts: experts).map {
                StoreError.Problem(message: $0)
            } + visitOnly.dropFirst(basics)
    }

    /// The rules of the visit itself: the enterprise exists, the dates are in order, 回避, no double booking.
    package static func visitProblems(
        visit: PanelVisit, assignments: [Panel.Assignment], experts: [Int64: Expert], enterprise: Enterprise?,
        overlapping: [Int64: [Overlap]]
    ) -> [StoreError.Problem] {
        var problems: [StoreError.Problem] = []
        if enterprise == nil {
            problems.append(.init(field: Field.enterprise, message: "被评估企业（编号\(visit.enterpriseID)）不存在"))
        }
        if visit.onSiteEnd < visit.onSiteStart {
            problems.append(
                .init(field: Field.dates, message: "现场评估结束日期\(visit.onSiteEnd)早于开始日期\(visit.onSiteStart)"))
        }
        for id in Set(assignments.map(\.expertID)).sorted() {
            guard let expert = experts[id] else { continue }
            if let enterprise, expert.employerEnterpriseID == enterprise.id {
                problems.append(
                    .init(
                        field: Field.enterprise,
                        message: "\(expert.entityLabel)受雇于被评估企业“\(enterprise.name)”，应当回避"))
            }
            for other in overlapping[id] ?? [] {
                problems.append(
                    .init(
                        field: Field.dates,
                        message:
                            "\(expert.entityLabel)已在专家组“\(other.panelName)”的现场评估（编号\(other.visit.id ?? 0)，\(other.visit.onSiteStart)至\(other.visit.onSiteEnd)）中，现场评估日期重叠"
                    ))
            }
        }
        return problems
    }
}
