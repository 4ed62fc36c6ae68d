import Foundation
import HazChemCore
import HazChemStore
import Hummingbird

/// `/panels`: expert panels (teams) of a county bureau's county, or all for the prefecture and administrators:
/// the list, forming a team, a team's page with its visits, scheduling a visit and replacing a member. Every
/// rule is the store's (``HazChemStore/PanelRules``); its problems come back next to the fields.
struct PanelRoutes: WebRoutes {
    let services: WebServices

    func register(on group: RouterGroup<WebRequestContext>) {
        group.get(use: list)
        group.get("new", use: newForm)
        group.post(use: create)
        group.get(":id", use: show)
        group.post(":id/visits", use: schedule)
        group.post(":id/replace", use: replace)
        group.post(":id/leave", use: leave)
    }

    @Sendable func list(_ request: Request, context: WebRequestContext) async throws -> HTMLPage {
        let identity = try context.signedIn()
        let query = FormData(urlEncoded: request.uri.query ?? "")
        let scope = identity.scope
        let panels = try await services.database.runRead { try $0.panels(in: scope) }
        let notice = query.text("added").map { "已组建专家组“\($0)”，请为其安排现场评估。" }
        let view = PanelListView(panels, today: LocalDate.today(services.database.currentTime), notice: notice)
        return try services.pages.render("panels", title: "专家组", page: view, request: request, context: context)
    }

    @Sendable func newForm(_ request: Request, context: WebRequestContext) async throws -> HTMLPage {
        try await render(form: FormData(), problems: nil, request, context)
    }

    @Sendable func create(_ request: Request, context: WebRequestContext) async throws -> Response {
        let identity = try context.signedIn()
        let form = context.form
        var problems: [StoreError.Problem] = []
        let region = form.text("region") ?? ""
        if region.isEmpty { problems.append(.init(field: "所属地区", message: "请选择专家组所属地区")) }
        if let county = identity.scope.countyCode, !region.isEmpty, region != county {
            problems.append(.init(field: "所属地区", message: "旗县市应急管理局只能为本旗县市组建专家组"))
        }
        if problems.isEmpty {
            let (name, assignments, actor) = (
                form["name"] ?? "", PanelFormView.assignments(form), identity.user.username
            )
            do {
                let detail = try await services.database.run { store throws(StoreError) in
                    try store.createPanel(name: name, regionCode: region, assignments: assignments, actor: actor)
                }
                return HTMLPage.redirect(to: "/panels/\(detail.panel.id!)?added=1")
            } catch {
                guard error.code == .invalidInput || error.code == .conflict else { throw error }
                problems = error.problems
            }
        }
        return try await render(form: form, problems: problems, request, context).response(
            from: request, context: context)
    }

    @Sendable func show(_ request: Request, context: WebRequestContext) async throws -> HTMLPage {
        let query = FormData(urlEncoded: request.uri.query ?? "")
        var notice: String?
        if query.text("added") != nil { notice = "专家组已组建。" }
        if query.text("scheduled") != nil { notice = "已安排现场评估。" }
        if query.text("replaced") != nil { notice = "已替换成员，替换记录已写入审计日志。" }
        if query.text("leave") != nil { notice = "已登记请假，记录已写入审计日志。" }
        return try await page(FormData(), notice: notice, request, context) { _ in }
    }

    @Sendable func schedule(_ request: Request, context: WebRequestContext) async throws -> Response {
        let identity = try context.signedIn()
        let panel = try await panel(context)
        let form = context.form
        var problems: [StoreError.Problem] = []
        let enterprise = form.text("enterprise").flatMap(Int64.init)
        if enterprise == nil { problems.append(.init(field: PanelRules.Field.enterprise, message: "请选择被评估企业")) }
        let start = form.text("start").flatMap(LocalDate.init(parsing:))
        let end = form.text("end").flatMap(LocalDate.init(parsing:))
        if start == nil || end == nil {
            problems.append(.init(field: PanelRules.Field.dates, message: "请填写现场评估开始和结束日期（YYYY-MM-DD）"))
        }
        if problems.isEmpty, let enterprise, let start, let end {
            let (id, actor) = (panel.panel.id!, identity.user.username)
            do {
                _ = try await services.database.run { store throws(StoreError) in
                    try store.scheduleVisit(panelID: id, enterpriseID: enterprise, onSite: (start, end), actor: actor)
                }
                return HTMLPage.redirect(to: "/panels/\(id)?scheduled=1")
            } catch {
                guard error.code == .invalidInput || error.code == .conflict else { throw error }
                problems = error.problems
            }
        }
        return try await page(form, notice: nil, request, context, status: .badRequest) { $0.showVisit(problems) }
            .response(from: request, context: context)
    }

