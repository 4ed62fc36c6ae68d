import Foundation
import Hummingbird

/// `/static/app.css`, `/static/assessment.js` and `/static/signout.js`: the stylesheet and the page scripts, read from `Templates/static/` at start-up (nothing from the internet).
struct StaticRoutes: WebRoutes {
    let services: WebServices

    func register(on group: RouterGroup<WebRequestContext>) {
        let css = services.pages.stylesheet
        group.get("app.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(string: css)))
        }
        for (name, script) in services.pages.scripts {
            group.get(RouterPath(name)) { _, _ in
                Response(
                    status: .ok,
                    headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "max-age=3600"],
                    body: .init(byteBuffer: ByteBuffer(string: script)))
            }
        }
    }
}
