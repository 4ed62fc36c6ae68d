import Foundation
import HazChemCore
import HazChemStore
import Hummingbird

/// The hazard ledger: `GET /hazards` (filters), `GET /hazards/{id}` (particulars and history),
/// `POST /hazards/{id}/status` (status change; particulars while open) and `POST /hazards/{id}/recheck`
/// (re-check of a rectified hazard: passed → verified, failed → back to rectifying).
///
/// Everyone sees the hazards in their scope (404 otherwise); only county and prefecture bureaus change them (403).
struct HazardRoutes: WebRoutes {
    let services: WebServices

    func register(on group: RouterGroup<WebRequestContext>) {
        group.get(use: list)
        group.get(":id", use: show)
        group.post(":id/status", use: changeStatus)
        group.post(":id/recheck", use: recheck)
    }

    @Sendable func list(_ request: Request, context: WebRequestContext) async throws -> HTMLPage {
        let identity = try context.signedIn()
        let query = FormData(urlEncoded: request.uri.query ?? "")
        let today = LocalDate.today(services.database.currentTime)
        let filter = HazardListView.filter(from: query, today: today)
        let (found, regions) = try await services.database.runRead {
            (
                try $0.hazardPage(
                    filter, visibleTo: identity.user, page: Pager.requested(query),
                    pageSize: services.configuration.pageSize),
                try $0.regions()
            )
        }
        let view = HazardListView(found, query: query, scope: identity.scope, regions: regions)
        return try services.pages.render("hazards", title: "隐患台账", page: view, request: request, context: context)
    }

    @Sendable func show(_ request: Request, context: WebRequestContext) async throws -> Response {
        let query = FormData(urlEncoded: request.uri.query ?? "")
        let notice = query.text("done").flatMap {
            ["status": "隐患状态已更新。", "verified": "复查合格，隐患已验收销号。", "failed": "复查不合格，隐患退回整改中。"][$0]
        }
        return try await page(try Self.id(context), request, context, notice: notice)
    }

    @Sendable func changeStatus(_ request: Request, context: WebRequestContext) async throws -> Response {
        try await change(request, context, form: "status") { id, form, actor in
            var update = HazardUpdate()
            var problems: [String] = []
            if let text = form.text("status") {
                update.status = HazardStatus(rawValue: text)
                if update.status == nil { problems.append("未知的隐患状态“\(text)”") }
            }
            update.date = Self.day(form, "date", "日期", &problems)
            if form["measure"] != nil {
                let stored = try await services.database.runRead { try $0.hazard(id: id) }
                func changed(_ field: String, _ old: String) -> String? {
                    let new = (form[field] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                    return new == old ? nil : new
                }
                update.measure = changed("measure", stored?.measure ?? "")
                update.responsiblePerson = changed("responsible", stored?.responsiblePerson ?? "")
                update.location = changed("location", stored?.location ?? "")
                let deadline = Self.day(form, "deadline", "整改期限", &problems)
                if deadline != stored?.deadline { update.deadline = deadline }
            }
            if !problems.isEmpty { throw StoreError(.invalidInput, problems: problems.map { .init(message: $0) }) }
            try await services.database.run { [update] db in try db.updateHazard(id: id, update, actor: actor) }
            return "status"
        }
    }

    @Sendable func recheck(_ request: Request, context: WebRequestContext) async throws -> Response {
        try await change(request, context, form: "recheck") { id, form, actor in
            var problems: [String] = []
            let date = Self.day(form, "date", "复查日期", &problems) ?? LocalDate.today(services.database.currentTime)
            let passed = form["result"] == "passed"
            if form["result"] != "passed" && form["result"] != "failed" { problems.append("请选择复查结果") }
            if !problems.isEmpty { throw StoreError(.invalidInput, problems: problems.map { .init(message: $0) }) }
            if passed {
                try await services.database.run {
                    try $0.verifyHazard(id: id, by: form["verifier"] ?? "", date: date, actor: actor)
                }
                return "verified"
            }
            try await services.database.run {
                try $0.updateHazard(id: id, HazardUpdate(status: .rectifying, date: date), actor: actor)
            }
            return "failed"
        }
    }

    /// Runs a change: 404 when not visible, 403 unless a bureau user, the page with the entered values and the
    /// problems when refused, else back to the page with the notice `body` names.
    func change(
        _ request: Request, _ context: WebRequestContext, form name: String,
        _ body: (Int64, FormData, String) async throws -> String
    ) async throws -> Response {
        let identity = try context.signedIn()
        let id = try Self.id(context)
        guard try await services.database.runRead({ try $0.hazardRecord(id: id, visibleTo: identity.user) }) != nil
        else {
            throw WebError.notFound
        }
        guard HazardRecord.isManaged(by: identity.user.role) else {
            throw WebError(.forbidden, "只有旗县市或盟市应急管理局可以变更隐患状态和复查验收。")
        }
        do {
            let done = try await body(id, context.form, identity.user.username)
            return HTMLPage.redirect(to: "/hazards/\(id)?done=\(done)")
        } catch let error as StoreError where error.code != .database && error.code != .notFound {
            return try await page(
                id, request, context, echo: FormEcho(form: name, values: context.form, error: error),
                status: .badRequest)
        }
    }

    private func page(
        _ id: Int64, _ request: Request, _ context: WebRequestContext, echo: FormEcho? = nil, notice: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let identity = try context.signedIn()
        guard
            let record = try await services.database.runRead({ try $0.hazardRecord(id: id, visibleTo: identity.user) })
        else {
            throw WebError.notFound
        }
        var view = HazardPageView(
            record, role: identity.user.role, echo: echo, notice: notice,
            today: LocalDate.today(services.database.currentTime))
        let user = identity.user
        let (photos, permissions) = try await services.database.runRead { store throws(StoreError) in
            (try store.photos(hazardID: id), try store.assessmentPermissions(id: record.assessment.id!, user: user))
        }
        view.attach(photos: photos, mayAdd: permissions.map { $0.isPanelExpert || $0.isBureau } ?? false)
        return try services.pages.render(
            "hazard", title: "隐患 #\(id)", page: view, request: request, context: context, status: status
        ).response(from: request, context: context)
    }

    static func id(_ context: WebRequestContext) throws(WebError) -> Int64 {
        guard let id = context.parameters.get("id", as: Int64.self) else { throw WebError.notFound }
        return id
    }

    /// The optional date in `field`; a problem naming `label` when it is not a date.
    static func day(_ form: FormData, _ field: String, _ label: String, _ problems: inout [String]) -> LocalDate? {
        guard let text = form.text(field) else { return nil }
        guard let day = LocalDate(parsing: text) else {
            problems.append("\(label)“\(text)”不是有效日期，应为 YYYY-MM-DD")
            return nil
        }
        return day
    }
}
