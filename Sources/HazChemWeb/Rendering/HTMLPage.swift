import Foundation
import HTTPTypes
import Hummingbird

/// A rendered HTML page with the headers every page carries: no caching, no framing, no sniffing, and a
/// content security policy that allows only this server's own styles and scripts.
package struct HTMLPage: ResponseGenerator, Sendable {
    /// The HTML text.
    package var html: String
    /// The status to answer with.
    package var status: HTTPResponse.Status

    /// Creates a page.
    package init(html: String, status: HTTPResponse.Status = .ok) {
        self.html = html
        self.status = status
    }

    /// The content security policy: nothing from other origins, no inline scripts or style attributes. Images
    /// may be `blob:` addresses: the assessment page decodes a camera photo from one to downscale it, and shows
    /// the thumbnails of photos still queued on the device (IndexedDB) through them.
    static let contentSecurityPolicy =
        "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    /// `Referrer-Policy`, which HTTPTypes does not name.
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!

    package func response(from request: Request, context: some RequestContext) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        headers[.xContentTypeOptions] = "nosniff"
        headers[Self.referrerPolicy] = "same-origin"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// A 303 redirect to a path on this server (after a form, or to the sign-in page).
    package static func redirect(to path: String) -> Response {
        Response(status: .seeOther, headers: [.location: path, .cacheControl: "no-store"])
    }
}
