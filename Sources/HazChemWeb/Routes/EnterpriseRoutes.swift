import Foundation
import HazChemStore
import HazChemTables
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
        var view = EnterpriseListView(
            listing: listing, filter: filter, scope: scope,
            regions: try await services.database.runRead { try $0.regions() })
        let user = try context.signedIn().user
        view.canManage = [.administrator, .prefecture, .county].contains(user.role)
        return try services.pages.render("enterprises", title: "企业", page: view, request: request, context: context)
    }

    @Sendable func show(_ request: Request, context: WebRequestContext) async throws -> HTMLPage {
        guard let id = context.parameters.get("id", as: Int64.self) else { throw WebError.notFound }
        let query = FormData(urlEncoded: request.uri.query ?? "")
        let notice = query.text("done").flatMap {
            [
                "added": "已新增企业。", "updated": "已保存企业信息。", "status": "已更改经营状态。",
                "inventory": "已导入重大危险源清单，并按计算结果更新了重大危险源等级。",
            ][$0]
        }
        return try await page(id, request: request, context: context, notice: notice)
    }

    /// The enterprise page of `id` as the signed-in user may see it (404 otherwise), with the bureaus' forms
    /// for those who manage it and the stored units' major-hazard identification.
    func page(
        _ id: Int64, request: Request, context: WebRequestContext, notice: String? = nil,
        inventoryErrors: [String] = [], status: HTTPResponse.Status = .ok
    ) async throws -> HTMLPage {
        let identity = try context.signedIn()
        let scope = identity.scope
        guard let detail = try await services.database.runRead({ try $0.enterpriseDetail(id: id, scope: scope) })
        else { throw WebError.notFound }
        var view = EnterpriseDetailView(detail)
        view.notice = notice
        view.canManage = Self.manages(identity.user, county: detail.enterprise.countyCode)
        view.inventoryErrors = inventoryErrors
        view.hasInventoryErrors = !inventoryErrors.isEmpty
        if let reference = services.tables.majorHazardReferences.first,
            let assessment = try? await services.database.runRead({
                try $0.majorHazardAssessment(enterpriseID: id, reference: reference)
            })
        {
            view.show(assessment)
        }
        return try services.pages.render(
            "enterprise", title: detail.enterprise.name, page: view, request: request, context: context,
            status: status)
    }

    /// Whether `user` manages the enterprises of `county`: the administrator, the prefecture, the county's bureau.
    static func manages(_ user: AppUser, county: String) -> Bool {
        switch user.role {
        case .administrator, .prefecture: true
        case .county: user.countyCode == county
        case .expert, .regulator: false
        }
    }
}
