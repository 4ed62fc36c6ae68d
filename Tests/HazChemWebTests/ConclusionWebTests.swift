import Foundation
import HazChemCore
import HazChemStore
import HazChemWeb
import HummingbirdTesting
import Testing

/// 专家组综合意见 on the assessment page: written by the panel, required before submission.
@Suite("Panel conclusion on the page")
struct ConclusionWebTests {
    @Test func requiredBeforeSubmission() async throws {
        let fixtures = try AssessmentFixtures()
        try await fixtures.application().test(.router) { client in
            var leader = WebClient(client)
            try await leader.signIn("wjg")
            #expect(try await leader.get(fixtures.path()).body.contains("专家组综合意见"))
            let cleared = try await leader.post(fixtures.path("/conclusion"), [("conclusion", "  ")])
            #expect(cleared.status == 303)
            let refused = try await leader.post(fixtures.path("/submit"), [("date", "2019-07-18")])
            #expect(refused.status == 409)
            #expect(refused.body.contains("尚未填写专家组综合意见：提交报告前须由专家组填写"))
            let text = "建议企业按隐患清单限期整改，整改后申请复查。"
            let saved = try await leader.post(fixtures.path("/conclusion"), [("conclusion", text)])
            #expect(saved.status == 303)
            #expect(saved.location?.hasSuffix("done=conclusion#conclusion") == true)
            #expect(try await leader.get(fixtures.path()).body.contains(text))
            let stored = try fixtures.database.assessmentDetail(id: fixtures.assessmentID)?.assessment.conclusion
            #expect(stored == text)
            #expect(try await leader.post(fixtures.path("/submit"), [("date", "2019-07-18")]).status == 303)
            var county = WebClient(client)
            try await county.signIn("chen")
            #expect(try await county.post(fixtures.path("/conclusion"), [("conclusion", "改")]).status == 403)
        }
    }
}
