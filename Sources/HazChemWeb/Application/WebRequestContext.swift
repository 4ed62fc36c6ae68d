import Foundation
import HazChemStore
import Hummingbird
import HummingbirdAuth
import NIOCore

/// The per-request context: the signed-in user (if any), the decoded form and where the request came from.
package struct WebRequestContext: AuthRequestContext, RequestContext {
    package var coreContext: CoreRequestContextStorage
    /// The signed-in user, set by ``SessionMiddleware``.
    package var identity: WebIdentity?
    /// The fields of a submitted form, set by ``CSRFMiddleware`` for every POST.
    package var form = FormData()
    /// The files of an upload (multipart file fields, or a raw xlsx body as one file), set by ``CSRFMiddleware``
    /// on the routes that take uploads.
    package var uploads: [MultipartForm.Part] = []
    /// Why an upload's body could not be read (malformed multipart), in Chinese; nil when it could.
    package var uploadProblem: String?
    /// Whether the request carried a session cookie that is no longer valid (expired or signed out elsewhere).
    package var sessionExpired = false
    /// The client's IP address, for throttling sign-ins; `local` when unknown (tests).
    package let clientAddress: String

    package init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        clientAddress = source.channel.remoteAddress?.ipAddress ?? "local"
    }

    /// The signed-in user; routes behind ``RequireLoginMiddleware`` always have one.
    package func signedIn() throws(WebError) -> WebIdentity {
        guard let identity else { throw WebError.forbidden }
        return identity
    }
}