    @Sendable func replace(_ request: Request, context: WebRequestContext) async throws -> Response {
        let identity = try context.signedIn()
        let panel = try await panel(context)
        let form = context.form
        var problems: [StoreError.Problem] = []
        let outgoing = form.text("expert").flatMap(Int64.init)
        let incoming = form.text("replacement").flatMap(Int64.init)
        let date = form.text("date").flatMap(LocalDate.init(parsing:))
        if outgoing == nil { problems.append(.init(field: "成员", message: "请选择被替换的成员")) }
        if incoming == nil { problems.append(.init(field: "替换为", message: "请选择新成员")) }
        if date == nil { problems.append(.init(field: "日期", message: "请填写生效日期（YYYY-MM-DD）")) }
        if problems.isEmpty, let outgoing, let incoming, let date {
            let (id, reason, actor) = (panel.panel.id!, form["reason"] ?? "", identity.user.username)
            do {
                _ = try await services.database.run { store throws(StoreError) in
                    try store.replacePanelMember(
                        panelID: id, expertID: outgoing, replacementID: incoming, reason: reason, date: date,
                        actor: actor)
                }
                return HTMLPage.redirect(to: "/panels/\(id)?replaced=1")
            } catch {
                guard error.code == .invalidInput || error.code == .conflict else { throw error }
                problems = error.problems
            }
        }
        return try await page(form, notice: nil, request, context, status: .badRequest) { $0.showReplace(problems) }
            .response(from: request, context: context)
    }

    @Sendable func leave(_ request: Request, context: WebRequestContext) async throws -> Response {
        let identity = try context.signedIn()
        let panel = try await panel(context)
        let form = context.form
        var problems: [StoreError.Problem] = []
        let expert = form.text("leave_expert").flatMap(Int64.init)
        let visit = form.text("leave_visit").flatMap(Int64.init)
        let date = form.text("leave_date").flatMap(LocalDate.init(parsing:))
        if expert == nil { problems.append(.init(field: "成员", message: "请选择请假的成员")) }
        if visit == nil { problems.append(.init(field: "现场评估", message: "请选择现场评估")) }
        if date == nil { problems.append(.init(field: "日期", message: "请填写登记日期（YYYY-MM-DD）")) }
        if problems.isEmpty, let expert, let visit, let date {
            let (id, reason, actor) = (panel.panel.id!, form["leave_reason"] ?? "", identity.user.username)
            do {
                _ = try await services.database.run { store throws(StoreError) in
                    try store.recordPanelLeave(
                        panelID: id, expertID: expert, visitID: visit, reason: reason, date: date, actor: actor)
                }
                return HTMLPage.redirect(to: "/panels/\(id)?leave=1")
            } catch {
                guard [.invalidInput, .conflict, .immutable].contains(error.code) else { throw error }
                problems = error.problems
            }
        }
        return try await page(form, notice: nil, request, context, status: .badRequest) { $0.showLeave(problems) }
            .response(from: request, context: context)
    }

    /// The panel of the path, when the user's scope reaches it (a county its own county's); otherwise 404.
    private func panel(_ context: WebRequestContext) async throws -> PanelDetail {
        let scope = try context.signedIn().scope
        guard let id = context.parameters.get("id", as: Int64.self),
            let detail = try await services.database.runRead({ try $0.panelDetail(id: id) })
        else { throw WebError.notFound }
        if let county = scope.countyCode, detail.panel.regionCode != county { throw WebError.notFound }
        if case .panels = scope { throw WebError.notFound }
        return detail
    }

    private func page(
        _ form: FormData, notice: String?, _ request: Request, _ context: WebRequestContext,
        status: HTTPResponse.Status = .ok, adjust: (inout PanelPageView) -> Void
    ) async throws -> HTMLPage {
        let detail = try await panel(context)
        let region = detail.panel.regionCode
        let (enterprises, experts) = try await services.database.runRead { store throws(StoreError) in
            let all = try store.enterprises()
            let counties = Set(try store.regions().filter { $0.code == region || $0.parentCode == region }.map(\.code))
            return (
                all.filter { counties.contains($0.countyCode) && $0.operatingStatus != .closed }, try store.experts()
            )
        }
        var view = PanelPageView(detail, enterprises: enterprises, experts: experts, form: form, notice: notice)
        adjust(&view)
        return try services.pages.render(
            "panel", title: detail.panel.name, page: view, request: request, context: context, status: status)
    }

    private func render(
        form: FormData, problems: [StoreError.Problem]?, _ request: Request, _ context: WebRequestContext
    ) async throws -> HTMLPage {
        let scope = try context.signedIn().scope
        let (regions, experts) = try await services.database.runRead { store throws(StoreError) in
            (try store.regions(), try store.experts())
        }
        var view = PanelFormView(form: form, regions: regions, experts: experts, scope: scope)
        if let problems { view.show(problems) }
        return try services.pages.render(
            "panel-form", title: "组建专家组", page: view, request: request, context: context,
            status: problems == nil ? .ok : .badRequest)
    }
}
