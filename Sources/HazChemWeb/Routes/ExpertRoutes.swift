import Foundation
import HazChemCore
import HazChemStore
import Hummingbird

/// `/experts`: the experts a bureau manages (a county its own, the prefecture and the administrator all), with
/// `GET /experts/new` + `POST /experts` (add) and `GET|POST /experts/{id}/edit` (edit), audited.
struct ExpertRoutes: WebRoutes {
    let services: WebServices

    func register(on group: RouterGroup<WebRequestContext>) {
        group.get(use: list)
        group.get("new", use: newForm)
        group.post(use: create)
        group.get(":id/edit", use: editForm)
        group.post(":id/edit", use: update)
    }

    @Sendable func list(_ request: Request, context: WebRequestContext) async throws -> HTMLPage {
        let identity = try context.signedIn()
        let scope = identity.scope
        let database = services.database
        let experts = try await database.runRead { try $0.experts(scope: scope) }
        let regions = try await database.runRead { try $0.regions() }
        let employerIDs = Set(experts.compactMap(\.employerEnterpriseID))
        var employers: [Int64: String] = [:]
        for id in employerIDs {
            if let enterprise = try await database.runRead({ try $0.enterprise(id: id) }) {
                employers[id] = enterprise.name
            }
        }
        let query = FormData(urlEncoded: request.uri.query ?? "")
        let notice = query.text("done").flatMap { ["added": "已新增专家。", "updated": "已保存专家信息。"][$0] }
        let view = ExpertListView(
            experts, counties: Dictionary(uniqueKeysWithValues: regions.map { ($0.code, $0.name) }),
            employers: employers, notice: notice)
        return try services.pages.render("experts", title: "专家", page: view, request: request, context: context)
    }

    @Sendable func newForm(_ request: Request, context: WebRequestContext) async throws -> HTMLPage {
        let identity = try context.signedIn()
        var form = FormData()
        if let county = ownCounty(identity) { form.append("county", county) }
        return try render(try await formView(identity, form: form, id: nil), request, context, .ok)
    }

    @Sendable func create(_ request: Request, context: WebRequestContext) async throws -> Response {
        let identity = try context.signedIn()
        return try await save(identity, existing: nil, request, context)
    }

    @Sendable func editForm(_ request: Request, context: WebRequestContext) async throws -> HTMLPage {
        let identity = try context.signedIn()
        let expert = try await managed(context, identity)
        let code = try await expert.employerEnterpriseID.asyncMap { id in
            try await services.database.runRead { try $0.enterprise(id: id) }?.creditCode.value
        }
        return try render(
            try await formView(identity, form: ExpertFormView.values(expert, employerCode: code ?? nil), id: expert.id),
            request, context, .ok)
    }

    @Sendable func update(_ request: Request, context: WebRequestContext) async throws -> Response {
        let identity = try context.signedIn()
        let expert = try await managed(context, identity)
        return try await save(identity, existing: expert, request, context)
    }

    /// Checks the form and adds or updates the expert; a refusal comes back on the form, next to the fields.
    private func save(_ identity: WebIdentity, existing: Expert?, _ request: Request, _ context: WebRequestContext)
        async throws -> Response
    {
        let form = context.form
        var problems: [StoreError.Problem] = []
        let specialty = form.text("specialty").flatMap(Specialty.init(rawValue:))
        if specialty == nil { problems.append(.init(field: "专业", message: "请选择专业")) }
        var county = form.text("county")
        if let own = ownCounty(identity) {
            if county != own { problems.append(.init(field: "所属旗县市", message: "只能管理本旗县市的专家")) }
            county = own
        }
        var employerID: Int64?
        if let code = form.text("employer") {
            if let credit = CreditCode(code.uppercased()),
                let enterprise = try await services.database.runRead({ try $0.enterprise(creditCode: credit) })
            {
                employerID = enterprise.id
            } else {
                problems.append(
                    .init(field: "工作单位企业", message: "没有统一社会信用代码为“\(code)”的企业（专家不在企业任职时留空）"))
            }
        }
        if problems.isEmpty, let specialty {
            var expert = Expert(
                id: existing?.id, name: form["name"] ?? "", organisation: form["organisation"] ?? "",
                specialty: specialty, title: form["title"] ?? "", source: form["source"] ?? "",
                phone: form["phone"] ?? "", employerEnterpriseID: employerID, countyCode: county,
                isRegulator: form["regulator"] == "1")
            expert.createdAt = existing?.createdAt
            let actor = identity.user.username
            let record = expert
            let result: Result<Expert, StoreError> = await capture {
                try await services.database.run { store throws(StoreError) in
                    record.id == nil
                        ? try store.addExpert(record, actor: actor) : try store.updateExpert(record, actor: actor)
                }
            }
            switch result {
            case .success:
                return HTMLPage.redirect(to: "/experts?done=\(existing == nil ? "added" : "updated")")
            case .failure(let error) where error.code == .invalidInput || error.code == .conflict:
                problems = error.problems
            case .failure(let error):
                throw error
            }
        }
        var view = try await formView(identity, form: form, id: existing?.id)
        view.show(problems)
        return try render(view, request, context, .badRequest).response(from: request, context: context)
    }

    /// The county a county bureau is limited to; nil for the prefecture and the administrator.
    private func ownCounty(_ identity: WebIdentity) -> String? {
        identity.user.role == .county ? (identity.user.countyCode ?? "") : nil
    }

    /// The expert of the path when the user's bureau manages it; 404 otherwise.
    private func managed(_ context: WebRequestContext, _ identity: WebIdentity) async throws -> Expert {
        guard let id = context.parameters.get("id", as: Int64.self),
            let expert = try await services.database.runRead({ try $0.expert(id: id) }),
            ownCounty(identity).map({ $0 == expert.countyCode }) ?? true
        else { throw WebError.notFound }
        return expert
    }

    private func formView(_ identity: WebIdentity, form: FormData, id: Int64?) async throws -> ExpertFormView {
        let own = ownCounty(identity)
        let counties = try await services.database.runRead { try $0.regions() }.filter {
            $0.level == .county && (own == nil || $0.code == own)
        }
        return ExpertFormView(
            heading: id == nil ? "新增专家" : "修改专家信息", action: id.map { "/experts/\($0)/edit" } ?? "/experts",
            form: form, counties: counties, allowsPool: own == nil)
    }

    private func render(
        _ view: ExpertFormView, _ request: Request, _ context: WebRequestContext, _ status: HTTPResponse.Status
    ) throws -> HTMLPage {
        try services.pages.render(
            "expert-form", title: view.heading, page: view, request: request, context: context, status: status)
    }
}

extension Optional {
    /// The async counterpart of `map`.
    func asyncMap<U>(_ transform: (Wrapped) async throws -> U) async rethrows -> U? {
        switch self {
        case .some(let value): try await transform(value)
        case .none: nil
        }
    }
}
