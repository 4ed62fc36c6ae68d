import Foundation
import HazChemCore
import HazChemReports
import HazChemStore
import HazChemTables
import HazChemXLSX
import Hummingbird

/// The assessment's workbooks: `GET /assessments/{id}/form.xlsx` (the offline checklist form, with what is
/// already entered filled in, like `hazchem export form`), `GET /assessments/{id}/report.xlsx` (the assessment
/// report, like `hazchem export report`) and `POST /assessments/{id}/form` (a filled form uploaded and imported,
/// like `hazchem assessment import-form`).
///
/// Anyone who may see the assessment downloads both workbooks; a report not yet signed says so in its 版本信息.
/// Only the panel's experts upload, and only while the assessment is editable (the store's rule): the whole
/// form is checked first and nothing is stored unless all of it is valid; refusals come back on the assessment
/// page with every problem by sheet and cell.
struct AssessmentFileRoutes: WebRoutes {
    let services: WebServices

    /// The file field of the upload form.
    static let uploadField = "file"
    /// The upload form's name on the page (for its error messages).
    static let uploadForm = "form-upload"

    func register(on group: RouterGroup<WebRequestContext>) {
        group.get(":id/form.xlsx", use: form)
        group.get(":id/report.xlsx", use: report)
        group.post(":id/form", use: upload)
    }

    /// Whether `path` is the upload route (`/assessments/{id}/form`), whose body may be an xlsx file.
    @Sendable static func isUploadPath(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0].isEmpty && parts[1] == "assessments" && parts[3] == "form"
            && !parts[2].isEmpty && parts[2].allSatisfy(\.isASCII) && parts[2].allSatisfy(\.isNumber)
    }

    @Sendable func form(_ request: Request, context: WebRequestContext) async throws -> Response {
        let detail = try await visibleDetail(context)
        let id = detail.assessment.id!
        let writer = ChecklistFormWriter(detail: detail, generatedOn: today)
        return try XLSXDownload.response(
            fileName: XLSXDownload.safeName("\(detail.enterprise.name)检查表-\(id).xlsx"),
            fallback: "checklist-form-\(id).xlsx"
        ) { _ = try writer.write(to: $0) }
    }

    @Sendable func report(_ request: Request, context: WebRequestContext) async throws -> Response {
        let detail = try await visibleDetail(context)
        let id = detail.assessment.id!
        let data = try await services.assessmentReportData(detail)
        return try XLSXDownload.response(
            fileName: XLSXDownload.safeName("\(detail.enterprise.name)评估报告-\(id).xlsx"),
            fallback: "assessment-report-\(id).xlsx"
        ) { _ = try AssessmentReportWriter().write(data, to: $0) }
    }

    @Sendable func upload(_ request: Request, context: WebRequestContext) async throws -> Response {
        let identity = try context.signedIn()
        let id = try AssessmentRoutes.id(context)
        guard
            let permissions = try await services.database.runRead({
                try $0.assessmentPermissions(id: id, user: identity.user)
            })
        else {
            throw WebError.notFound
        }
        func refuse(_ messages: [String], _ status: HTTPResponse.Status) async throws -> Response {
            try await services.assessmentPage(
                id, request: request, context: context,
                echo: FormEcho(form: Self.uploadForm, values: FormData(), messages: messages), status: status)
        }
        if let refusal = permissions.refusal(.edit) { return try await refuse([refusal], .forbidden) }
        if let problem = context.uploadProblem { return try await refuse([problem], .badRequest) }
        guard let file = context.uploads.first(where: { $0.name == Self.uploadField }) ?? context.uploads.first,
            !(file.fileName ?? "").isEmpty || !file.body.isEmpty
        else { return try await refuse(["请选择要上传的检查表表单文件（.xlsx）"], .badRequest) }
        let name = Self.fileName(file.fileName)
        guard !file.body.isEmpty else { return try await refuse(["\(name)：文件是空的，请选择填写好的检查表表单"], .badRequest) }

        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("hazchem-upload-\(SessionToken.random())")
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: folder) }
        let url = folder.appendingPathComponent(name)
        try Data(file.body).write(to: url)
        let database = services.database
        let actor = identity.user.username
        let result: Result<FormImportOutcome, StoreError>
        do {
            result = .success(
                try await database.run { store throws(StoreError) in
                    try store.importFilledForm(url: url, assessmentID: id, actor: actor)
                })
        } catch {
            result = .failure(error)
        }
        let outcome: FormImportOutcome
        switch result {
        case .success(let value):
            outcome = value
        case .failure(let error) where error.code == .invalidInput:
            return try await refuse(FormEcho.messages(error), .badRequest)
        case .failure(let error) where error.code == .conflict || error.code == .immutable:
            return try await refuse(FormEcho.messages(error), .conflict)
        case .failure(let error) where error.code == .notFound:
            throw WebError.notFound
        case .failure(let error):
            throw error
        }
        return HTMLPage.redirect(to: "/assessments/\(id)?done=\(outcome.changed ? "form" : "formSame")#files")
    }

    /// The assessment of the path as the signed-in user may see it; a 404 otherwise.
    private func visibleDetail(_ context: WebRequestContext) async throws -> AssessmentDetail {
        try await services.visibleAssessment(context)
    }

    /// Today on the database's clock, for the workbooks' generation day.
    private var today: LocalDate { services.today }

    /// The uploaded file's name as messages show it: the browser's name made safe, else `检查表表单.xlsx`.
    static func fileName(_ sent: String?) -> String {
        let name = XLSXDownload.safeName(sent ?? "").trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name != ".", name != ".." else { return "检查表表单.xlsx" }
        return String(name.prefix(120))
    }
}
