import Foundation
import HazChemStore
import Hummingbird

/// `GET /audit`: the audit log, newest first, one page at a time, filtered by table and user (administrators
/// and the prefecture bureau).
struct AuditRoutes: WebRoutes {
    let services: WebServices

    func register(on group: RouterGroup<WebRequestContext>) {
        group.get(use: list)
    }

    @Sendable func list(_ request: Request, context: WebRequestContext) async throws -> HTMLPage {
        let query = FormData(urlEncoded: request.uri.query ?? "")
        let filter = AuditListView.filter(from: query)
        let pageSize = services.configuration.pageSize
        let found = try await services.database.runRead {
            try $0.auditPage(filter, page: Pager.requested(query), pageSize: pageSize)
        }
        return try services.pages.render(
            "audit", title: "审计日志", page: AuditListView(found, query: query), request: request, context: context)
    }
}
