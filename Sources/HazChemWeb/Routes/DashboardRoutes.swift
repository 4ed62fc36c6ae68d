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
        let scope = identity.scope
        let figures = try await services.database.runRead { try $0.dashboard(scope: scope) }
        let todo = try await services.database.runRead { try $0.todoList(scope: scope) }
        return try services.pages.render(
            "dashboard", title: "首页", page: DashboardView(figures, todo: TodoView(todo)), request: request,
            context: context)
    }
}
