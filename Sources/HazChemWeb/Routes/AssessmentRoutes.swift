import Foundation
import HazChemCore
import HazChemStore
import Hummingbird

/// `GET /assessments` (the assessments the user may see) and `GET /assessments/{id}` (the assessment page).
///
/// Visibility: prefecture and administrators see all, a county bureau its county, experts and regulators the
/// assessments of panels they sit on; anything else is a 404. What each user may change is decided by
/// ``HazChemStore/AssessmentPermissions``; the forms are in ``AssessmentEntryRoutes`` and
/// ``AssessmentLifecycleRoutes``.
struct AssessmentRoutes: WebRoutes {
    let services: WebServices

    func register(on group: RouterGroup<WebRequestContext>) {
        group.get(use: list)
        group.get(":id", use: show)
    }

    @Sendable func list(_ request: Request, context: WebRequestContext) async throws -> HTMLPage {
        let identity = try context.signedIn()
        let query = FormData(urlEncoded: request.uri.query ?? "")
        let filter = AssessmentListView.filter(from: query)
        let pageSize = services.configuration.pageSize
        let (found, regions) = try await services.database.runRead {
            (
                try $0.assessmentPage(
                    filter, visibleTo: identity.user, page: Pager.requested(query), pageSize: pageSize),
                try $0.regions()
            )
        }
        let view = AssessmentListView(found, query: query, scope: identity.scope, regions: regions)
        return try services.pages.render("assessments", title: "评估", page: view, request: request, context: context)
    }

    @Sendable func show(_ request: Request, context: WebRequestContext) async throws -> Response {
        let query = FormData(urlEncoded: request.uri.query ?? "")
        return try await services.assessmentPage(
            try Self.id(context), request: request, context: context, notice: query.text("done").flatMap(Self.notice),
            saved: query.text("item"))
    }

    /// The `{id}` of the path; a 404 when it is not a number.
    static func id(_ context: WebRequestContext) throws(WebError) -> Int64 {
        guard let id = context.parameters.get("id", as: Int64.self) else { throw WebError.notFound }
        return id
    }

    /// The notice shown after a form redirected back with `done=…`.
    static func notice(_ done: String) -> String? {
        [
            "saved": "检查项已保存，得分已重新计算。", "answers": "评分答案已保存，得分已重新计算。",
            "confirmed": "已确认全部预填的评分答案。", "risk": "风险描述已保存。", "conclusion": "专家组综合意见已保存。", "spot": "已添加抽查记录。",
            "started": "现场评估已开始。", "submitted": "评估报告已提交，请专家组各位专家签名。",
            "reopened": "报告已退回修改，已有的签名已撤销。", "signed": "您已签名，尚有专家未签名。",
            "signedAll": "全体专家已签名，评估已签署，隐患已登记到隐患台账。", "corrected": "已创建更正版本，可修改后重新提交签署。",
            "decided": "分类处置决定已记录。", "form": "检查表表单已导入，检查结论和评分答案已更新，得分已重新计算。",
            "formSame": "上传的表单与已录入的内容相同，未作修改。",
        ][done]
    }
}

extension WebServices {
    /// Renders assessment `id` for the signed-in user (404 when not visible), with a refused form's `echo`.
    func assessmentPage(
        _ id: Int64, request: Request, context: WebRequestContext, echo: FormEcho? = nil, notice: String? = nil,
        saved: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let identity = try context.signedIn()
        guard
            let (detail, permissions) = try await database.runRead({
                try $0.assessmentDetail(id: id, visibleTo: identity.user)
            })
        else {
            throw WebError.notFound
        }
        let regions = try await database.runRead { try $0.regionDirectory() }
        let countyName = regions.county(code: detail.enterprise.countyCode)?.name ?? detail.enterprise.countyCode
        let prefecture = regions.regions.first { $0.level == .prefecture }?.name ?? ""
        let bureau = (identity.user.role == .prefecture ? prefecture : countyName) + "应急管理局"
        var view = AssessmentPageView(
            detail, permissions: permissions, countyName: countyName, echo: echo, notice: notice, saved: saved,
            bureau: bureau, maxUploadSize: configuration.maxUploadSize)
        view.attach(photos: try await database.runRead { try $0.photos(assessmentID: id) }, permissions: permissions)
        return try pages.render(
            "assessment", title: view.title, page: view, request: request, context: context, status: status
        ).response(from: request, context: context)
    }
}
