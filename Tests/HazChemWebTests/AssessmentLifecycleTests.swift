import Foundation
import HazChemCore
import HazChemStore
import HazChemWeb
import HummingbirdTesting
import Testing

/// Submitting, signing by every panel expert, and the bureau's disposition, through the page's buttons.
@Suite("Assessment lifecycle on the page")
struct AssessmentLifecycleTests {
    @Test func fromSubmissionToDisposition() async throws {
        let fixtures = try AssessmentFixtures()
        try await fixtures.application().test(.router) { client in
            var leader = WebClient(client)
            try await leader.signIn("wjg")
            let early = try await leader.post(fixtures.path("/submit"), [("date", "2019-07-09")])
            #expect(early.status == 400)
            #expect(early.body.contains("报告提交日期2019-07-09早于现场评估结束日期2019-07-10"))
            #expect(early.body.contains("name=\"date\" value=\"2019-07-09\""))
            let submitted = try await leader.post(fixtures.path("/submit"), [("date", "2019-07-18")])
            #expect(submitted.status == 303)
            let locked = try await leader.post(
                fixtures.path("/items/A01"), AssessmentFixtures.item("notChecked"))
            #expect(locked.status == 409)  // a conflict: the assessment was submitted meanwhile
            #expect(locked.body.contains("评估报告已提交，不能修改；如需修改请先退回修改"))
            var county = WebClient(client)
            try await county.signIn("wlht")
            let tooSoon = try await county.post(
                fixtures.path("/disposition"), [("class", "rectify"), ("reason", "黄色企业整改"), ("date", "2019-07-25")])
            #expect(tooSoon.status == 400)
            #expect(tooSoon.body.contains("已提交"))
            for (index, user) in ["wjg", "lm", "zw", "ly", "zj"].enumerated() {
                var expert = WebClient(client)
                try await expert.signIn(user)
                let page = try await expert.get(fixtures.path()).body
                #expect(page.contains("本人签名"), "\(user)")
                let signed = try await expert.post(fixtures.path("/sign"), [("date", "2019-07-19")])
                #expect(signed.status == 303, "\(user)")
                #expect(signed.location?.hasSuffix(index == 4 ? "done=signedAll" : "done=signed") == true, "\(user)")
                #expect(!(try await expert.get(fixtures.path()).body.contains("本人签名")), "\(user)")
            }
            var detail = try #require(try fixtures.database.assessmentDetail(id: fixtures.assessmentID))
            #expect(detail.assessment.status == .signed)
            #expect(detail.hazards.count == 6)
            let wrongClass = try await county.post(
                fixtures.path("/disposition"),
                [("class", "consolidate"), ("reason", "理由甲"), ("date", "2019-07-25"), ("bureau", "乌兰浩特市应急管理局")])
            #expect(wrongClass.status == 400)
            #expect(wrongClass.body.contains(">理由甲</textarea>"))
            let decided = try await county.post(
                fixtures.path("/disposition"),
                [("class", "rectify"), ("reason", "黄色，限期整改"), ("date", "2019-07-25"), ("bureau", "乌兰浩特市应急管理局")])
            #expect(decided.status == 303)
            detail = try #require(try fixtures.database.assessmentDetail(id: fixtures.assessmentID))
            #expect(detail.assessment.status == .dispositionDecided)
            #expect(detail.disposition?.dispositionClass == .rectify)
            let page = try await county.get(fixtures.path()).body
            #expect(page.contains("整改提升"))
            #expect(page.contains("/hazards/\(detail.hazards[0].id!)"))
        }
    }

    @Test func theLeaderTakesAReportBackAndCorrectsASignedOne() async throws {
        let fixtures = try AssessmentFixtures()
        try await fixtures.application().test(.router) { client in
            var leader = WebClient(client)
            try await leader.signIn("wjg")
            _ = try await leader.post(fixtures.path("/submit"), [("date", "2019-07-18")])
            _ = try await leader.post(fixtures.path("/sign"), [("date", "2019-07-18")])
            let reopened = try await leader.post(fixtures.path("/reopen"), [])
            #expect(reopened.status == 303)
            var detail = try #require(try fixtures.database.assessmentDetail(id: fixtures.assessmentID))
            #expect(detail.assessment.status == .onSite)
            #expect(detail.signatures.isEmpty)
            let start = try await leader.post(fixtures.path("/start"), [])
            #expect(start.status == 400)
            #expect(start.body.contains("现场评估中"))
            _ = try await leader.post(fixtures.path("/submit"), [("date", "2019-07-18")])
            for user in ["wjg", "lm", "zw", "ly", "zj"] {
                var expert = WebClient(client)
                try await expert.signIn(user)
                _ = try await expert.post(fixtures.path("/sign"), [("date", "2019-07-19")])
            }
            let corrected = try await leader.post(fixtures.path("/correct"), [])
            #expect(corrected.status == 303)
            detail = try #require(try fixtures.database.assessmentDetail(id: fixtures.assessmentID))
            let next = try #require(detail.versions.last?.id)
            #expect(next != fixtures.assessmentID)
            #expect(corrected.location == "/assessments/\(next)?done=corrected")
            let old = try await leader.get(fixtures.path()).body
            #expect(old.contains("此版本已被更正"))
            #expect(try await leader.get("/assessments/\(next)").body.contains("更正第1次"))
        }
    }
}
