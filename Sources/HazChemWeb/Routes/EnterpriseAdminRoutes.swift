import Foundation
import HazChemCore
import HazChemStore
import HazChemTables
import Hummingbird

/// The bureaus' enterprise pages: `GET /enterprises/new` + `POST /enterprises` (add), `GET|POST
/// /enterprises/{id}/edit` (edit), `POST /enterprises/{id}/status` (停产 / 关闭 / 在产), `GET|POST
/// /enterprises/import` (CSV, the CLI's import) with `POST /enterprises/import/rejected` (the rejected rows as
/// CSV) and `POST /enterprises/{id}/inventory` (the major-hazard inventory, the CLI's `mhi import`).
///
/// Mounted for county bureaus (their county's enterprises only), the prefecture and the administrator (all).
struct EnterpriseAdminRoutes: WebRoutes {
    let services: WebServices

    /// The file field of the upload forms.
    static let uploadField = "file"

    func register(on group: RouterGroup<WebRequestContext>) {
        group.get("new", use: newForm)
        group.post(use: create)
        group.get(":id/edit", use: editForm)
        group.post(":id/edit", use: update)
        group.post(":id/status", use: setStatus)
        group.get("import", use: importForm)
        group.post("import", use: importFile)
        group.post("import/rejected", use: rejected)
        group.post(":id/inventory", use: inventory)
    }

    /// Whether `path` takes a file upload (`/enterprises/import`, `/enterprises/{id}/inventory`).
    @Sendable static func isUploadPath(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[0].isEmpty, parts[1] == "enterprises" else { return false }
        if parts.count == 3 { return parts[2] == "import" }
        return parts.count == 4 && parts[3] == "inventory" && !parts[2].isEmpty
            && parts[2].allSatisfy { $0.isASCII && $0.isNumber }
    }

    // MARK: Add and edit

    @Sendable func newForm(_ request: Request, context: WebRequestContext) async throws -> HTMLPage {
        let identity = try context.signedIn()
        var values: [EnterpriseField: String] = [.operatingStatus: "在产"]
        if let county = identity.user.countyCode, identity.user.role == .county { values[.county] = county }
        return try render(
            try await addForm(values, identity), request, context, title: "新增企业", status: .ok)
    }

    @Sendable func create(_ request: Request, context: WebRequestContext) async throws -> Response {
        let identity = try context.signedIn()
        let values = EnterpriseFormView.values(context.form)
        let actor = identity.user.username
        let county = ownCounty(identity)
        let result: Result<Enterprise, StoreError> = await capture {
            try await services.database.run { store throws(StoreError) in
                let enterprise = try Enterprise.parse(values, regions: try store.regionDirectory())
                try Self.requireCounty(enterprise, county, regions: try store.regionDirectory())
                return try store.addEnterprise(enterprise, actor: actor)
            }
        }
        switch result {
        case .success(let stored):
            return HTMLPage.redirect(to: "/enterprises/\(stored.id!)?done=added")
        case .failure(let error) where error.code == .invalidInput || error.code == .conflict:
            var view = try await addForm(values, identity)
            view.show(error.problems)
            return try render(view, request, context, title: "新增企业", status: .badRequest)
                .response(from: request, context: context)
        case .failure(let error):
            throw error
        }
    }

    @Sendable func editForm(_ request: Request, context: WebRequestContext) async throws -> HTMLPage {
        let identity = try context.signedIn()
        let enterprise = try await managed(context, identity)
        return try render(
            try await editView(enterprise, values: enterprise.fieldTexts, identity), request, context,
            title: "修改企业信息", status: .ok)
    }

    @Sendable func update(_ request: Request, context: WebRequestContext) async throws -> Response {
        let identity = try context.signedIn()
        let existing = try await managed(context, identity)
        let values = existing.fieldTexts.merging(EnterpriseFormView.values(context.form)) { _, new in new }
        let result = await save(values, existing: existing, identity)
        switch result {
        case .success:
            return HTMLPage.redirect(to: "/enterprises/\(existing.id!)?done=updated")
        case .failure(let error) where error.code == .invalidInput || error.code == .conflict:
            var view = try await editView(existing, values: values, identity)
            view.show(error.problems)
            return try render(view, request, context, title: "修改企业信息", status: .badRequest)
                .response(from: request, context: context)
        case .failure(let error):
            throw error
        }
    }

