import Foundation
import HTTPTypes
import HazChemCore
import HazChemTestSupport
import HazChemWeb
import HummingbirdTesting
import Testing

@testable import HazChemStore

/// What the offline queue of the assessment page relies on: each operation applied once per Idempotency-Key,
/// and a late or concurrent edit refused (409) instead of overwriting a newer answer.
@Suite("Offline entry: idempotent operations and conflicts")
struct OfflineEntryTests {
    static func headers(_ key: String) -> HTTPFields {
        [.accept: "application/json", HTTPField.Name("Idempotency-Key")!: key]
    }

    static func version(_ fixtures: AssessmentFixtures, _ item: String) throws -> String {
        let detail = try #require(try fixtures.database.assessmentDetail(id: fixtures.assessmentID))
        return detail.responses.first { $0.response.itemID == item }?.response.version ?? ""
    }

    static func audits(_ fixtures: AssessmentFixtures) throws -> Int {
        try fixtures.database.auditLog(AuditFilter(entity: "checklist_response", limit: 100_000)).count
    }

    @Test func aResentOperationIsAppliedOnceAndAnsweredAsBefore() async throws {
        let fixtures = try AssessmentFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wjg")
            try await browser.get(fixtures.path())
            let before = try Self.audits(fixtures)
            let base = try Self.version(fixtures, "A01")
            let fields = AssessmentFixtures.item("nonConforming", finding: "证书过期") + [("base", base)]
            let first = try await browser.post(
                fixtures.path("/items/A01"), fields, headers: Self.headers("op-0001-aaaa"))
            #expect(first.status == 200 && first.body.contains("\"changed\":true"))
            fixtures.base.clock.advance(30)
            // The same operation again (its answer was lost), then with other content under the same key.
            let replay = try await browser.post(
                fixtures.path("/items/A01"), fields, headers: Self.headers("op-0001-aaaa"))
            #expect(replay.status == 200 && replay.body == first.body)
            let changed = try await browser.post(
                fixtures.path("/items/A01"), AssessmentFixtures.item("conforming") + [("base", base)],
                headers: Self.headers("op-0001-aaaa"))
            #expect(changed.body == first.body)
            #expect(try Self.audits(fixtures) == before + 1)
            let stored = try #require(try fixtures.database.assessmentDetail(id: fixtures.assessmentID))
            #expect(stored.responses.first { $0.response.itemID == "A01" }?.response.finding == "证书过期")
            let elsewhere = try await browser.post(
                fixtures.path("/items/A04"), AssessmentFixtures.item("conforming"),
                headers: Self.headers("op-0001-aaaa"))
            #expect(elsewhere.status == 422)
            let bad = try await browser.post(
                fixtures.path("/items/A04"), AssessmentFixtures.item("conforming"), headers: Self.headers("x"))
            #expect(bad.status == 400)
        }
    }

    @Test func aLateResendNeverOverwritesANewerAnswer() async throws {
        let fixtures = try AssessmentFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wjg")
            try await browser.get(fixtures.path())
            let base = try Self.version(fixtures, "A01")
            fixtures.base.clock.advance(60)
            let newer = try await browser.post(
                fixtures.path("/items/A01"),
                AssessmentFixtures.item("nonConforming", finding: "较新的答案") + [("base", base)],
                headers: Self.headers("op-newer-0001"))
            #expect(newer.status == 200)
            let version = try Self.version(fixtures, "A01")
            #expect(version != base && newer.body.contains("\"version\":\"\(version)\""))
            fixtures.base.clock.advance(60)
            let late = try await browser.post(
                fixtures.path("/items/A01"), AssessmentFixtures.item("conforming") + [("base", base)],
                headers: Self.headers("op-older-0002"))
            #expect(late.status == 409)
            #expect(late.body.contains("\"conflict\":true") && late.body.contains("\"finding\":\"较新的答案\""))
            #expect(late.body.contains("已被王建国改为“不符合”"))
            #expect(try Self.version(fixtures, "A01") == version)
            let plain = try await browser.post(
                fixtures.path("/items/A01"), AssessmentFixtures.item("conforming") + [("base", base)])
            #expect(plain.status == 409 && plain.body.contains("您的修改未保存"))
            let page = try await browser.get(fixtures.path()).body
            #expect(page.contains("name=\"base\" value=\"\(version)\""))
        }
    }

    @Test func theServiceWorkerIsServedForTheAssessmentPages() async throws {
        let fixtures = try AssessmentFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wjg")
            let worker = try await browser.download("/assessments/sw.js")
            #expect(worker.status == 200)
            #expect(worker.headers[HTTPField.Name("Service-Worker-Allowed")!] == "/assessments/")
            #expect(worker.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(String(decoding: worker.bytes, as: UTF8.self).contains("hazchem-shell-v1"))
        }
    }
}
