import Foundation
import HazChemCore
import HazChemStore
import Hummingbird

/// The panel's entry forms on the assessment page: `POST /assessments/{id}/items/{item}` (one checklist item,
/// saved at once by the page's script or as a plain form), `…/answers`, `…/answers/confirm`, `…/risk`,
/// `…/conclusion` (专家组综合意见) and `…/spot-checks`.
///
/// A script sends `Accept: application/json` and gets ``ItemSaveResult`` (with the re-scored grading sheet);
/// a plain form is redirected back to the page, or shown again with its values and the problems (400/403).
struct AssessmentEntryRoutes: WebRoutes {
    let services: WebServices

    func register(on group: RouterGroup<WebRequestContext>) {
        group.post(":id/items/:item", use: saveItem)
        group.post(":id/answers", use: saveAnswers)
        group.post(":id/answers/confirm", use: confirmAnswers)
        group.post(":id/risk", use: saveRisk)
        group.post(":id/conclusion", use: saveConclusion)
        group.post(":id/spot-checks", use: addSpotCheck)
    }

    @Sendable func saveItem(_ request: Request, context: WebRequestContext) async throws -> Response {
        let identity = try context.signedIn()
        let id = try AssessmentRoutes.id(context)
        guard let itemID = context.parameters.get("item") else { throw WebError.notFound }
        let form = context.form
        let json = ItemSaveResult.wanted(request)
        let echoName = ChecklistSectionView.formName(itemID)
        func refuse(_ messages: [String], _ status: HTTPResponse.Status) async throws -> Response {
            if json { return try ItemSaveResult.failure(messages, item: itemID, status: status) }
            return try await services.assessmentPage(
                id, request: request, context: context,
                echo: FormEcho(form: echoName, values: form, messages: messages), status: status)
        }
        guard let response = form.text("response").flatMap(ChecklistResponse.init(label:)) else {
            return try await refuse(["请选择检查结果（符合、不符合、不适用或未查）"], .badRequest)
        }
        var details: HazardDetails?
        if ["measure", "deadline", "responsible"].contains(where: { form[$0] != nil }) {
            var deadline: LocalDate?
            if let text = form.text("deadline") {
                guard let day = LocalDate(parsing: text) else {
                    return try await refuse(["整改期限“\(text)”不是有效日期，应为 YYYY-MM-DD"], .badRequest)
                }
                deadline = day
            }
            details = HazardDetails(
                measure: form["measure"] ?? "", deadline: deadline, responsiblePerson: form["responsible"] ?? "")
        }
        let input = AssessmentResponseInput(
            itemID: itemID, response: response, finding: form["finding"] ?? "", location: form["location"] ?? "",
            markedMajor: form["major"] != nil)
        let save = AnswerSave(
            assessmentID: id, input, details: details, by: identity.user, scored: json, basedOn: form["base"])
        let result: Result<AssessmentEntryOutcome, StoreError>
        do {
            result = .success(try await services.database.save(save))
        } catch {
            result = .failure(error)
        }
        let outcome: AssessmentEntryOutcome
        switch result {
        case .success(let value):
            outcome = value
        case .failure(let error)
        where error.code == .invalidInput || error.code == .conflict || error.code == .immutable:
            let status: HTTPResponse.Status = error.code == .invalidInput ? .badRequest : .conflict
            return try await refuse(FormEcho(form: echoName, values: form, error: error).messages, status)
        case .failure(let error):
            throw error
        }
        switch outcome {
        case .notFound:
            throw WebError.notFound
        case .refused(let message):
            return try await refuse([message], .forbidden)
        case .conflict(let current, let expert):
            let message = ItemSaveResult.conflictMessage(current, expert: expert)
            if json { return try ItemSaveResult.conflict(message, item: itemID, current: current, expert: expert) }
            return try await refuse([message], .conflict)
        case .saved(let changed, let score, let expert, let version):
            guard json, let score else {
                return HTMLPage.redirect(
                    to:
                        "/assessments/\(id)?done=saved&item=\(LoginRoutes.encode(itemID))#item-\(LoginRoutes.encode(itemID))"
                )
            }
            return try ItemSaveResult.success(
                score, item: itemID, changed: changed, expert: expert, version: version, pages: services.pages)
        }
    }