    /// `POST /enterprises/{id}/status`: 在产, 停产 or 关闭 (audited as an enterprise update).
    @Sendable func setStatus(_ request: Request, context: WebRequestContext) async throws -> Response {
        let identity = try context.signedIn()
        let existing = try await managed(context, identity)
        guard let status = context.form.text("status").flatMap(OperatingStatus.init(label:)) else {
            throw WebError(.badRequest, "请选择经营状态：在产、停产或关闭。")
        }
        var values = existing.fieldTexts
        values[.operatingStatus] = status.label
        if case .failure(let error) = await save(values, existing: existing, identity) { throw error }
        return HTMLPage.redirect(to: "/enterprises/\(existing.id!)?done=status")
    }

    /// Parses `values` and stores them over `existing`, keeping a county bureau to its county.
    private func save(_ values: [EnterpriseField: String], existing: Enterprise, _ identity: WebIdentity) async
        -> Result<Enterprise, StoreError>
    {
        let actor = identity.user.username
        let county = ownCounty(identity)
        return await capture {
            try await services.database.run { store throws(StoreError) in
                var enterprise = try Enterprise.parse(values, regions: try store.regionDirectory())
                try Self.requireCounty(enterprise, county, regions: try store.regionDirectory())
                enterprise.id = existing.id
                return try store.updateEnterprise(enterprise, actor: actor)
            }
        }
    }

    /// A county bureau may only register enterprises of its own county.
    static func requireCounty(_ enterprise: Enterprise, _ county: String?, regions: RegionDirectory)
        throws(StoreError)
    {
        guard let county, enterprise.countyCode != county else { return }
        throw StoreError(
            .invalidInput, field: EnterpriseField.county.header,
            message: "只能登记本旗县市（\(regions.county(code: county)?.name ?? county)）的企业")
    }

    // MARK: Shared

    /// The county a county bureau is limited to; nil for the prefecture and the administrator.
    func ownCounty(_ identity: WebIdentity) -> String? {
        identity.user.role == .county ? (identity.user.countyCode ?? "") : nil
    }

    /// The enterprise of the path, when the user's scope holds it; 404 otherwise.
    func managed(_ context: WebRequestContext, _ identity: WebIdentity) async throws -> Enterprise {
        guard let id = context.parameters.get("id", as: Int64.self),
            let enterprise = try await services.database.runRead({ try $0.enterprise(id: id) }),
            ownCounty(identity).map({ $0 == enterprise.countyCode }) ?? true
        else { throw WebError.notFound }
        return enterprise
    }

    /// The counties the user may choose.
    func counties(_ identity: WebIdentity) async throws -> [Region] {
        let county = ownCounty(identity)
        return try await services.database.runRead { try $0.regions() }.filter {
            $0.level == .county && (county == nil || $0.code == county)
        }
    }

    private func addForm(_ values: [EnterpriseField: String], _ identity: WebIdentity) async throws
        -> EnterpriseFormView
    {
        EnterpriseFormView(
            heading: "新增企业", action: "/enterprises", cancel: "/enterprises", values: values,
            counties: try await counties(identity))
    }

    private func editView(_ enterprise: Enterprise, values: [EnterpriseField: String], _ identity: WebIdentity)
        async throws -> EnterpriseFormView
    {
        let id = enterprise.id!
        return EnterpriseFormView(
            heading: "修改企业信息：\(enterprise.name)", action: "/enterprises/\(id)/edit", cancel: "/enterprises/\(id)",
            enterpriseID: id, values: values, counties: try await counties(identity))
    }

    private func render(
        _ view: EnterpriseFormView, _ request: Request, _ context: WebRequestContext, title: String,
        status: HTTPResponse.Status
    ) throws -> HTMLPage {
        try services.pages.render(
            "enterprise-form", title: title, page: view, request: request, context: context, status: status)
    }
}

/// Runs a store call, keeping its error as a value.
func capture<T>(_ body: () async throws -> T) async -> Result<T, StoreError> {
    do { return .success(try await body()) } catch { return .failure(StoreError.wrap(error)) }
}
