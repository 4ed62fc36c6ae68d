import Foundation
import HazChemStore
import Hummingbird

/// `/admin/users`: list, add, disable and re-enable web users (administrators only).
struct UserAdminRoutes: WebRoutes {
    let services: WebServices

    func register(on group: RouterGroup<WebRequestContext>) {
        group.get(use: list)
        group.get("new", use: newForm)
        group.post(use: create)
        group.post(":id/disable") { request, context in try await setDisabled(true, request, context) }
        group.post(":id/enable") { request, context in try await setDisabled(false, request, context) }
    }

    @Sendable func list(_ request: Request, context: WebRequestContext) async throws -> HTMLPage {
        let identity = try context.signedIn()
        let query = FormData(urlEncoded: request.uri.query ?? "")
        var notice: String?
        if let name = query.text("added") { notice = "已新增用户“\(name)”。" }
        if let name = query.text("disabled") { notice = "已停用用户“\(name)”，其登录会话已全部结束。" }
        if let name = query.text("enabled") { notice = "已启用用户“\(name)”。" }
        let view = UserListView(
            try await services.database.runRead { try $0.userSummaries() }, currentUserID: identity.user.id,
            now: services.database.currentTime, notice: notice)
        return try services.pages.render("users", title: "用户管理", page: view, request: request, context: context)
    }

    @Sendable func newForm(_ request: Request, context: WebRequestContext) async throws -> HTMLPage {
        try render(
            UserFormView(
                form: FormData(), regions: try await services.database.runRead { try $0.regions() },
                experts: try await services.database.runRead { try $0.experts() },
                policy: services.configuration.loginPolicy), request, context,
            .ok)
    }

    @Sendable func create(_ request: Request, context: WebRequestContext) async throws -> Response {
        let identity = try context.signedIn()
        let form = context.form
        let database = services.database
        var view = UserFormView(
            form: form, regions: try await database.runRead { try $0.regions() },
            experts: try await database.runRead { try $0.experts() },
            policy: services.configuration.loginPolicy)
        var problems: [StoreError.Problem] = []
        let role = form.text("role").flatMap(UserRole.init(rawValue:))
        if role == nil { problems.append(.init(field: "角色", message: "请选择角色")) }
        var expertID: Int64?
        if let text = form.text("expert") {
            expertID = Int64(text)
            if expertID == nil { problems.append(.init(field: AppUser.Field.expert, message: "专家编号应为数字")) }
        }
        let password = form["password"] ?? ""
        if password != (form["passwordConfirm"] ?? "") {
            problems.append(.init(field: AppUser.Field.password, message: "两次输入的密码不一致"))
        }
        if problems.isEmpty, let role {
            let user = AppUser(
                username: form["username"] ?? "", displayName: form["displayName"] ?? "", role: role,
                countyCode: form.text("county"), expertID: expertID)
            let policy = services.configuration.loginPolicy
            // Hashed on the bcrypt pool first (a refused password is never hashed), then stored in one short write.
            let hasher = PrehashedPassword(
                hashed: policy.passwordProblem(password, username: user.username) == nil
                    ? await services.hasher.hashed(password) : "")
            let actor = identity.user.username
            let result: Result<AppUser, StoreError>
            do {
                result = .success(
                    try await database.run { store throws(StoreError) in
                        try store.addUser(user, password: password, hasher: hasher, policy: policy, actor: actor)
                    })
            } catch {
                result = .failure(error)
            }
            switch result {
            case .success(let stored):
                return HTMLPage.redirect(to: "/admin/users?added=" + LoginRoutes.encode(stored.username))
            case .failure(let error) where error.code == .invalidInput || error.code == .conflict:
                problems = error.problems
            case .failure(let error):
                throw error
            }
        }
        view.show(problems)
        return try render(view, request, context, .badRequest).response(from: request, context: context)
    }

    func setDisabled(_ disabled: Bool, _ request: Request, _ context: WebRequestContext) async throws -> Response {
        let identity = try context.signedIn()
        guard let id = context.parameters.get("id", as: Int64.self),
            let user = try await services.database.runRead({ try $0.user(id: id) })
        else { throw WebError.notFound }
        if disabled && user.id == identity.user.id { throw WebError(.badRequest, "不能停用自己的账号。") }
        let changed = try await services.database.run {
            try $0.setUserDisabled(
                username: user.username, disabled, actor: identity.user.username)
        }
        return HTMLPage.redirect(
            to: "/admin/users?\(disabled ? "disabled" : "enabled")=" + LoginRoutes.encode(changed.username))
    }

    private func render(
        _ view: UserFormView, _ request: Request, _ context: WebRequestContext, _ status: HTTPResponse.Status
    ) throws -> HTMLPage {
        try services.pages.render(
            "user-form", title: "新增用户", page: view, request: request, context: context, status: status)
    }
}
