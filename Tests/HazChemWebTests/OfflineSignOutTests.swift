import Foundation
import GRDB
import HTTPTypes
import HazChemCore
import HazChemTestSupport
import HazChemWeb
import HummingbirdTesting
import Testing

@testable import HazChemStore

/// What closes the gaps of offline entry: a sign-out clears what the device kept for the user, an operation's
/// key is stored with its change (a lost answer is never applied twice), and the photo form's upload button is
/// only for browsers without JavaScript.
@Suite("Offline entry: sign-out, keys stored with the change, the photo form")
struct OfflineSignOutTests {
    @Test func signingOutClearsWhatTheDeviceKept() async throws {
        let fixtures = try AssessmentFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wjg")
            let page = try await browser.get(fixtures.path()).body
            // Every signed-in page warns before a sign-out that would delete unsent answers (signout.js).
            #expect(page.contains(#"<form method="post" action="/logout" class="inline" data-signout>"#))
            #expect(page.contains(#"<script src="/static/signout.js" defer></script>"#))
            // The queue is kept per user: the page names who is signed in.
            #expect(page.contains(#"<div class="who" data-user="wjg">"#))
            let script = try await browser.download("/static/signout.js")
            #expect(script.status == 200 && script.headers[.contentType] == "text/javascript; charset=utf-8")
            let text = String(decoding: script.bytes, as: UTF8.self)
            #expect(text.contains("hazchem-offline") && text.contains("hazchem-shell-") && text.contains("confirm("))
            let out = try await browser.post("/logout", [])
            #expect(out.status == 303 || out.status == 302)
            #expect(out.headers[HTTPField.Name("Clear-Site-Data")!] == #""cache", "storage""#)
            let login = try await browser.get("/login").body
            #expect(!login.contains("/static/signout.js"))
        }
    }

    @Test func aResendWhoseAnswerWasLostIsNotAppliedAgain() async throws {
        let fixtures = try AssessmentFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wjg")
            try await browser.get(fixtures.path())
            let headers: HTTPFields = [.accept: "application/json", HTTPField.Name("Idempotency-Key")!: "op-lost-0001"]
            let saved = try await browser.post(
                fixtures.path("/items/A01"), AssessmentFixtures.item("nonConforming", finding: "证书过期"),
                headers: headers)
            #expect(saved.status == 200)
            // The server stopped after the change committed (with its key) but before the answer was recorded.
            try fixtures.database.write {
                try $0.execute(
                    sql:
                        "UPDATE idempotency_key SET status = 0, content_type = '', body = X'' WHERE key = 'op-lost-0001'"
                )
            }
            let audits = try fixtures.database.auditLog(AuditFilter(entity: "checklist_response", limit: 1000)).count
            let resend = try await browser.post(
                fixtures.path("/items/A01"), AssessmentFixtures.item("conforming"), headers: headers)
            #expect(resend.status == 409)
            #expect(resend.body.contains("已由服务器保存") && resend.body.contains("\"ok\":false"))
            #expect(
                try fixtures.database.auditLog(AuditFilter(entity: "checklist_response", limit: 1000)).count == audits)
            let stored = try #require(try fixtures.database.assessmentDetail(id: fixtures.assessmentID))
            #expect(stored.responses.first { $0.response.itemID == "A01" }?.response.finding == "证书过期")
        }
    }

    @Test func theUploadButtonIsForBrowsersWithoutJavaScript() async throws {
        let fixtures = try AssessmentFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wjg")
            let page = try await browser.get(fixtures.path()).body
            #expect(page.contains(#"<button type="submit" class="small photo-submit">上传</button>"#))
            // The script hides it (`hidden`), which the stylesheet's button rule must not override.
            let css = String(decoding: try await browser.download("/static/app.css").bytes, as: UTF8.self)
            #expect(css.contains("[hidden] { display: none !important; }"))
            let script = String(decoding: try await browser.download("/static/assessment.js").bytes, as: UTF8.self)
            #expect(script.contains("button.hidden = true"))
        }
    }
}
