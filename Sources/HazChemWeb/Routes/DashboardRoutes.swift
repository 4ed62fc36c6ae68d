import Foundation
import HazChemStore
import Hummingbird

/// `GET /`: the dashboard for the user's scope.
struct DashboardRoutes: WebRoutes {
    let services: WebServices

    func register(on group: RouterGroup<WebRequestContext>) {
        group.get("/", use: show)
    }

    @Sendable func show(_ request: Request, context: WebRequestContext) async throws -> HTMLPage {
        let identity = try context.signedIn()
        let figures = try await services.database.runRead { try $0.dashboard(scope: identity.scope) }
        return try services.pages.render(
            "dashboard", title: "首页", page: DashboardView(figures), request: request, context: context)
    }
}
