import Foundation
import HazChemCore
import HazChemStore

/// The assessment page's view model: header, checklist sections, grading sheet, answers and the panels below.
struct AssessmentPageView {
    struct Fact {
        var label: String
        var value: String
    }

    var id: Int64
    var enterpriseID: Int64
    var enterprise: String
    var title: String
    var status: String
    var grade: GradeBadge
    var facts: [Fact]
    var late: Bool
    var superseded: Bool
    var latestID: Int64?
    var readOnlyNote: String?
    var notice: String?
    var errors: [String]
    var hasErrors: Bool
    var sections: [ChecklistSectionView]
    var totals: String
    var score: ScorePanelView
    var answers: GradingAnswersView
    var work: AssessmentWorkView
    var files: AssessmentFilesView

    init(
        _ detail: AssessmentDetail, permissions: AssessmentPermissions, countyName: String, echo: FormEcho?,
        notice: String?, saved: String?, bureau: String, maxUploadSize: Int
    ) {
        let assessment = detail.assessment
        id = assessment.id!
        enterpriseID = detail.enterprise.id!
        enterprise = detail.enterprise.name
        title = "\(detail.enterprise.name) 安全风险评估" + (assessment.version > 1 ? "（更正第\(assessment.version - 1)次）" : "")
        status = assessment.status.label
        grade = GradeBadge(
            assessment.grade ?? detail.scoreSheet?.grade,
            provisional: assessment.grade == nil && assessment.status.isEditable)
        let panel = detail.panel
        facts = [
            Fact(label: "旗县市", value: countyName),
            Fact(label: "企业类型", value: detail.enterprise.kind.label),
            Fact(label: "专家组", value: panel.map { $0.panel.name } ?? "未指定"),
            Fact(label: "组长", value: panel?.leader?.name ?? "—"),
            Fact(
                label: "现场评估",
                value: EnterpriseDetailView.span(assessment.onSiteStart, assessment.onSiteEnd)),
            Fact(label: "报告期限", value: assessment.dueDate?.description ?? "—"),
            Fact(label: "报告提交", value: assessment.submittedLabel ?? "未提交"),
            Fact(label: "签署", value: assessment.signedDate?.description ?? "未签署"),
            Fact(label: "检查表", value: "\(detail.checklist.header.title)（\(detail.checklist.header.version)）"),
            Fact(label: "分级表", value: "\(detail.gradingTable.header.title)（\(detail.gradingTable.header.version)）"),
        ]
        late = detail.isLate
        superseded = detail.isSuperseded
        latestID = detail.isSuperseded ? detail.versions.last?.id : nil
        if permissions.isPanelExpert, let seat = permissions.seat {
            readOnlyNote =
                assessment.status.isEditable
                ? "您在本专家组负责\(seat.specialty.label)专业：可填写该专业的检查表部分，每项修改即时保存。"
                : "评估为“\(assessment.status.label)”状态，检查表和评分不能再修改。"
        } else {
            readOnlyNote = "您以“\(permissions.role.label)”身份查看本评估，检查表和评分为只读。"
        }
        self.notice = notice
        errors = echo?.form == "page" ? echo!.messages : []
        hasErrors = !errors.isEmpty
        sections = detail.checklist.sections.map {
            ChecklistSectionView(section: $0, detail: detail, permissions: permissions, echo: echo, saved: saved)
        }
        let counts = detail.progress.totals
        totals = ChecklistSectionView.progressText(
            answered: counts.answered, total: detail.checklist.items.count, nonConforming: counts[.nonConforming])
        score = ScorePanelView(AssessmentScore(detail))
        answers = GradingAnswersView(detail, editable: permissions.mayEdit, echo: echo)
        work = AssessmentWorkView(
            detail, permissions: permissions, echo: echo, today: detail.asOf, bureau: bureau)
        files = AssessmentFilesView(detail, permissions: permissions, echo: echo, maxUploadSize: maxUploadSize)
    }
}
