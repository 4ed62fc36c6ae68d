import Foundation
import HazChemCore

/// One enterprise in the per-enterprise list (企业明细): its counted assessment up to the end of the month.
package struct MonthlyEnterpriseLine: Equatable, Sendable {
    /// The enterprise's id.
    package var enterpriseID: Int64
    /// 企业名称.
    package var name: String
    /// 统一社会信用代码.
    package var creditCode: String
    /// 企业类型.
    package var kind: EnterpriseKind
    /// The county's code.
    package var countyCode: String
    /// The county's name.
    package var countyName: String
    /// The counted assessment's id.
    package var assessmentID: Int64
    /// Its version (2 or more after corrections).
    package var version: Int
    /// The first on-site day, when known.
    package var onSiteStart: LocalDate?
    /// The last on-site day: the day that decides the month the assessment counts in.
    package var onSiteEnd: LocalDate
    /// Whether the assessment counts in the report's month (otherwise in an earlier month).
    package var inMonth: Bool
    /// The panel leader's name (专家组组长), when the assessment names a panel with a leader.
    package var panelLeader: String?
    /// The score (总分).
    package var score: Tenths
    /// The grade (风险等级).
    package var grade: Grade
    /// The direct-red conditions found, with their text from the grading table the assessment used.
    package var directRed: [DirectRedCondition]
    /// Hazards found (一般 + 重大).
    package var hazardsFound: Int
    /// Of those, 重大隐患.
    package var majorHazards: Int
    /// Hazards rectified or verified by the end of the month.
    package var hazardsRectified: Int
    /// The disposition class decided by the end of the month.
    package var disposition: DispositionClass?
    /// For closeOrSuspend, 停产整改 or 关闭淘汰.
    package var closureAction: ClosureAction?

    /// `R2 在役化工装置未经正规设计…；R3 …`, empty when the grade is not a direct red.
    package var directRedReason: String {
        directRed.map { $0.text.isEmpty ? $0.id : "\($0.id) \($0.text)" }.joined(separator: "；")
    }

    /// `停产整改或关闭淘汰（关闭淘汰）`, `整改提升`, or empty when not yet decided.
    package var dispositionLabel: String {
        guard let disposition else { return "" }
        guard let closureAction else { return disposition.label }
        return "\(disposition.label)（\(closureAction.label)）"
    }

    /// Creates the value from all its stored parts.
    package init(
        enterpriseID: Int64,
        name: String,
        creditCode: String,
        kind: EnterpriseKind,
        countyCode: String,
        countyName: String,
        assessmentID: Int64,
        version: Int,
        onSiteStart: LocalDate?,
        onSiteEnd: LocalDate,
        inMonth: Bool,
        panelLeader: String?,
        score: Tenths,
        grade: Grade,
        directRed: [DirectRedCondition],
        hazardsFound: Int,
        majorHazards: Int,
        hazardsRectified: Int,
        disposition: DispositionClass?,
        closureAction: ClosureAction?
    ) {
        self.enterpriseID = enterpriseID
        self.name = name
        self.creditCode = creditCode
        self.kind = kind
        self.countyCode = countyCode
        self.countyName = countyName
        self.assessmentID = assessmentID
        self.version = version
        self.onSiteStart = onSiteStart
        self.onSiteEnd = onSiteEnd
        self.inMonth = inMonth
        self.panelLeader = panelLeader
        self.score = score
        self.grade = grade
        self.directRed = directRed
        self.hazardsFound = hazardsFound
        self.majorHazards = majorHazards
        self.hazardsRectified = hazardsRectified
        self.disposition = disposition
        self.closureAction = closureAction
    }
}
