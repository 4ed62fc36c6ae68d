import Foundation
import Hummingbird

/// `/static/app.css`: the one stylesheet, read from `Templates/static/` at start-up (nothing from the internet).
struct StaticRoutes: WebRoutes {
    let services: WebServices

    func register(on group: RouterGroup<WebRequestContext>) {
        let css = services.pages.stylesheet
        group.get("app.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(string: css)))
        }
    }
}
