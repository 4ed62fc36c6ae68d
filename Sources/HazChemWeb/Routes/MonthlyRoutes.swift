import Foundation
import HazChemCore
import HazChemReports
import HazChemStore
import Hummingbird

/// The monthly report: `GET /monthly?month=YYYY-MM` (a county its own month; the prefecture every county's
/// submission), `POST /monthly/{month}/submit` (county: submit and lock), `POST /monthly/{month}/{county}/approve`
/// and `…/return` (prefecture), `GET /monthly/{month}/summary.xlsx` (the workbook; a county gets its own).
///
/// Mounted for administrators, the prefecture and counties only; approving and returning are the prefecture's.
struct MonthlyRoutes: WebRoutes {
    let services: WebServices

    func register(on group: RouterGroup<WebRequestContext>) {
        group.get(use: show)
        group.post(":month/submit", use: submit)
        group.post(":month/:county/approve") { request, context in
            try await review(request, context, approve: true)
        }
        group.post(":month/:county/return") { request, context in
            try await review(request, context, approve: false)
        }
        group.get(":month/summary.xlsx", use: summary)
    }

    @Sendable func show(_ request: Request, context: WebRequestContext) async throws -> Response {
        let query = FormData(urlEncoded: request.uri.query ?? "")
        var period = defaultPeriod
        if let text = query.text("month") { period = try Self.period(text) }
        let notice = query.text("done").flatMap {
            ["submitted": "月报已报送，数据已锁定。", "approved": "已审核通过。", "returned": "已退回，该旗县市可修改后重新报送。"][$0]
        }
        return try await page(period, request, context, notice: notice)
    }

    @Sendable func submit(_ request: Request, context: WebRequestContext) async throws -> Response {
        let identity = try context.signedIn()
        let period = try Self.period(context.parameters.get("month") ?? "")
        guard identity.user.role == .county, let county = identity.user.countyCode else {
            throw WebError(.forbidden, "只有旗县市应急管理局可以报送本旗县市的月报。")
        }
        do {
            // The submission date is the server's: lateness is judged on it, never on a date typed in the form.
            try await services.database.run { db in
                try db.submitMonthlyFigures(countyCode: county, period: period, actor: identity.user.username)
            }
        } catch let error as StoreError where error.code != .database {
            return try await page(
                period, request, context, echo: FormEcho(form: "submit", values: context.form, error: error),
                status: error.code == .conflict ? .conflict : .badRequest)
        }
        return HTMLPage.redirect(to: "/monthly?month=\(period)&done=submitted")
    }

    func review(_ request: Request, _ context: WebRequestContext, approve: Bool) async throws -> Response {
        let identity = try context.signedIn()
        let period = try Self.period(context.parameters.get("month") ?? "")
        guard identity.user.role == .prefecture else {
            throw WebError(.forbidden, "只有盟市应急管理局可以审核或退回旗县市月报。")
        }
        let code = context.parameters.get("county") ?? ""
        guard try await services.database.runRead({ try $0.regionDirectory() }).county(code: code) != nil else {
            throw WebError.notFound
        }
        let note = context.form["note"] ?? ""
        let database = services.database
        let actor = identity.user.username
        let result: Result<MonthlyReview, StoreError>
        do {
            result = .success(
                try await database.run { store throws(StoreError) in
                    approve
                        ? try store.approveMonthly(countyCode: code, period: period, note: note, actor: actor)
                        : try store.returnMonthly(countyCode: code, period: period, note: note, actor: actor)
                })
        } catch {
            result = .failure(error)
        }
        if case .failure(let error) = result {
            guard error.code != .database else { throw error }
            let form = MonthlyPageView.form(approve ? "approve" : "return", code)
            return try await page(
                period, request, context, echo: FormEcho(form: form, values: context.form, error: error),
                status: error.code == .conflict ? .conflict : .badRequest)
        }
        return HTMLPage.redirect(to: "/monthly?month=\(period)&done=\(approve ? "approved" : "returned")")
    }

    @Sendable func summary(_ request: Request, context: WebRequestContext) async throws -> Response {
        let identity = try context.signedIn()
        let period = try Self.period(context.parameters.get("month") ?? "")
        let report = try await services.database.runRead {
            try $0.monthlyReport(for: period, county: identity.user.countyCode)
        }
        return try XLSXDownload.response(
            fileName: XLSXDownload.safeName("\(report.title).xlsx"), fallback: "monthly-summary-\(period).xlsx"
        ) { _ = try MonthlyWorkbookWriter().write(report, to: $0) }
    }

    private func page(
        _ period: MonthlyPeriod, _ request: Request, _ context: WebRequestContext, echo: FormEcho? = nil,
        notice: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let identity = try context.signedIn()
        let database = services.database
        let county = identity.user.countyCode
        let (reviews, report) = try await database.runRead {
            (try $0.monthlyReviews(for: period), try $0.monthlyReport(for: period, county: county))
        }
        let view = MonthlyPageView(
            period: period, reviews: reviews, report: report, countyCode: county,
            mayReview: identity.user.role == .prefecture, echo: echo, notice: notice,
            today: LocalDate.today(database.currentTime))
        let template = county == nil ? "monthly-review" : "monthly"
        return try services.pages.render(
            template, title: "月报 \(period.label)", page: view, request: request, context: context, status: status
        ).response(from: request, context: context)
    }

    /// The month before today's: the report counties are due to send.
    private var defaultPeriod: MonthlyPeriod {
        let today = MonthlyPeriod(containing: LocalDate.today(services.database.currentTime))
        return today.month == 1
            ? MonthlyPeriod(year: today.year - 1, month: 12)! : MonthlyPeriod(year: today.year, month: today.month - 1)!
    }

    static func period(_ text: String) throws(WebError) -> MonthlyPeriod {
        // Strictly YYYY-MM in addresses and forms (the CLI also reads 2019年7月 and 201907).
        let strict =
            text.count == 7 && text.utf8.enumerated().allSatisfy { $0 == 4 ? $1 == 0x2D : (0x30...0x39).contains($1) }
        guard strict, let period = MonthlyPeriod(parsing: text) else {
            throw WebError(.badRequest, "月份“\(text)”无效，应为 YYYY-MM。")
        }
        return period
    }
}
