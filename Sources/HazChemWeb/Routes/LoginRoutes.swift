import Foundation
import HTTPTypes
import HazChemStore
import Hummingbird

/// Sign-in and sign-out: `GET/POST /login`, `POST /logout`, and `GET /dev-login` for browser tests.
struct LoginRoutes: WebRoutes {
    /// The sign-in page's path (its form is checked against the sign-in CSRF cookie).
    static let loginPath = "/login"

    /// The sign-in page's view model.
    struct LoginPage {
        var username: String
        var next: String
        var csrf: String
        var error: String?
        var notice: String?
    }

    let services: WebServices

    /// `Clear-Site-Data`, which HTTPTypes does not name.
    static let clearSiteData = HTTPField.Name("Clear-Site-Data")!
    /// What a sign-out clears on the device.
    static let clearedOnSignOut = #""cache", "storage""#

    func register(on group: RouterGroup<WebRequestContext>) {
        group.get("login", use: showForm)
        group.post("login", use: signIn)
        group.post("logout", use: signOut)
        if services.configuration.devLoginToken != nil { group.get("dev-login", use: devLogin) }
    }

    @Sendable func showForm(_ request: Request, context: WebRequestContext) async throws -> Response {
        let query = FormData(urlEncoded: request.uri.query ?? "")
        let next = Self.safeNext(query["next"])
        if context.identity != nil { return HTMLPage.redirect(to: next) }
        let existing = request.cookies[SessionCookie.loginCSRFName]?.value ?? ""
        let csrf = services.loginTokens.isValid(existing) ? existing : services.loginTokens.issue()
        var notice: String?
        if query["expired"] != nil { notice = "登录已过期，请重新登录。" }
        if query["out"] != nil { notice = "您已安全退出。" }
        var response = try render(
            LoginPage(username: "", next: next, csrf: csrf, error: nil, notice: notice), request, context, .ok)
        response.setCookie(
            SessionCookie.make(
                SessionCookie.loginCSRFName, value: csrf, lifetime: LoginFormTokens.lifetime,
                secure: services.configuration.cookiesSecure(request, context)))
        return response
    }

    /// Checks a sign-in. Attempts of a user name or from an address that failed too often are refused during
    /// a growing delay without checking the password; unknown names, wrong passwords and disabled accounts get
    /// the same answer after the same work (one bcrypt check at the server's cost). Failures and the first
    /// refusal of each delay go to the audit log with the name tried and the address.
    @Sendable func signIn(_ request: Request, context: WebRequestContext) async throws -> Response {
        let form = context.form
        let username = form.text("username") ?? ""
        let next = Self.safeNext(form["next"])
        let database = services.database
        let address = services.configuration.clientAddress(request, context)
        func failure(_ message: String, _ status: HTTPResponse.Status) throws -> Response {
            let page = LoginPage(
                username: username, next: next, csrf: form[CSRFMiddleware.field] ?? "", error: message, notice: nil)
            return try render(page, request, context, status)
        }
        let now = database.currentTime
        if let refusal = await services.throttle.refusal(username: username, address: address, now: now) {
            if refusal.firstOfWait {
                try await database.run {
                    try $0.logSignInFailure(username: username, address: address, reason: .throttled)
                }
            }
            return try failure(LoginPolicy.waitMessage(until: refusal.until, now: now), .tooManyRequests)
        }
        let (outcome, reason) = try await authenticate(username: username, password: form["password"] ?? "")
        guard case .success(let user) = outcome else {
            await services.throttle.recordFailure(username: username, address: address, now: now)
            try await database.run {
                try $0.logSignInFailure(username: username, address: address, reason: reason ?? .wrongPassword)
            }
            return try failure(LoginOutcome.rejected.message(now: now)!, .unauthorized)
        }
        await services.throttle.recordSuccess(username: username)
        if let old = context.identity { try await database.run({ try $0.endSession(tokenHash: old.tokenHash) }) }
        return try await startSession(for: user, redirectTo: next, request, context)
    }

