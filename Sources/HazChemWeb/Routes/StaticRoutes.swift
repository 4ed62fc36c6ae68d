import Foundation
import Hummingbird

/// `/static/app.css` and `/static/assessment.js`: the stylesheet and the assessment page's script, read from `Templates/static/` at start-up (nothing from the internet).
struct StaticRoutes: WebRoutes {
    let services: WebServices

    func register(on group: RouterGroup<WebRequestContext>) {
        let css = services.pages.stylesheet
        group.get("app.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(string: css)))
        }
        let script = services.pages.script
        group.get("assessment.js") { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(string: script)))
        }
    }
}
