import Foundation
import HazChemCore
import HazChemStore

/// The monthly report pages' view model: a county's own month (figures, submission, review) or, for the
/// prefecture, every county's submission with the approve and return forms.
struct MonthlyPageView {
    struct Figure {
        var label: String
        var month: String
        var cumulative: String
    }

    struct County {
        var code: String
        var name: String
        var due: String
        var submitted: String
        var timeliness: String
        var late: Bool
        var state: String
        var stateCss: String
        var review: String?
        var note: String?
        var assessed: String
        var coverage: String
        /// 已报送（锁定数据）, 未报送（实时数据）…
        var figuresLabel: String
        var canApprove: Bool
        var canReturn: Bool
        var returnNote: String
        var errors: [String]
    }

    var month: String
    var label: String
    var due: String
    var summaryHref: String
    // County view.
    var isCounty: Bool
    var countyName: String
    var state: String
    var stateCss: String
    var timeliness: String
    var late: Bool
    var locked: Bool
    var lockNote: String?
    var returnNote: String?
    var canSubmit: Bool
    var submitDate: String
    var figures: [Figure]
    var errors: [String]
    var notice: String?
    // Prefecture view.
    var counties: [County]
    var lateCounties: String?
    var mayReview: Bool

    /// The form name of county `code`'s approve or return form (see ``FormEcho``).
    static func form(_ action: String, _ code: String) -> String { action + ":" + code }

    init(
        period: MonthlyPeriod, reviews: [MonthlyReview], report: MonthlyReport, countyCode: String?, mayReview: Bool,
        echo: FormEcho?, notice: String?, today: LocalDate
    ) {
        month = period.description
        label = period.label
        due = period.dueDate.description
        summaryHref = "/monthly/\(period)/summary.xlsx"
        isCounty = countyCode != nil
        self.mayReview = mayReview
        self.notice = notice
        errors = echo?.form == "submit" ? echo!.messages : []
        let own = reviews.first { $0.countyCode == countyCode }
        countyName = own?.countyName ?? ""
        state = own?.state.label ?? ""
        stateCss = own.map { "state-" + $0.state.rawValue } ?? ""
        timeliness = own?.submission.status.label ?? ""
        late = own?.submission.status.isLate ?? false
        locked = own?.isLocked ?? false
        lockNote =
            own.flatMap { review -> String? in
                switch review.state {
                case .submitted: "已报送，数据已锁定，等待盟市应急管理局审核。"
                case .approved: "盟市应急管理局已审核通过，数据已锁定。"
                default: nil
                }
            }
        returnNote = own.flatMap { $0.state == .returned ? "盟市应急管理局已退回：\($0.note)。请核对后重新报送。" : nil }
        canSubmit = own?.canSubmit ?? false
        submitDate = today.description
        figures = report.counties.first { $0.code == countyCode }.map(Self.figures) ?? Self.figures(report.total)
        let rows = Dictionary(uniqueKeysWithValues: report.counties.map { ($0.code, $0) })
        counties = reviews.map { review in
            let row = rows[review.countyCode]
            let approve = Self.form("approve", review.countyCode)
            let back = Self.form("return", review.countyCode)
            var reviewText: String?
            if let by = review.reviewedBy, let at = review.reviewedAt {
                reviewText = "\(by) \(HazardPageView.format(at))"
            }
            return County(
                code: review.countyCode, name: review.countyName, due: review.submission.dueDate.description,
                submitted: review.submission.submittedLabel.map {
                    $0 + (review.resubmittedOn.map { "（\($0) 重新报送）" } ?? "")
                } ?? "—",
                timeliness: review.submission.status.label, late: review.submission.status.isLate,
                state: review.state.label, stateCss: "state-" + review.state.rawValue, review: reviewText,
                note: review.note.isEmpty ? nil : review.note,
                assessed: row.map { "\($0.month.assessed) / \($0.cumulative.assessed)" } ?? "—",
                coverage: row?.cumulative.coverage.percentText ?? "—", figuresLabel: row?.figuresLabel ?? "",
                canApprove: mayReview && review.canApprove,
                canReturn: mayReview && review.canReturn,
                returnNote: echo?.form == back ? (echo?.values["note"] ?? "") : "",
                errors: echo?.form == back || echo?.form == approve ? echo!.messages : [])
        }
        let lateNames = reviews.filter(\.submission.status.isLate).map(\.countyName)
        lateCounties = lateNames.isEmpty ? nil : "逾期：" + lateNames.joined(separator: "、")
    }

    /// The figures of one row, month and cumulative.
    static func figures(_ row: MonthlyCountyRow) -> [Figure] {
        let m = row.month
        let c = row.cumulative
        func line(_ label: String, _ value: (MonthlyFigures) -> String) -> Figure {
            Figure(label: label, month: value(m), cumulative: value(c))
        }
        return [
            Figure(label: "在评企业", month: "\(m.inScope)", cumulative: "\(c.inScope)"),
            line("已评估") { "\($0.assessed)" }, line("覆盖率") { $0.coverage.percentText },
            line("红色（其中直接判红）") { "\($0.red)（\($0.directRed)）" }, line("橙色") { "\($0.orange)" },
            line("黄色") { "\($0.yellow)" }, line("蓝色") { "\($0.blue)" },
            line("停产整改或关闭淘汰（停产整改/关闭淘汰）") { "\($0.closeOrSuspend)（\($0.suspendAndRectify)/\($0.close)）" },
            line("整改提升") { "\($0.rectify)" }, line("巩固强化") { "\($0.consolidate)" },
            line("隐患：一般 / 重大") { "\($0.generalHazards) / \($0.majorHazards)" },
            line("已整改（整改率）") { "\($0.rectifiedHazards)（\($0.rectificationRate.percentText)）" },
            line("逾期未整改隐患") { "\($0.overdueHazards)" }, line("逾期报告") { "\($0.overdueReports)" },
            line("专家人次 / 监管人员人次") { "\($0.expertPersonTimes) / \($0.regulatorPersonTimes)" },
            line("应知应会抽查 / 合格") { "\($0.staffSpotChecked) / \($0.staffPassed)" },
        ]
    }
}
