import Foundation
import GRDB
import HazChemCore
import Testing

@testable import HazChemStore

@Suite("Signed records: verification codes and what a signed assessment depends on")
struct SealTests {
    /// A signed assessment with two hazards (B08 general, H04 general).
    static func signed() throws -> AssessmentFixture {
        let fixture = try AssessmentFixture()
        try fixture.sign(findings: ["B08": "无开停车规程", "H04": "压力表超期"])
        return fixture
    }

    @Test("signing seals the assessment: a 20-digit code, the hazards as signed, and verify matches")
    func signingSeals() throws {
        let fixture = try Self.signed()
        let seal = try #require(try fixture.database.seal(assessmentID: fixture.id))
        #expect(seal.code.count == 24)
        #expect(seal.code.split(separator: "-").count == 5)
        #expect(seal.content.hazards.map(\.itemID) == ["B08", "H04"])
        #expect(seal.content.hazards.allSatisfy { $0.status == .open })
        #expect(seal.content.panel?.members.count == 5)
        #expect(seal.content.enterprise.name == fixture.enterprise.name)
        let check = try fixture.database.verifySeal(
            code: seal.code.lowercased().replacingOccurrences(of: "-", with: " "))
        #expect(check.matches)
        #expect(check.version == 1)
        #expect(check.signedDate == AssessmentFixture.july(11))
    }

    @Test("a follow-up changes the live hazard, never the signed list or the code")
    func followUpKeepsTheSeal() throws {
        let fixture = try Self.signed()
        let before = try #require(try fixture.database.seal(assessmentID: fixture.id))
        let hazard = try #require(try fixture.database.hazards().first)
        try fixture.database.updateHazard(
            id: hazard.hazard.id!,
            HazardUpdate(status: .rectified, date: AssessmentFixture.july(20), measure: "已更换压力表"),
            actor: AssessmentFixture.actor)
        let after = try #require(try fixture.database.seal(assessmentID: fixture.id))
        #expect(after == before)
        #expect(try fixture.database.verifySeal(code: before.code).matches)
        #expect(try fixture.database.hazard(id: hazard.hazard.id!)?.status == .rectified)
    }

    @Test(
        "plain SQL cannot change the panel, its visit, a hazard's finding or the seal of a signed assessment",
        arguments: [
            "UPDATE panel_visit SET on_site_end = '2019-07-09'",
            "UPDATE panel_visit SET assessment_id = NULL",
            "DELETE FROM panel_visit",
            "UPDATE panel SET name = '另一专家组'",
            "DELETE FROM panel",
            "UPDATE hazard SET description = '另一描述'",
            "UPDATE hazard SET level = 'major', criterion_number = 12",
            "DELETE FROM hazard",
            "UPDATE assessment_seal SET code = 'AAAA-AAAA-AAAA-AAAA-AAAA'",
            "DELETE FROM assessment_seal",
        ])
    func triggers(sql: String) throws {
        let fixture = try Self.signed()
        let dump = try Self.dump(fixture.database)
        var refused: StoreError?
        do { try fixture.database.write { try $0.execute(sql: sql) } } catch { refused = error }
        if let refused {
            #expect(refused.code == .immutable)
            #expect(refused.description.hasPrefix("已签署的评估不可修改"))
        } else {
            // The INSERT selects no row (WHERE 0): nothing to refuse, nothing changed.
            #expect(sql.hasSuffix("WHERE 0"), "not refused: \(sql)")
        }
        #expect(try Self.dump(fixture.database) == dump)
    }

    @Test("a member replaced after signing: the signed assessment keeps its panel and its seal still verifies")
    func replacementAfterSigning() throws {
        let fixture = try Self.signed()
        let seal = try #require(try fixture.database.seal(assessmentID: fixture.id))
        let expert = try fixture.database.addExpert(
            Expert(name: "赵新人", organisation: "兴安盟专家库", specialty: .chemicalDesign), actor: AssessmentFixture.actor)
        try fixture.database.replacePanelMember(
            panelID: fixture.panel.id!, expertID: fixture.experts["李化工"]!.id!, replacementID: expert.id!,
            reason: "工作调动", date: AssessmentFixture.july(20), actor: AssessmentFixture.actor)
        let detail = try #require(try fixture.database.assessmentDetail(id: fixture.id))
        #expect(detail.panel?.seats.map(\.expert.name).contains("李化工") == true)
        #expect(detail.panel?.seats.map(\.expert.name).contains("赵新人") == false)
        #expect(
            try fixture.database.panelDetail(id: fixture.panel.id!)?.seats.map(\.expert.name).contains("赵新人") == true)
        #expect(try fixture.database.verifySeal(code: seal.code).matches)
        #expect(try fixture.database.seal(assessmentID: fixture.id) == seal)
        // The replaced expert still sees what they signed: the list, the page, the hazards and the enterprise.
        let replaced = AppUser(
            username: "lhg", displayName: "李化工", role: .expert, expertID: fixture.experts["李化工"]!.id!)
        #expect(
            try fixture.database.assessments(AssessmentFilter(), visibleTo: replaced).map(\.assessment.id) == [
                fixture.id
            ])
        #expect(try fixture.database.assessmentDetail(id: fixture.id, visibleTo: replaced) != nil)
        #expect(try fixture.database.hazards(HazardFilter(), visibleTo: replaced).count == 2)
        // Someone who neither sits on the panel nor signed sees nothing.
        let outsider = AppUser(username: "zxr", displayName: "局外人", role: .expert, expertID: 999)
        #expect(try fixture.database.assessments(AssessmentFilter(), visibleTo: outsider).isEmpty)
        #expect(try fixture.database.assessmentDetail(id: fixture.id, visibleTo: outsider) == nil)
    }

    @Test("content altered behind the triggers' back no longer matches; unknown and malformed codes are refused")
    func tamperingAndUnknownCodes() throws {
        let fixture = try Self.signed()
        let seal = try #require(try fixture.database.seal(assessmentID: fixture.id))
        try fixture.database.write { db in
            try db.execute(sql: "DROP TRIGGER checklist_response_signed_no_update")
            try db.execute(sql: "UPDATE checklist_response SET finding = '改过的描述' WHERE item_id = 'B08'")
        }
        #expect(try fixture.database.verifySeal(code: seal.code).matches == false)
        let unknown = #expect(throws: StoreError.self) {
            try fixture.database.verifySeal(code: "0000-0000-0000-0000-0000")
        }
        #expect(unknown?.code == .notFound)
        let malformed = #expect(throws: StoreError.self) { try fixture.database.verifySeal(code: "ABC") }
        #expect(malformed?.code == .invalidInput)
        #expect(malformed?.description.contains("不是有效的报告校验码") == true)
    }

    /// Every row of the tables a signed assessment depends on.
    static func dump(_ database: AppDatabase) throws -> [String] {
        try database.reader.read { db in
            try ["panel", "panel_member", "hazard", "assessment_seal"].flatMap { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2").map { "\(table) \($0)" }
            }
        }
    }
}