    @Sendable func saveAnswers(_ request: Request, context: WebRequestContext) async throws -> Response {
        try await edit(request, context, form: GradingAnswersView.form, done: "answers") { detail, user, form in
            let table = detail.gradingTable
            let stored = Dictionary(uniqueKeysWithValues: detail.answers.map { ($0.ruleID, $0.value) })
            var entry = AssessmentEntry()
            var problems: [String] = []
            let ids =
                table.ruleEntries.map { ($0.rule.id, $0.rule.per == .item) } + table.directRed.map { ($0.id, false) }
            for (ruleID, isCount) in ids {
                guard let text = form.text(GradingAnswersView.field(ruleID)) else { continue }
                guard let answer = GradingAnswerText.answer(text, isCount: isCount) else {
                    problems.append(isCount ? "\(ruleID)：应填写非负整数，实际为“\(text)”" : "\(ruleID)：应选择“是”或“否”")
                    continue
                }
                if Self.storedValue(answer) != (stored[ruleID] ?? 0) { entry.answers[ruleID] = answer }
            }
            if !problems.isEmpty { throw StoreError(.invalidInput, problems: problems.map { .init(message: $0) }) }
            if !entry.answers.isEmpty {
                _ = try await services.database.run { [entry] db in
                    try db.apply(entry, toAssessment: detail.assessment.id!, actor: user.username)
                }
            }
        }
    }

    @Sendable func confirmAnswers(_ request: Request, context: WebRequestContext) async throws -> Response {
        try await edit(request, context, form: GradingAnswersView.form, done: "confirmed") { detail, user, _ in
            _ = try await services.database.run {
                try $0.confirmAnswers(assessmentID: detail.assessment.id!, actor: user.username)
            }
        }
    }

    @Sendable func saveRisk(_ request: Request, context: WebRequestContext) async throws -> Response {
        try await edit(request, context, form: "risk", done: "risk") { detail, user, form in
            var risk = RiskDescription()
            for field in RiskDescription.Field.allCases { risk[field] = form[field.rawValue] ?? "" }
            try await services.database.run { [risk] db in
                try db.setRisk(
                    assessmentID: detail.assessment.id!, risk: risk,
                    notRectifiable: .some(form["notRectifiable"] ?? ""),
                    actor: user.username)
            }
        }
    }

    @Sendable func saveConclusion(_ request: Request, context: WebRequestContext) async throws -> Response {
        try await edit(request, context, form: "conclusion", done: "conclusion") { detail, user, form in
            let text = form["conclusion"] ?? ""
            _ = try await services.database.run { db in
                try db.setConclusion(assessmentID: detail.assessment.id!, text: text, actor: user.username)
            }
        }
    }

    @Sendable func addSpotCheck(_ request: Request, context: WebRequestContext) async throws -> Response {
        try await edit(request, context, form: "spot", done: "spot") { detail, user, form in
            var problems: [StoreError.Problem] = []
            let role = form.text("role").flatMap(SpotCheckRole.init(label:))
            if role == nil { problems.append(.init(field: "岗位", message: "请选择被抽查人员的岗位")) }
            let result = form.text("result").flatMap(SpotCheckResult.init(label:))
            if result == nil { problems.append(.init(field: "结果", message: "请选择抽查结果")) }
            guard let role, let result else { throw StoreError(.invalidInput, problems: problems) }
            try await services.database.run {
                try $0.addSpotCheck(
                    SpotCheck(
                        assessmentID: detail.assessment.id!, person: form["person"] ?? "", role: role, result: result,
                        note: form["note"] ?? ""), actor: user.username)
            }
        }
    }

    /// Runs one of the panel's shared forms: 404 when not visible, 403 unless the user is a panel expert, then
    /// `body`; a store refusal shows the page again with the entered values, success redirects with `done`.
    func edit(
        _ request: Request, _ context: WebRequestContext, form name: String, done: String,
        _ body: (AssessmentDetail, AppUser, FormData) async throws -> Void
    ) async throws -> Response {
        let identity = try context.signedIn()
        let id = try AssessmentRoutes.id(context)
        guard
            let (detail, permissions) = try await services.database.runRead({
                try $0.assessmentDetail(id: id, visibleTo: identity.user)
            })
        else { throw WebError.notFound }
        if let refusal = permissions.refusal(.edit) { throw WebError(.forbidden, refusal) }
        do {
            try await body(detail, identity.user, context.form)
        } catch let error as StoreError where error.code != .database && error.code != .notFound {
            return try await services.assessmentPage(
                id, request: request, context: context, echo: FormEcho(form: name, values: context.form, error: error),
                status: .badRequest)
        }
        return HTMLPage.redirect(to: "/assessments/\(id)?done=\(done)#\(name)")
    }

    /// The number an answer is stored as: the count, or 1/0 for yes/no.
    static func storedValue(_ answer: GradingAnswer) -> Int {
        if case .count(let n) = answer { return n }
        return answer.multiplier
    }
}
