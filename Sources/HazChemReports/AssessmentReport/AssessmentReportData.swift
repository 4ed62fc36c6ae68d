import Foundation
import HazChemCore
import HazChemStore
import HazChemXLSX

/// Everything the assessment report (评估报告) shows, as plain values the store fills in (DOMAIN.md section 7).
///
/// `AssessmentReportWriter` turns it into a printable workbook; the writer does no look-ups of its own.
package struct AssessmentReportData: Sendable {
    /// One person on the panel.
    package struct Seat: Sendable, Equatable {
        /// 姓名.
        package var name: String
        /// The specialty covered on the panel.
        package var specialty: Specialty
        /// 工作单位.
        package var organisation: String
        /// 职称, may be empty.
        package var title: String
        /// 组长, 成员 or 监管人员.
        package var role: PanelRole

        /// Creates a seat.
        package init(name: String, specialty: Specialty, organisation: String, title: String = "", role: PanelRole) {
            self.name = name
            self.specialty = specialty
            self.organisation = organisation
            self.title = title
            self.role = role
        }
    }

    /// The assessment's dates and whether the report came late.
    package struct Dates: Sendable, Equatable {
        /// 现场评估开始.
        package var onSiteStart: LocalDate?
        /// 现场评估结束.
        package var onSiteEnd: LocalDate?
        /// 报告应提交日期 (10 days after the on-site end).
        package var dueDate: LocalDate?
        /// 报告提交日期.
        package var submittedDate: LocalDate?
        /// 报告提交日期 as shown: the stated day, with the server's recorded time beside it when it was entered
        /// on another day (补录); nil when not submitted.
        package var submittedLabel: String?
        /// Whether the report was (or, unsubmitted, already is) later than the due date.
        package var isLate: Bool

        /// Creates the dates.
        package init(
            onSiteStart: LocalDate? = nil, onSiteEnd: LocalDate? = nil, dueDate: LocalDate? = nil,
            submittedDate: LocalDate? = nil, submittedLabel: String? = nil, isLate: Bool = false
        ) {
            self.submittedLabel = submittedLabel ?? submittedDate?.description
            self.onSiteStart = onSiteStart
            self.onSiteEnd = onSiteEnd
            self.dueDate = dueDate
            self.submittedDate = submittedDate
            self.isLate = isLate
        }
    }

    /// One hazard (隐患) of the hazard list.
    package struct Hazard: Sendable, Equatable {
        /// The checklist item it comes from, if any.
        package var itemId: String?
        /// 隐患描述.
        package var description: String
        /// 隐患位置.
        package var location: String
        /// 依据.
        package var basis: String
        /// 一般隐患 or 重大隐患.
        package var level: HazardLevel
        /// 整改措施.
        package var measure: String
        /// 整改期限.
        package var deadline: LocalDate?
        /// 责任人.
        package var responsible: String
        /// 整改状态.
        package var status: HazardStatus
        /// 整改完成日期.
        package var rectifiedAt: LocalDate?
        /// 复查（验收）日期.
        package var verifiedAt: LocalDate?
        /// 复查人.
        package var verifiedBy: String?

        /// Creates a hazard row.
        package init(
            itemId: String?, description: String, location: String = "", basis: String = "", level: HazardLevel,
            measure: String = "", deadline: LocalDate? = nil, responsible: String = "", status: HazardStatus = .open,
            rectifiedAt: LocalDate? = nil, verifiedAt: LocalDate? = nil, verifiedBy: String? = nil
        ) {
            self.rectifiedAt = rectifiedAt
            self.verifiedAt = verifiedAt
            self.verifiedBy = verifiedBy
            self.itemId = itemId
            self.description = description
            self.location = location
            self.basis = basis
            self.level = level
            self.measure = measure
            self.deadline = deadline
            self.responsible = responsible
            self.status = status
        }
    }

    /// The bureau's disposition, once decided.
    package struct Disposition: Sendable, Equatable {
        /// Class, not-rectifiable finding and closure action.
        package var decision: DispositionDecision
        /// 处置理由.
        package var reason: String
        /// 决定日期.
        package var date: LocalDate?
        /// 决定机关 (the bureau).
        package var bureau: String

        /// Creates a disposition.
        package init(decision: DispositionDecision, reason: String = "", date: LocalDate? = nil, bureau: String = "") {
            self.decision = decision
            self.reason = reason
            self.date = date
            self.bureau = bureau
        }
    }

    /// Which assessment and which version of its report this is.
    package struct VersionInfo: Sendable, Equatable {
        /// The assessment's id in the store.
        package var assessmentId: Int64
        /// 1 for the first report, 2 for a correction.
        package var version: Int
        /// The assessment this one corrects, if it is a correction.
        package var previousAssessmentId: Int64?
        /// The day the workbook was generated.
        package var generatedOn: LocalDate
        /// The assessment's status when the workbook was generated; nil leaves the line out.
        package var status: AssessmentStatus?
        /// Whether a newer version already corrects this one.
        package var isSuperseded: Bool
        /// The 报告校验码 of a signed assessment.
        package var verificationCode: String?

        /// Creates version information.
        package init(
            assessmentId: Int64, version: Int = 1, previousAssessmentId: Int64? = nil, generatedOn: LocalDate,
            status: AssessmentStatus? = nil, isSuperseded: Bool = false, verificationCode: String? = nil
        ) {
            self.verificationCode = verificationCode
            self.assessmentId = assessmentId
            self.version = version
            self.previousAssessmentId = previousAssessmentId
            self.generatedOn = generatedOn
            self.status = status
            self.isSuperseded = isSuperseded
        }

        /// `已签署`, or for a report not yet signed `现场评估中（报告尚未签署，内容可能变化）`, and for a corrected one
        /// `已签署（已被更正，内容不再有效）`; nil without a status.
        package var statusText: String? {
            guard let status else { return nil }
            if isSuperseded { return "\(status.label)（已被更正，内容不再有效）" }
            return status.isFrozen ? status.label : "\(status.label)（报告尚未签署，内容可能变化）"
        }
    }

    /// The enterprise assessed.
    package var enterprise: Enterprise
    /// The name of its county (旗县市).
    package var countyName: String
    /// 评估依据: the documents the assessment rests on, in order.
    package var basisDocuments: [String]
    /// The panel, leader first.
    package var panel: [Seat]
    /// On-site, due and submitted dates.
    package var dates: Dates
    /// The checklist used.
    package var checklist: Checklist
    /// The answers to it.
    package var responses: ChecklistResponses
    /// Item id → the expert(s) who answered it, as shown (e.g. `张三、李四`).
    package var itemExperts: [String: String]
    /// The scored grading table.
    package var scoreSheet: ScoreSheet
    /// The hazard list, in order: for a signed assessment as it was signed (each hazard's status then).
    package var hazards: [Hazard]
    /// For a signed assessment, the same hazards as they stand now (整改跟踪), and the day; nil before signing.
    package var followUp: (asOf: LocalDate, hazards: [Hazard])? = nil
    /// Red/orange risk-control texts (风险管控); nil ones were not filled in.
    package var riskControl: RiskDescription
    /// The bureau's decision, nil while undecided.
    package var disposition: Disposition?
    /// The classes the panel suggests, most suitable first (usually `scoreSheet.allowedDispositions`).
    package var suggestedDispositions: [DispositionClass]
    /// The GB 18218 breakdown, when the enterprise's units were computed.
    package var majorHazards: MajorHazardAssessment?
    /// Assessment id, report version and generation day.
    package var version: VersionInfo
    /// 专家组综合意见, nil while not written.
    package var conclusion: String? = nil
    /// The 应知应会 spot checks, in the order recorded.
    package var spotChecks: [SpotCheckLine] = []
    /// The organising bureau (the county's 应急管理局); empty when unknown.
    package var organisingBureau: String = ""
    /// The photos (照片 sheet and print view), in upload order; filled in by ``AppDatabase/assessmentReportData``.
    package var photos: [AssessmentReportPhoto] = []

    /// Creates the report data; suggestions default to what the grade allows.
    package init(
        enterprise: Enterprise, countyName: String, basisDocuments: [String], panel: [Seat], dates: Dates,
        checklist: Checklist, responses: ChecklistResponses, itemExperts: [String: String] = [:],
        scoreSheet: ScoreSheet, hazards: [Hazard], riskControl: RiskDescription = RiskDescription(),
        disposition: Disposition? = nil, suggestedDispositions: [DispositionClass]? = nil,
        majorHazards: MajorHazardAssessment? = nil, version: VersionInfo
    ) {
        self.enterprise = enterprise
        self.countyName = countyName
        self.basisDocuments = basisDocuments
        self.panel = panel
        self.dates = dates
        self.checklist = checklist
        self.responses = responses
        self.itemExperts = itemExperts
        self.scoreSheet = scoreSheet
        self.hazards = hazards
        self.riskControl = riskControl
        self.disposition = disposition
        self.suggestedDispositions = suggestedDispositions ?? scoreSheet.allowedDispositions
        self.majorHazards = majorHazards
        self.version = version
    }

    /// Whether the grade requires the risk-control fields (red and orange).
    package var requiresRiskControl: Bool { RiskDescription.isRequired(for: scoreSheet.grade) }
}
