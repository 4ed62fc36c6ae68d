import Foundation
import HazChemStore
import Hummingbird

/// `GET /enterprises` (search, filters, pages) and `GET /enterprises/{id}`, limited to the user's scope.
struct EnterpriseRoutes: WebRoutes {
    let services: WebServices

    func register(on group: RouterGroup<WebRequestContext>) {
        group.get(use: list)
        group.get(":id", use: show)
    }

    @Sendable func list(_ request: Request, context: WebRequestContext) async throws -> HTMLPage {
        let scope = try context.signedIn().scope
        let query = FormData(urlEncoded: request.uri.query ?? "")
        let filter = EnterpriseListView.filter(from: query, scope: scope)
        let listing = try await services.database.runRead {
            try $0.enterpriseListing(
                filter, scope: scope, page: query.text("page").flatMap(Int.init) ?? 1,
                pageSize: services.configuration.pageSize)
        }
        let view = EnterpriseListView(
            listing: listing, filter: filter, scope: scope,
            regions: try await services.database.runRead { try $0.regions() })
        return try services.pages.render("enterprises", title: "企业", page: view, request: request, context: context)
    }

    @Sendable func show(_ request: Request, context: WebRequestContext) async throws -> HTMLPage {
        let scope = try context.signedIn().scope
        guard let id = context.parameters.get("id", as: Int64.self),
            let detail = try await services.database.runRead({ try $0.enterpriseDetail(id: id, scope: scope) })
        else { throw WebError.notFound }
        return try services.pages.render(
            "enterprise", title: detail.enterprise.name, page: EnterpriseDetailView(detail), request: request,
            context: context)
    }
}
