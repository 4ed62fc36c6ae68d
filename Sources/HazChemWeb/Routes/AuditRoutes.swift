import Foundation
import HazChemStore
import Hummingbird

/// `GET /audit`: the audit log, newest first, one page at a time, filtered by table and user (administrators
/// and the prefecture bureau). Failed sign-ins (table `sign_in`: the name tried, the client address and why) are
/// shown to administrators only.
struct AuditRoutes: WebRoutes {
    let services: WebServices

    func register(on group: RouterGroup<WebRequestContext>) {
        group.get(use: list)
    }

    @Sendable func list(_ request: Request, context: WebRequestContext) async throws -> HTMLPage {
        let query = FormData(urlEncoded: request.uri.query ?? "")
        var filter = AuditListView.filter(from: query)
        if try context.signedIn().user.role != .administrator {
            filter.excludedEntities = [AppDatabase.signInAuditEntity]
        }
        let pageSize = services.configuration.pageSize
        let chosen = filter
        let found = try await services.database.runRead {
            try $0.auditPage(chosen, page: Pager.requested(query), pageSize: pageSize)
        }
        return try services.pages.render(
            "audit", title: "审计日志", page: AuditListView(found, query: query), request: request, context: context)
    }
}
