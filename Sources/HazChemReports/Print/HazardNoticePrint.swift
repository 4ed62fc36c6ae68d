import Foundation
import HazChemCore
import HazChemStore

/// The print view of the two follow-up documents of an assessment, from ``AssessmentReportData``:
/// the 整改通知书 (rectification notice: the open hazards with their deadlines, addressed to the enterprise by the
/// organising bureau) and the 复查意见书 (re-check opinion: every hazard with its rectification and re-check result).
package struct HazardNoticePrint: Sendable {
    /// Which document.
    package enum Kind: String, Sendable, CaseIterable {
        case notice
        case recheck

        /// 整改通知书 / 复查意见书.
        package var title: String { self == .notice ? "隐患整改通知书" : "隐患整改复查意见书" }
        /// The character of the document number: 整改 / 复查.
        var numberWord: String { self == .notice ? "整改" : "复查" }
    }

    /// One hazard row.
    package struct Row: Sendable {
        package var index: Int
        package var description: String
        package var location: String
        package var basis: String
        package var level: String
        package var major: Bool
        package var measure: String
        package var deadline: String
        package var responsible: String
        package var status: String
        package var rectifiedAt: String
        package var recheck: String
        package var overdue: Bool
    }

    package var kind: String
    package var isNotice: Bool
    package var title: String
    package var number: String
    package var enterprise: String
    package var bureau: String
    package var date: String
    package var assessmentText: String
    package var body: String
    package var rows: [Row]
    package var noRows: Bool
    package var closing: String
    package var opinion: String
    package var verificationCode: String?
    /// The print stylesheet, inlined by the renderer (the document must print from a file, offline).
    package var css = ""
    /// The running page head as a CSS string literal, set by the renderer.
    package var runningHead = "\"\""

    /// The document of `kind` for `data`, dated `date` (the day it is issued).
    package init(_ kind: Kind, data: AssessmentReportData, date: LocalDate) {
        self.kind = kind.rawValue
        isNotice = kind == .notice
        title = kind.title
        number = "\(kind.numberWord)〔\(date.year)〕\(String(format: "%04lld", data.version.assessmentId))号"
        enterprise = data.enterprise.name
        bureau = data.organisingBureau
        self.date = "\(date.year)年\(date.month)月\(date.day)日"
        let onSite = data.dates.onSiteStart.map { "\($0.year)年\($0.month)月\($0.day)日" } ?? "近期"
        assessmentText = "评估报告编号 \(data.reportNumber)，风险等级\(data.scoreSheet.grade.label)"
        let current = data.followUp?.hazards ?? data.hazards
        verificationCode = data.version.verificationCode
        switch kind {
        case .notice:
            let open = data.openHazards
            rows = Self.rows(open, today: date)
            let major = open.filter { $0.level == .major }.count
            body =
                "\(onSite)，本局组织专家组对你单位开展了危险化学品企业安全风险评估（\(assessmentText)）。"
                + "经评估，你单位存在下列问题和隐患 \(open.count) 项（其中重大隐患 \(major) 项）。"
                + "依据《中华人民共和国安全生产法》等有关规定，现责令你单位按下表所列措施和期限完成整改。"
            closing =
                "整改期间应采取有效的安全防范措施，确保安全；重大隐患整改前或整改中无法保证安全的，应当从危险区域内撤出作业人员，"
                + "暂时停产停业或者停止使用相关设施、设备。请于每项整改期限届满之日起5个工作日内将整改情况书面报告本局，本局将组织复查。"
            opinion = ""
        case .recheck:
            rows = Self.rows(current, today: date)
            let done = current.filter { $0.status == .verified }.count
            let rectified = current.filter { $0.status == .rectified }.count
            let remaining = current.count - done - rectified
            body =
                "本局依据\(onSite)安全风险评估（\(assessmentText)）确定的隐患清单，对你单位隐患整改情况进行了复查，"
                + "复查结果如下表。"
            opinion =
                remaining == 0 && rectified == 0
                ? "经复查，隐患清单所列 \(current.count) 项隐患均已整改完成并通过验收。"
                : "经复查，隐患清单所列 \(current.count) 项隐患中，已整改并验收 \(done) 项，已整改待验收 \(rectified) 项，"
                    + "尚未完成整改 \(remaining) 项。未完成的隐患应继续按期整改，逾期未完成的，本局将依法处理。"
            closing = "你单位应巩固整改成果，建立隐患排查治理长效机制。"
        }
        noRows = rows.isEmpty
    }

    /// The rows of `hazards`; a deadline before `today` on an unrectified hazard is flagged overdue.
    static func rows(_ hazards: [AssessmentReportData.Hazard], today: LocalDate) -> [Row] {
        hazards.enumerated().map { index, hazard in
            let unrectified = hazard.status == .open || hazard.status == .rectifying
            let recheck: String =
                switch hazard.status {
                case .verified:
                    "已验收"
                        + (hazard.verifiedAt.map { "（\($0)" + (hazard.verifiedBy.map { "，\($0)" } ?? "") + "）" } ?? "")
                case .rectified: "已整改，待验收"
                case .rectifying: "整改中"
                case .open: "未整改"
                }
            return Row(
                index: index + 1, description: hazard.description, location: hazard.location, basis: hazard.basis,
                level: hazard.level.label, major: hazard.level == .major, measure: hazard.measure,
                deadline: hazard.deadline?.description ?? "—", responsible: hazard.responsible,
                status: hazard.status.label, rectifiedAt: hazard.rectifiedAt?.description ?? "—", recheck: recheck,
                overdue: unrectified && (hazard.deadline.map { $0 < today } ?? false))
        }
    }
}
