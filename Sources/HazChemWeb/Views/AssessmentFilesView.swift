import Foundation
import HazChemCore
import HazChemStore

/// The assessment page's workbook card: download the checklist form and the report, upload a filled form.
struct AssessmentFilesView {
    /// Where the checklist form is downloaded.
    var formHref: String
    /// Where the report is downloaded; nil when the stored answers do not score (no report can be made).
    var reportHref: String?
    /// Why there is no report.
    var reportNote: String?
    /// Whether the upload form is shown (a panel expert, the assessment editable).
    var mayUpload: Bool
    /// Where the upload form posts.
    var uploadAction: String
    /// The upload limit, such as `10 MB`.
    var uploadLimit: String
    /// Why a form cannot be imported now, for panel experts of a frozen or submitted assessment.
    var uploadNote: String?
    /// The problems of a refused upload.
    var errors: [String]

    init(_ detail: AssessmentDetail, permissions: AssessmentPermissions, echo: FormEcho?, maxUploadSize: Int) {
        let id = detail.assessment.id!
        formHref = "/assessments/\(id)/form.xlsx"
        if detail.scoreSheet == nil {
            reportHref = nil
            reportNote = "分级答案无法计分，暂不能生成评估报告。"
        } else {
            reportHref = "/assessments/\(id)/report.xlsx"
            reportNote = detail.assessment.status.isFrozen ? nil : "报告尚未签署，下载的评估报告仅供核对。"
        }
        mayUpload = permissions.mayEdit
        uploadAction = "/assessments/\(id)/form"
        uploadLimit = "\(maxUploadSize / (1 << 20)) MB"
        let status = detail.assessment.status
        uploadNote =
            permissions.isPanelExpert && !status.isEditable
            ? "评估为“\(status.label)”状态，检查表表单只能查看，不能再导入。" : nil
        errors = echo?.form == AssessmentFileRoutes.uploadForm ? echo!.messages : []
    }
}
