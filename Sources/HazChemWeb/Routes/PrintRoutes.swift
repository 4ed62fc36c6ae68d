import Foundation
import HTTPTypes
import HazChemCore
import HazChemReports
import HazChemStore
import Hummingbird

/// The printed documents of an assessment, for anyone who may see the assessment page:
/// `GET /assessments/{id}/print` (the assessment report's print view, A4) and `…/report.pdf`;
/// `…/notice/print` and `…/notice.pdf` (整改通知书); `…/recheck/print` and `…/recheck.pdf` (复查意见书).
/// PDFs are printed from the same HTML by headless Chromium (``ChromiumPrinter``).
struct PrintRoutes: WebRoutes {
    let services: WebServices

    func register(on group: RouterGroup<WebRequestContext>) {
        group.get(":id/print", use: reportPage)
        group.get(":id/report.pdf", use: reportPDF)
        for kind in HazardNoticePrint.Kind.allCases {
            group.get(":id/\(kind.rawValue)/print") { request, context in
                try await noticePage(kind, context)
            }
            group.get(":id/\(kind.rawValue).pdf") { request, context in
                try await noticePDF(kind, context)
            }
        }
    }

    /// The print pages' content security policy: their stylesheet is inline (so the same file prints offline).
    static let contentSecurityPolicy =
        "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'"

    @Sendable func reportPage(_ request: Request, context: WebRequestContext) async throws -> Response {
        let (html, _) = try await report(context)
        return Self.page(html)
    }

    @Sendable func reportPDF(_ request: Request, context: WebRequestContext) async throws -> Response {
        let (html, detail) = try await report(context)
        let id = detail.assessment.id!
        return try await Self.pdf(
            html, fileName: "\(detail.enterprise.name)安全风险评估报告-\(id).pdf", fallback: "assessment-report-\(id).pdf")
    }

    func noticePage(_ kind: HazardNoticePrint.Kind, _ context: WebRequestContext) async throws -> Response {
        let (html, _) = try await notice(kind, context)
        return Self.page(html)
    }

    func noticePDF(_ kind: HazardNoticePrint.Kind, _ context: WebRequestContext) async throws -> Response {
        let (html, detail) = try await notice(kind, context)
        let id = detail.assessment.id!
        return try await Self.pdf(
            html, fileName: "\(detail.enterprise.name)\(kind.title)-\(id).pdf", fallback: "\(kind.rawValue)-\(id).pdf")
    }

    private func report(_ context: WebRequestContext) async throws -> (String, AssessmentDetail) {
        let detail = try await services.visibleAssessment(context)
        let data = try await services.assessmentReportData(detail)
        return (services.printer.report(data), detail)
    }

    private func notice(_ kind: HazardNoticePrint.Kind, _ context: WebRequestContext) async throws -> (
        String, AssessmentDetail
    ) {
        let detail = try await services.visibleAssessment(context)
        let data = try await services.assessmentReportData(detail)
        return (services.printer.notice(kind, data: data, date: services.today), detail)
    }

    /// The HTML of a print view.
    static func page(_ html: String) -> Response {
        Response(
            status: .ok,
            headers: [
                .contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
                .contentSecurityPolicy: contentSecurityPolicy, .xContentTypeOptions: "nosniff",
            ],
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// The PDF of `html` as a download; a clear error page when Chromium is missing or fails.
    static func pdf(_ html: String, fileName: String, fallback: String) async throws -> Response {
        let data = try await ChromiumPrinter.locate().pdf(html: html)
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/pdf",
                .contentDisposition: XLSXDownload.contentDisposition(
                    fileName: XLSXDownload.safeName(fileName), fallback: fallback),
                .cacheControl: "no-store", .xContentTypeOptions: "nosniff",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
