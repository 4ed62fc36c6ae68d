import Foundation
import HazChemCore

/// A whole assessment as one YAML file (`kind: assessment`), for exchange between offices and machines.
///
/// Carries the enterprise (credit code, and its profile so an empty database can create it), the panel and
/// its people, the tables used (id + version), the responses, hazard plans, grading answers, risk texts,
/// spot checks, signatures and the disposition. Read by ``AssessmentFileReader``, written by
/// ``AssessmentFileWriter``; the format is described in docs/assessment-file.md.
package struct AssessmentFile: Sendable, Equatable {
    /// A panel member, found by name and organisation or created.
    package struct Member: Sendable, Equatable {
        /// 姓名.
        package var name: String
        /// 工作单位.
        package var organisation: String
        /// 组长, 成员 or 监管人员.
        package var role: PanelRole
        /// The specialty covered on the panel (also the expert's specialty when created).
        package var specialty: Specialty
        /// 职称, used when the expert is created.
        package var title: String
    }

    /// A table by id and version.
    package struct TableRef: Sendable, Equatable {
        /// The table id.
        package var id: String
        /// The table version.
        package var version: String
    }

    /// A hazard plan for a non-conforming item.
    package struct HazardPlan: Sendable, Equatable {
        /// The item id.
        package var itemID: String
        /// The plan.
        package var details: HazardDetails
    }

    /// A spot check.
    package struct SpotCheckLine: Sendable, Equatable {
        /// The person examined.
        package var person: String
        /// Their post.
        package var role: SpotCheckRole
        /// 合格 or 不合格.
        package var result: SpotCheckResult
        /// A remark.
        package var note: String
    }

    /// A signature.
    package struct SignatureLine: Sendable, Equatable {
        /// The signer's name (a panel member).
        package var expert: String
        /// The day signed.
        package var date: LocalDate
    }

    /// The bureau's decision.
    package struct DispositionLine: Sendable, Equatable {
        /// The class.
        package var dispositionClass: DispositionClass
        /// The closure action (closeOrSuspend only).
        package var action: ClosureAction?
        /// The reason.
        package var reason: String
        /// The decision day.
        package var date: LocalDate
        /// The deciding bureau.
        package var bureau: String
    }

    /// 统一社会信用代码 of the enterprise.
    package var creditCode: String
    /// The enterprise profile as texts (credit code included), used only when the enterprise is not stored.
    package var enterprise: [EnterpriseField: String]
    /// 专家组名称.
    package var panelName: String
    /// The first on-site day.
    package var onSiteStart: LocalDate
    /// The last on-site day.
    package var onSiteEnd: LocalDate
    /// The panel's people.
    package var members: [Member]
    /// The grading table used.
    package var grading: TableRef
    /// The checklist used.
    package var checklist: TableRef
    /// The criteria list used, when known.
    package var criteria: TableRef?
    /// When the report was submitted (nil: not yet).
    package var submitted: LocalDate?
    /// The responses, in file order.
    package var responses: [AssessmentResponseInput]
    /// The hazard plans, in file order.
    package var hazards: [HazardPlan]
    /// The panel's confirmed answers (rule or direct-red id → answer); nil when the panel has not confirmed any.
    package var answers: [(id: String, answer: GradingAnswer)]?
    /// The direct-red conditions found (confirmed).
    package var directRed: [String]
    /// Pre-filled answers not confirmed yet.
    package var proposed: [(id: String, answer: GradingAnswer)]
    /// The red/orange risk texts.
    package var risk: RiskDescription
    /// The panel's not-rectifiable finding (its reason).
    package var notRectifiable: String?
    /// 专家组综合意见.
    package var conclusion: String? = nil
    /// The spot checks.
    package var spotChecks: [SpotCheckLine]
    /// The signatures.
    package var signatures: [SignatureLine]
    /// The bureau's disposition.
    package var disposition: DispositionLine?
    /// Field path → line, filled by the reader so problems found while importing name their line.
    package var lines: [String: Int] = [:]

    /// The line of `path` or of its nearest ancestor that has one.
    package func line(of path: String) -> Int? {
        var p = path
        while !p.isEmpty {
            if let line = lines[p] { return line }
            if let cut = p.lastIndex(where: { $0 == "." || $0 == "[" }) { p = String(p[..<cut]) } else { break }
        }
        return nil
    }

    package static func == (lhs: AssessmentFile, rhs: AssessmentFile) -> Bool {
        func same(_ a: [(id: String, answer: GradingAnswer)]?, _ b: [(id: String, answer: GradingAnswer)]?) -> Bool {
            a?.map(\.id) == b?.map(\.id) && a?.map(\.answer) == b?.map(\.answer)
        }
        return lhs.creditCode == rhs.creditCode && lhs.enterprise == rhs.enterprise && lhs.panelName == rhs.panelName
            && lhs.onSiteStart == rhs.onSiteStart && lhs.onSiteEnd == rhs.onSiteEnd && lhs.members == rhs.members
            && lhs.grading == rhs.grading && lhs.checklist == rhs.checklist && lhs.criteria == rhs.criteria
            && lhs.submitted == rhs.submitted && lhs.responses == rhs.responses && lhs.hazards == rhs.hazards
            && same(lhs.answers, rhs.answers) && lhs.directRed == rhs.directRed && same(lhs.proposed, rhs.proposed)
            && lhs.risk == rhs.risk && lhs.notRectifiable == rhs.notRectifiable
            && lhs.conclusion == rhs.conclusion && lhs.spotChecks == rhs.spotChecks
            && lhs.signatures == rhs.signatures && lhs.disposition == rhs.disposition
    }
}
