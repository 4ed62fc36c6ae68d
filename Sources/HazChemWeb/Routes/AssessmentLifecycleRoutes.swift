import Foundation
import HazChemCore
import HazChemStore
import Hummingbird

/// The lifecycle buttons of the assessment page: `POST /assessments/{id}/start|submit|reopen|correct` (the panel
/// leader), `…/sign` (each panel expert for themselves) and `…/disposition` (county or prefecture bureau).
///
/// The role is checked here through ``HazChemStore/AssessmentPermissions`` (403 with the reason); whether the
/// move is legal now is the store's rule, and its refusal is shown on the page with the entered values.
struct AssessmentLifecycleRoutes: WebRoutes {
    let services: WebServices

    func register(on group: RouterGroup<WebRequestContext>) {
        group.post(":id/start") { request, context in
            try await run(.start, request, context, done: "started") { id, user, _ in
                try await services.database.run { try $0.startAssessment(id: id, actor: user.username) }
                return nil
            }
        }
        group.post(":id/submit") { request, context in
            try await run(.submit, request, context, done: "submitted") { id, user, form in
                try await services.database.run {
                    try $0.submitAssessment(id: id, date: try day(form), actor: user.username)
                }
                return nil
            }
        }
        group.post(":id/reopen") { request, context in
            try await run(.reopen, request, context, done: "reopened") { id, user, _ in
                try await services.database.run { try $0.reopenAssessment(id: id, actor: user.username) }
                return nil
            }
        }
        group.post(":id/sign") { request, context in
            try await run(.sign, request, context, done: "signed") { id, user, form in
                let permissions = try await services.database.runRead {
                    try $0.assessmentPermissions(id: id, user: user)
                }
                let outcome = try await services.database.run {
                    try $0.signAssessment(
                        id: id, experts: [permissions?.expertName ?? ""], date: try day(form), actor: user.username)
                }
                return outcome.unmet.isEmpty ? "/assessments/\(id)?done=signedAll" : nil
            }
        }
        group.post(":id/correct") { request, context in
            try await run(.correct, request, context, done: "corrected") { id, user, _ in
                let next = try await services.database.run { try $0.correctAssessment(id: id, actor: user.username) }
                return "/assessments/\(next.id!)?done=corrected"
            }
        }
        group.post(":id/disposition", use: decide)
    }

    @Sendable func decide(_ request: Request, context: WebRequestContext) async throws -> Response {
        try await run(.decide, request, context, form: "disposition", done: "decided") { id, user, form in
            var problems: [StoreError.Problem] = []
            let chosen = form.text("class").flatMap(DispositionClass.init(label:))
            if chosen == nil { problems.append(.init(field: "处置类别", message: "请选择处置类别")) }
            var action: ClosureAction?
            if let text = form.text("action") {
                action = ClosureAction(label: text)
                if action == nil { problems.append(.init(field: "处置措施", message: "未知的处置措施“\(text)”")) }
            }
            let date = try day(form) ?? LocalDate.today(services.database.currentTime)
            guard let chosen, problems.isEmpty else { throw StoreError(.invalidInput, problems: problems) }
            try await services.database.run { [action] db in
                try db.decideDisposition(
                    Disposition(
                        assessmentID: id, dispositionClass: chosen, action: action, reason: form["reason"] ?? "",
                        decisionDate: date, bureau: form["bureau"] ?? ""), actor: user.username)
            }
            return nil
        }
    }

    /// Runs `body` for `action`: 404 when not visible, 403 when the role may not, the page with the problems and
    /// entered values when the store refuses; else a redirect to the path `body` returns or to the page.
    func run(
        _ action: AssessmentPermissions.Action, _ request: Request, _ context: WebRequestContext,
        form name: String = "lifecycle", done: String,
        _ body: (Int64, AppUser, FormData) async throws -> String?
    ) async throws -> Response {
        let identity = try context.signedIn()
        let id = try AssessmentRoutes.id(context)
        guard
            let permissions = try await services.database.runRead({
                try $0.assessmentPermissions(id: id, user: identity.user)
            })
        else {
            throw WebError.notFound
        }
        if let refusal = permissions.refusal(action) { throw WebError(.forbidden, refusal) }
        do {
            let target = try await body(id, identity.user, context.form)
            return HTMLPage.redirect(to: target ?? "/assessments/\(id)?done=\(done)")
        } catch let error as StoreError where error.code != .database && error.code != .notFound {
            return try await services.assessmentPage(
                id, request: request, context: context, echo: FormEcho(form: name, values: context.form, error: error),
                status: error.code == .invalidInput ? .badRequest : .conflict)
        }
    }

    /// The optional `date` field; a refusal naming the field when it is not a date.
    private func day(_ form: FormData) throws(StoreError) -> LocalDate? {
        guard let text = form.text("date") else { return nil }
        guard let day = LocalDate(parsing: text) else {
            throw StoreError(.invalidInput, field: "日期", message: "“\(text)”不是有效日期，应为 YYYY-MM-DD")
        }
        return day
    }
}
