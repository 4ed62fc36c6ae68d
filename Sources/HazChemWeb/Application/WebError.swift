import Foundation
import HazChemStore
import Hummingbird
import NIOCore

/// Everything the web application refuses, with the HTTP status it answers and a Chinese message.
///
/// Handlers throw it; ``ErrorPageMiddleware`` renders it as a page. Messages never name records outside
/// the user's scope: an enterprise in another county is simply “不存在”.
package struct WebError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure this is.
    package enum Code: String, Sendable, Equatable {
        /// The page or record does not exist, or is outside the user's scope.
        case notFound
        /// The user's role may not use this page.
        case forbidden
        /// A form came without the right CSRF token.
        case csrf
        /// The request is malformed.
        case badRequest
        /// The request body is larger than allowed (an upload over the limit).
        case tooLarge
        /// Too many requests at once from one session (429).
        case busy
        /// The configuration or templates are wrong (at start-up).
        case configuration
        /// Something failed inside the server.
        case internalError
    }

    /// The kind of failure.
    package var code: Code
    /// What the user reads.
    package var message: String

    /// Creates an error.
    package init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The HTTP status the error page is sent with.
    package var status: HTTPResponse.Status {
        switch code {
        case .notFound: .notFound
        case .forbidden, .csrf: .forbidden
        case .badRequest: .badRequest
        case .tooLarge: .contentTooLarge
        case .busy: .tooManyRequests
        case .configuration, .internalError: .internalServerError
        }
    }

    /// The error page's heading.
    package var title: String {
        switch code {
        case .notFound: "页面不存在"
        case .forbidden: "没有权限"
        case .csrf: "表单校验失败"
        case .badRequest: "请求无效"
        case .tooLarge: "内容过大"
        case .busy: "请求过多"
        case .configuration, .internalError: "服务器错误"
        }
    }

    package var description: String { message }

    /// A page or record that does not exist or that the user may not see.
    package static let notFound = WebError(.notFound, "您访问的页面或记录不存在，或不在您的权限范围内。")
    /// A page the user's role may not use.
    package static let forbidden = WebError(.forbidden, "您的账号没有权限使用此页面。")
    /// A form without the right CSRF token.
    package static let csrf = WebError(.csrf, "表单已过期或来源无法验证（CSRF 校验失败），请返回上一页刷新后重新提交。")

    /// The error shown for any other error reaching the top: store errors keep their message, HTTP errors
    /// get a Chinese one by status, anything else becomes a generic server error.
    package static func from(_ error: any Error) -> WebError {
        switch error {
        case let error as WebError:
            return error
        case let error as StoreError:
            switch error.code {
            case .notFound: return .notFound
            case .invalidInput, .conflict, .immutable: return WebError(.badRequest, error.description)
            case .database: return WebError(.internalError, "数据库错误，请稍后重试或联系系统管理员。")
            }
        case is NIOTooManyBytesError:
            return WebError(.tooLarge, "提交的内容过大。")
        case let error as HTTPError:
            switch error.status {
            case .notFound, .methodNotAllowed: return .notFound
            case .unauthorized, .forbidden: return .forbidden
            case .contentTooLarge: return WebError(.badRequest, "提交的内容过大。")
            case _ where error.status.code < 500: return WebError(.badRequest, "请求无效（HTTP \(error.status.code)）。")
            default: return WebError(.internalError, "服务器内部错误，请稍后重试。")
            }
        default:
            return WebError(.internalError, "服务器内部错误，请稍后重试。")
        }
    }
}
