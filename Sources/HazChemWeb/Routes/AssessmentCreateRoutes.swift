import Foundation
import HazChemCore
import HazChemStore
import Hummingbird

/// `GET/POST /assessments/new`: a county bureau (its county's visits), the prefecture or an administrator creates
/// the assessment of a scheduled visit, the tables chosen by the enterprise's kind as `assessment create` does.
/// Experts and regulators get 403.
struct AssessmentCreateRoutes: WebRoutes {
    let services: WebServices

    func register(on group: RouterGroup<WebRequestContext>) {
        group.get("new", use: form)
        group.post("new", use: create)
    }

    @Sendable func form(_ request: Request, context: WebRequestContext) async throws -> HTMLPage {
        let query = FormData(urlEncoded: request.uri.query ?? "")
        return try await render(chosen: query.text("visit"), errors: [], request, context)
    }

    @Sendable func create(_ request: Request, context: WebRequestContext) async throws -> Response {
        let identity = try Self.bureau(context)
        let chosen = context.form.text("visit")
        guard let visitID = chosen.flatMap(Int64.init) else {
            return try await render(chosen: chosen, errors: ["请选择现场评估安排"], request, context)
                .response(from: request, context: context)
        }
        let scope = identity.scope
        // Only a visit the user's scope reaches (a county its own county's) and still without an assessment.
        let open = try await services.database.runRead { try $0.visitsAwaitingAssessment(in: scope) }
        guard open.contains(where: { $0.visit.id == visitID }) else { throw WebError.notFound }
        guard let directory = services.configuration.tablesDirectory else {
            throw WebError(.badRequest, "服务器启动时没有找到检查表目录，不能创建评估；请用 --tables 指定后重新启动。")
        }
        let actor = identity.user.username
        do {
            let assessment = try await services.database.run { store throws(StoreError) in
                try store.createAssessment(visitID: visitID, tablesDirectory: directory, actor: actor)
            }
            return HTMLPage.redirect(to: "/assessments/\(assessment.id!)")
        } catch {
            guard error.code == .invalidInput || error.code == .conflict else { throw error }
            return try await render(chosen: chosen, errors: error.problems.map(\.description), request, context)
                .response(from: request, context: context)
        }
    }

    /// The signed-in user when a bureau or an administrator; 403 for experts and regulators.
    private static func bureau(_ context: WebRequestContext) throws -> WebIdentity {
        let identity = try context.signedIn()
        guard [.county, .prefecture, .administrator].contains(identity.user.role) else { throw WebError.forbidden }
        return identity
    }

    private func render(chosen: String?, errors: [String], _ request: Request, _ context: WebRequestContext)
        async throws -> HTMLPage
    {
        let scope = try Self.bureau(context).scope
        let (visits, panels) = try await services.database.runRead { store throws(StoreError) in
            (try store.visitsAwaitingAssessment(in: scope), try store.panels(in: scope))
        }
        var view = AssessmentNewView(
            visits, panels: Dictionary(uniqueKeysWithValues: panels.map { ($0.panel.id!, $0.panel.name) }),
            chosen: chosen)
        view.errors = errors
        return try services.pages.render(
            "assessment-new", title: "创建评估", page: view, request: request, context: context,
            status: errors.isEmpty ? .ok : .badRequest)
    }
}