    /// ``HazChemStore/AppDatabase/authenticate(username:password:hasher:)`` with the password checked on the
    /// bcrypt pool, between two short trips to the store; a failure comes with its reason for the audit log.
    private func authenticate(username: String, password: String) async throws -> (LoginOutcome, SignInFailure?) {
        let database = services.database
        let hasher = services.hasher
        switch try await database.runRead({ try $0.signInCandidate(username: username) }) {
        case .unknown:
            _ = await hasher.verified(password, hash: hasher.dummyHash)
            return (.rejected, .unknownUser)
        case .check(let user):
            guard await hasher.verified(password, hash: user.passwordHash) else { return (.rejected, .wrongPassword) }
            if user.disabled { return (.rejected, .disabledAccount) }
            let rehashed = hasher.needsRehash(user.passwordHash) ? await hasher.hashed(password) : nil
            let outcome = try await database.run { try $0.recordSignIn(user, matches: true, rehashed: rehashed) }
            return (outcome, outcome == .rejected ? .disabledAccount : nil)
        }
    }

    @Sendable func signOut(_ request: Request, context: WebRequestContext) async throws -> Response {
        if let identity = context.identity {
            try await services.database.run({ try $0.endSession(tokenHash: identity.tokenHash) })
        }
        var response = HTMLPage.redirect(to: Self.loginPath + "?out=1")
        // What the device kept for offline work (the page cache of the service worker, the IndexedDB queue,
        // the item versions) belongs to this user: a browser honouring the header (HTTPS or localhost) drops
        // it; signout.js clears it too, after warning when answers are still waiting to be sent.
        response.headers[Self.clearSiteData] = Self.clearedOnSignOut
        response.setCookie(
            SessionCookie.clear(SessionCookie.name, secure: services.configuration.cookiesSecure(request, context)))
        return response
    }

    /// Signs in as `user` when `token` equals `serve --dev-login-token`; anything else is a 404.
    @Sendable func devLogin(_ request: Request, context: WebRequestContext) async throws -> Response {
        let query = FormData(urlEncoded: request.uri.query ?? "")
        guard let expected = services.configuration.devLoginToken,
            SessionToken.matches(query["token"] ?? "", expected),
            let user = try await services.database.runRead({ try $0.user(username: query["user"] ?? "") }),
            !user.disabled
        else { throw WebError.notFound }
        return try await startSession(for: user, redirectTo: Self.safeNext(query["next"]), request, context)
    }

    /// Starts a new session (a new token: no session fixation) and redirects with its cookie.
    private func startSession(
        for user: AppUser, redirectTo target: String, _ request: Request, _ context: WebRequestContext
    ) async throws -> Response {
        let token = SessionToken.random()
        try await services.database.run {
            try $0.createSession(
                userID: user.id!, tokenHash: SessionToken.hash(token), csrfToken: SessionToken.random(),
                lifetime: services.configuration.sessionLifetime)
        }
        let secure = services.configuration.cookiesSecure(request, context)
        var response = HTMLPage.redirect(to: target)
        response.setCookie(
            SessionCookie.make(
                SessionCookie.name, value: token, lifetime: services.configuration.sessionLifetime, secure: secure))
        response.setCookie(SessionCookie.clear(SessionCookie.loginCSRFName, secure: secure))
        return response
    }

    private func render(
        _ page: LoginPage, _ request: Request, _ context: WebRequestContext, _ status: HTTPResponse.Status
    ) throws -> Response {
        try services.pages.render("login", title: "登录", page: page, request: request, context: context, status: status)
            .response(from: request, context: context)
    }

    /// A path on this server to go to after signing in; anything else (other hosts, `//…`) becomes `/`.
    static func safeNext(_ text: String?) -> String {
        guard let text, text.hasPrefix("/"), !text.hasPrefix("//"), !text.contains("\\"),
            !text.hasPrefix(loginPath), text.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F })
        else { return "/" }
        return text
    }

    /// Percent-encodes `text` for a query value.
    static func encode(_ text: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
