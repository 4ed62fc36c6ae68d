import Foundation
import HazChemStore
import Hummingbird

/// `/admin/users`: list, add, disable and re-enable web users.
///
/// The administrator manages every account. A county bureau manages the accounts of its county: clerks of its
/// own county and expert or regulator accounts linked to the experts it manages (``AppDatabase/experts(scope:)``);
/// it cannot create prefecture or administrator accounts, nor touch other accounts (404).
struct UserAdminRoutes: WebRoutes {
    let services: WebServices

    /// What the signed-in user may manage: every account, or one county's.
    struct Reach {
        /// The county of a county bureau; nil for the administrator.
        var county: String?
        /// The experts the user may link accounts to.
        var experts: [Expert]

        /// The roles the user may give.
        var roles: [UserRole] { county == nil ? UserRole.allCases : [.county, .expert, .regulator] }

        /// Whether the user manages `user`'s account.
        func covers(_ user: AppUser) -> Bool {
            guard let county else { return true }
            switch user.role {
            case .county: return user.countyCode == county
            case .expert, .regulator: return experts.contains { $0.id == user.expertID }
            case .administrator, .prefecture: return false
            }
        }

        /// The problems of creating `user` out of reach.
        func problems(_ user: AppUser) -> [StoreError.Problem] {
            guard let county else { return [] }
            var problems: [StoreError.Problem] = []
            if !roles.contains(user.role) {
                problems.append(.init(field: "角色", message: "旗县市应急管理局只能新增本局用户、专家和安全监管人员账号"))
            } else if user.role == .county, user.countyCode != county {
                problems.append(.init(field: AppUser.Field.county, message: "只能新增本旗县市的用户"))
            } else if user.role.needsExpert, let id = user.expertID, !experts.contains(where: { $0.id == id }) {
                problems.append(.init(field: AppUser.Field.expert, message: "只能关联本旗县市管理的专家"))
            }
            return problems
        }
    }

    /// The reach of the signed-in user.
    func reach(_ identity: WebIdentity) async throws -> Reach {
        let scope = identity.scope
        let county = identity.user.role == .administrator ? nil : (identity.user.countyCode ?? "")
        return Reach(county: county, experts: try await services.database.runRead { try $0.experts(scope: scope) })
    }

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
        let reach = try await reach(identity)
        let view = UserListView(
            try await services.database.runRead { try $0.userSummaries() }.filter { reach.covers($0.user) },
            currentUserID: identity.user.id,
            now: services.database.currentTime, notice: notice)
        return try services.pages.render("users", title: "用户管理", page: view, request: request, context: context)
    }

    @Sendable func newForm(_ request: Request, context: WebRequestContext) async throws -> HTMLPage {
        let reach = try await reach(try context.signedIn())
        return try render(try await formView(FormData(), reach), request, context, .ok)
    }

    /// The form for `form`, offering the roles, counties and experts within `reach`.
    private func formView(_ form: FormData, _ reach: Reach) async throws -> UserFormView {
        let regions = try await services.database.runRead { try $0.regions() }
        return UserFormView(
            form: form, regions: regions.filter { reach.county == nil || $0.code == reach.county },
            experts: reach.experts, roles: reach.roles, policy: services.configuration.loginPolicy)
    }

    @Sendable func create(_ request: Request, context: WebRequestContext) async throws -> Response {
        let identity = try context.signedIn()
        let form = context.form
        let database = services.database
        let reach = try await reach(identity)
        var view = try await formView(form, reach)
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
            problems = reach.problems(user)
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
            let user = try await services.database.runRead({ try $0.user(id: id) }),
            try await reach(identity).covers(user)
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
