import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Reads every POST form into ``WebRequestContext/form`` and refuses it unless it carries the right token.
///
/// Signed-in forms send the session's token in the hidden field `_csrf` (the `csrf` partial) or, for
/// scripts, the `X-CSRF-Token` header. The sign-in form, sent before any session exists, must carry a token this
/// server issued on `GET /login` and that has not expired (``LoginFormTokens``), equal to the
/// `hazchem_login_csrf` cookie. A missing or wrong token is a 403 page.
/// Forms of anonymous requests elsewhere pass through to ``RequireLoginMiddleware``.
///
/// Bodies are read into memory up to ``maxFormSize``. On the upload routes (``acceptsUpload``) a signed-in
/// user's body may be up to ``maxUploadSize``: a `multipart/form-data` body is parsed (its text fields, the
/// token among them, become the form; its files ``WebRequestContext/uploads``), and a raw xlsx body
/// (`application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` or `application/octet-stream`, token
/// in `X-CSRF-Token`) becomes one upload. A larger body is refused with a 413 page before anything is stored; an
/// upload without a session is passed on unread (to the sign-in redirect).
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    /// The largest form body read, in bytes.
    static let maxFormSize = 1 << 20
    /// The header scripts send the token in.
    static let header = HTTPField.Name("X-CSRF-Token")!
    /// The hidden form field holding the token.
    static let field = "_csrf"
    /// The content types taken as a raw file body on the upload routes.
    static let rawUploadTypes = [
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/octet-stream",
    ]
    /// The file name of a raw upload that does not name itself in `Content-Disposition`.
    static let rawUploadName = "上传的表单.xlsx"

    /// The largest upload body read, in bytes.
    let maxUploadSize: Int
    /// Checks the sign-in form's tokens.
    let loginTokens: LoginFormTokens
    /// Whether the path is a route that takes uploads.
    let acceptsUpload: @Sendable (String) -> Bool

    init(maxUploadSize: Int, loginTokens: LoginFormTokens, acceptsUpload: @escaping @Sendable (String) -> Bool) {
        self.maxUploadSize = maxUploadSize
        self.loginTokens = loginTokens
        self.acceptsUpload = acceptsUpload
    }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard request.method != .get, request.method != .head else { return try await next(request, context) }
        var request = request
        var context = context
        let contentType = request.headers[.contentType] ?? ""
        let isUpload = acceptsUpload(request.uri.path)
        // An upload without a session goes to the sign-in page unread, whatever its size.
        if isUpload && context.identity == nil { return try await next(request, context) }
        let limit = isUpload ? maxUploadSize : Self.maxFormSize
        let tooLarge = isUpload ? Self.uploadTooLarge(limit) : WebError(.tooLarge, "提交的内容过大。")
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit { throw tooLarge }
        let body: ByteBuffer
        do { body = try await request.collectBody(upTo: limit) } catch is NIOTooManyBytesError { throw tooLarge }
        if contentType.hasPrefix("application/x-www-form-urlencoded") {
            context.form = FormData(urlEncoded: String(buffer: body))
        } else if isUpload {
            Self.readUpload(body, contentType: contentType, request: request, into: &context)
        }
        let sent = context.form[Self.field] ?? request.headers[Self.header] ?? ""
        let expected: String?
        if request.uri.path == LoginRoutes.loginPath {
            guard loginTokens.isValid(sent) else { throw WebError.csrf }
            expected = request.cookies[SessionCookie.loginCSRFName]?.value
        } else if let identity = context.identity {
            expected = identity.csrfToken
        } else {
            return try await next(request, context)
        }
        guard let expected, SessionToken.matches(sent, expected) else { throw WebError.csrf }
        return try await next(request, context)
    }

    /// Puts a multipart body's fields and files, or a raw xlsx body, into `context`.
    private static func readUpload(
        _ body: ByteBuffer, contentType: String, request: Request, into context: inout Context
    ) {
        let type = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if type == "multipart/form-data" {
            guard let boundary = MultipartForm.boundary(contentType: contentType) else {
                context.uploadProblem = "上传的内容无法读取：multipart/form-data 缺少有效的分隔符（boundary）"
                return
            }
            do {
                let multipart = try MultipartForm(body: Array(body.readableBytesView), boundary: boundary)
                context.form = multipart.fields
                context.uploads = multipart.files
            } catch {
                context.uploadProblem = "上传的内容无法读取：\(error.reason)"
            }
        } else if let type, rawUploadTypes.contains(type) {
            let name = request.headers[.contentDisposition].flatMap(MultipartForm.fileName(contentDisposition:))
            context.uploads = [
                MultipartForm.Part(
                    name: "file", fileName: name.flatMap { $0.isEmpty ? nil : $0 } ?? rawUploadName,
                    contentType: type, body: Array(body.readableBytesView))
            ]
        }
    }

    /// The refusal of an upload over `limit` bytes.
    static func uploadTooLarge(_ limit: Int) -> WebError {
        WebError(
            .tooLarge,
            "上传的文件过大（超过 \(limit / (1 << 20)) MB），未导入任何内容。检查表表单通常只有几百 KB，"
                + "请确认选择的是由“下载空白检查表”得到并填写好的 .xlsx 文件。")
    }
}
