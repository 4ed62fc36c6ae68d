import Foundation
import HTTPTypes
import Hummingbird

/// `GET /assessments/sw.js`: the service worker keeping the assessment page shell for offline reloads, read from
/// `Templates/static/sw.js` at start-up. Served from `/assessments/` so its scope covers the assessment pages;
/// never cached by the browser's HTTP cache, so a new version is picked up at the next visit.
struct ServiceWorkerRoutes: WebRoutes {
    let services: WebServices

    func register(on group: RouterGroup<WebRequestContext>) {
        let url = services.configuration.templatesDirectory.appendingPathComponent("static/sw.js")
        let script = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        group.get("sw.js") { _, _ in
            guard !script.isEmpty else { throw WebError.notFound }
            return Response(
                status: .ok,
                headers: [
                    .contentType: "text/javascript; charset=utf-8", .cacheControl: "no-cache",
                    HTTPField.Name("Service-Worker-Allowed")!: "/assessments/",
                ],
                body: .init(byteBuffer: ByteBuffer(string: script)))
        }
    }
}
