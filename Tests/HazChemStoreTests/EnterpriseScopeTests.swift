import Foundation
import HazChemCore
import HazChemTestSupport
import Testing

@testable import HazChemStore

@Suite("Enterprise page scope: an expert sees only the assessments and hazards of panels they sit on")
struct EnterpriseScopeTests {
    @Test("another panel's assessment and hazards at the same enterprise stay hidden from an expert")
    func otherPanelsWorkIsHidden() throws {
        let first = try AssessmentFixture()
        try first.sign(findings: ["B08": "无开停车规程"])
        let database = first.database
        var second: [String: Expert] = [:]
        for (name, specialty) in [
            ("赵组长", Specialty.safetyManagement), ("钱化工", .chemicalDesign), ("孙电气", .electricalInstrumentation),
            ("周应急", .emergencyRescue), ("吴监管", .safetyManagement),
        ] {
            second[name] = try database.addExpert(
                Expert(name: name, organisation: "兴安盟专家库", specialty: specialty), actor: AssessmentFixture.actor)
        }
        let panel = try database.createPanel(
            PanelPlan(
                name: "第二专家组", enterpriseID: first.enterprise.id!, onSiteStart: AssessmentFixture.july(20),
                onSiteEnd: AssessmentFixture.july(21)),
            assignments: [
                .init(expertID: second["赵组长"]!.id!, role: .leader),
                .init(expertID: second["钱化工"]!.id!, role: .member),
                .init(expertID: second["孙电气"]!.id!, role: .member),
                .init(expertID: second["周应急"]!.id!, role: .member),
                .init(expertID: second["吴监管"]!.id!, role: .regulator),
            ], actor: AssessmentFixture.actor)
        let other = try database.createAssessment(
            enterpriseID: first.enterprise.id!, panelID: panel.panel.id!, tablesDirectory: RepositoryPaths.checklists,
            actor: AssessmentFixture.actor)

        let enterprise = first.enterprise.id!
        let all = try #require(try database.enterpriseDetail(id: enterprise, scope: .all))
        #expect(Set(all.grades.map(\.assessmentID)) == [first.id, other.id!])
        #expect(all.hazards.count == 1)

        let leader = try #require(
            try database.enterpriseDetail(id: enterprise, scope: .panels(expertID: first.experts["王组长"]!.id!)))
        #expect(leader.grades.map(\.assessmentID) == [first.id])
        #expect(leader.hazards.count == 1)

        let newcomer = try #require(
            try database.enterpriseDetail(id: enterprise, scope: .panels(expertID: second["赵组长"]!.id!)))
        #expect(newcomer.grades.map(\.assessmentID) == [other.id!])
        #expect(newcomer.hazards.isEmpty)
    }
}
