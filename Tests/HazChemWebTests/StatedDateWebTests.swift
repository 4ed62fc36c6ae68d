import Foundation
import HazChemCore
import HazChemStore
import HazChemWeb
import HummingbirdTesting
import Testing

/// Dates stated on the page (补录 of paper records): shown beside the server's time, bounded by the visit's end.
/// ``AssessmentFixtures`` runs on 2019-08-01; the visit ended 2019-07-10.
@Suite("Stated dates on the assessment page")
struct StatedDateWebTests {
    @Test func aBackdatedSubmissionShowsTheRecordedTimeAndASignatureBeforeTheVisitEndedIsRefused() async throws {
        let fixtures = try AssessmentFixtures()
        let recorded = RecordedTime(fixtures.base.clock.now)
        try await fixtures.application().test(.router) { client in
            var leader = WebClient(client)
            try await leader.signIn("wjg")
            let submitted = try await leader.post(fixtures.path("/submit"), [("date", "2019-07-18")])
            #expect(submitted.status == 303)
            let page = try await leader.get(fixtures.path()).body
            #expect(page.contains("2019-07-18（补录，系统记录 \(recorded)）"))
            let early = try await leader.post(fixtures.path("/sign"), [("date", "2019-07-09")])
            #expect(early.status == 400)
            #expect(early.body.contains("签名日期2019-07-09早于现场评估结束日期2019-07-10，补录的日期不能早于现场评估结束"))
            #expect(try fixtures.database.assessmentDetail(id: fixtures.assessmentID)?.signatures.isEmpty == true)
            // Signed without a date: today by the server's clock, shown plain.
            let signed = try await leader.post(fixtures.path("/sign"), [])
            #expect(signed.status == 303)
            let after = try await leader.get(fixtures.path()).body
            #expect(after.contains("\(recorded.day)"))
            #expect(!after.contains("\(recorded.day)（补录"))
            #expect(after.contains("2019-07-18（补录，系统记录 \(recorded)）"))
        }
    }
}
