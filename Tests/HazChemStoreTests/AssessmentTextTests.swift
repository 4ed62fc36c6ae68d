import Foundation
import HazChemCore
import Testing

@testable import HazChemStore

@Suite("Assessment texts refuse NUL and other control characters, naming the field")
struct AssessmentTextTests {
    @Test("a finding with NUL is refused and nothing is stored; line breaks in a finding are fine")
    func finding() throws {
        let fixture = try AssessmentFixture()
        try fixture.database.startAssessment(id: fixture.id, actor: AssessmentFixture.actor)
        let audit = try fixture.auditCount()
        let bad = AssessmentEntry(responses: try fixture.responses(findings: ["B08": "无开停车\u{0}规程"]))
        let error = #expect(throws: StoreError.self) {
            try fixture.database.apply(bad, toAssessment: fixture.id, actor: AssessmentFixture.actor)
        }
        #expect(error?.code == .invalidInput)
        #expect(error?.description.contains("问题描述含有不允许的空字符（NUL，U+0000）") == true)
        #expect(try fixture.auditCount() == audit)
        #expect(try fixture.detail().responses.isEmpty)
        let good = AssessmentEntry(responses: try fixture.responses(findings: ["B08": "无开停车规程\n无工艺控制指标"]))
        #expect(try fixture.database.apply(good, toAssessment: fixture.id, actor: AssessmentFixture.actor))
    }

    @Test(
        "risk texts, the not-rectifiable reason and spot checks are checked too",
        arguments: ["\u{0}", "\u{1B}[31m", "\u{2028}"])
    func otherTexts(bad: String) throws {
        let fixture = try AssessmentFixture()
        try fixture.database.startAssessment(id: fixture.id, actor: AssessmentFixture.actor)
        let risk = #expect(throws: StoreError.self) {
            try fixture.database.setRisk(
                assessmentID: fixture.id, risk: RiskDescription(affectedArea: "厂区" + bad),
                actor: AssessmentFixture.actor)
        }
        #expect(risk?.code == .invalidInput)
        let reason = #expect(throws: StoreError.self) {
            try fixture.database.setRisk(
                assessmentID: fixture.id, risk: nil, notRectifiable: .some("工艺落后" + bad), actor: AssessmentFixture.actor
            )
        }
        #expect(reason?.description.contains("不具备整改条件的理由含有不允许的") == true)
        let person = #expect(throws: StoreError.self) {
            try fixture.database.addSpotCheck(
                SpotCheck(assessmentID: fixture.id, person: "张三" + bad, role: .principal, result: .passed),
                actor: AssessmentFixture.actor)
        }
        #expect(person?.description.contains("抽查人员含有不允许的") == true)
        #expect(try fixture.detail().spotChecks.isEmpty)
    }
}
