import Foundation
import HazChemCore
import HazChemTables
import HazChemTestSupport
import Testing

@Suite("Shipped checklists")
struct ChecklistShippedTests {
    /// The rule ids of the 19号 production/storage table, written out from DOMAIN.md section 4.
    static let productionStorageRuleIds: Set<String> = [
        "1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.2.1", "1.2.2", "1.2.3", "1.3.1", "1.4.1", "1.4.2", "1.4.3",
        "2.1.1", "2.1.2", "3.1.1", "3.1.2", "3.1.3", "4.1.1", "4.1.2", "4.1.3",
        "5.1.1", "5.1.2", "5.1.3", "5.1.4", "5.1.5", "5.1.6", "5.1.7",
        "6.1.1", "6.1.2", "6.1.3", "6.1.4", "6.1.5", "7.1.1", "7.1.2", "7.1.3", "8.1.1",
        "9.1.1", "9.1.2", "9.1.3", "9.1.4", "9.1.5", "9.1.6", "9.1.7",
    ]
    /// The per-item rules of the 19号 table (DOMAIN.md section 4); the others are yes/no.
    static let productionStoragePerItem: [String: Int?] = [
        "1.2.1": nil, "1.2.2": nil, "1.2.3": nil, "1.3.1": nil, "1.4.1": nil, "1.4.2": nil, "4.1.1": nil,
        "5.1.4": nil, "5.1.5": nil, "5.1.6": nil, "5.1.7": nil, "6.1.1": nil, "6.1.2": nil, "6.1.3": nil,
        "6.1.5": 3, "7.1.3": nil,
    ]
    /// The trading table's rule ids, from CONTRACT.md.
    static let tradingRuleIds: Set<String> = [
        "T1.1.1", "T1.1.2", "T1.1.3", "T2.1.1", "T2.1.2", "T2.1.3", "T2.1.4",
        "T3.1.1", "T3.1.2", "T3.1.3", "T3.1.4", "T3.1.5", "T4.1.1", "T4.1.2", "T4.1.3", "T4.1.4",
        "T5.1.1", "T5.1.2", "T5.1.3", "T6.1.1", "T6.1.2", "T6.1.3", "T7.1.1", "T7.1.2", "T7.1.3", "T7.1.4", "T7.1.5",
    ]
    /// Bonus rules: a non-conforming item must never propose one.
    static let bonusRuleIds: Set<String> = [
        "3.1.3", "6.1.5", "8.1.1", "9.1.1", "9.1.2", "9.1.3", "9.1.7", "T2.1.4", "T7.1.3",
    ]

    static func url(_ name: String) -> URL { RepositoryPaths.checklists.appendingPathComponent(name) }

    static func criteria() throws -> MajorHazardCriteria {
        try CriteriaLoader.load(contentsOf: url("major-hazard-criteria-121.yaml"))
    }

    static func productionStorage() throws -> Checklist {
        let links = ChecklistLoader.LinkTargets(
            gradingTableId: "production-storage", ruleIds: productionStorageRuleIds,
            directRedIds: ["R1", "R2", "R3", "R4"], criteria: try criteria())
        return try ChecklistLoader.load(contentsOf: url("production-storage-checklist.yaml"), links: links)
    }

    static func trading() throws -> Checklist {
        let links = ChecklistLoader.LinkTargets(
            gradingTableId: "trading", ruleIds: tradingRuleIds, directRedIds: ["TR1", "TR2", "TR3", "TR4"],
            criteria: try criteria())
        return try ChecklistLoader.load(contentsOf: url("trading-checklist.yaml"), links: links)
    }

    @Test("the 121号 criteria file has criteria 1–20")
    func criteriaFile() throws {
        let criteria = try Self.criteria()
        #expect(criteria.header.id == "major-hazard-criteria-121")
        #expect(criteria.header.basis == "安监总管三〔2017〕121号")
        #expect(criteria.criteria.map(\.number) == Array(1...20))
        #expect(criteria.criterion(2)?.text.contains("特种作业人员") == true)
        #expect(criteria.header.note?.contains("转述") == true)
    }

    @Test("production/storage checklist: ≥ 90 items, every 121号 criterion linked, links valid")
    func productionStorageChecklist() throws {
        let checklist = try Self.productionStorage()
        #expect(checklist.header.status == .localDefault)
        #expect(checklist.header.appliesTo == [.production, .storage, .tradingWithStorage])
        #expect(checklist.gradingTableId == "production-storage")
        #expect(checklist.header.note?.contains("内应急字〔2019〕36号") == true)
        #expect(checklist.items.count >= 90)
        #expect(checklist.linkedCriteria == Set(1...20))
        #expect(checklist.linkedRuleIds.isSubset(of: Self.productionStorageRuleIds))
        #expect(checklist.linkedRuleIds.isDisjoint(with: Self.bonusRuleIds))
        #expect(checklist.linkedDirectRedIds == ["R1", "R2", "R3"])
        for rule in [
            "2.1.1", "2.1.2", "3.1.1", "3.1.2", "4.1.1", "4.1.2", "4.1.3", "5.1.1", "5.1.2", "5.1.3",
            "5.1.4", "5.1.5", "5.1.6", "5.1.7", "6.1.1", "6.1.4", "7.1.1", "7.1.2", "7.1.3",
        ] {
            #expect(checklist.linkedRuleIds.contains(rule), "no item links \(rule)")
        }
    }

    @Test("trading checklist: ≥ 45 items, links to the trading table and criteria 1, 16, 20")
    func tradingChecklist() throws {
        let checklist = try Self.trading()
        #expect(checklist.header.appliesTo == [.tradingWithoutStorage])
        #expect(checklist.gradingTableId == "trading")
        #expect(checklist.items.count >= 45)
        #expect(checklist.linkedRuleIds.isSubset(of: Self.tradingRuleIds))
        #expect(checklist.linkedRuleIds.isDisjoint(with: Self.bonusRuleIds))
        #expect(checklist.linkedDirectRedIds == ["TR1", "TR2", "TR3"])
        #expect([1, 16, 20].allSatisfy(checklist.linkedCriteria.contains))
    }

    @Test("every panel specialty has a section; item ids unique", arguments: ["production-storage", "trading"])
    func specialtiesAndIds(name: String) throws {
        let checklist = try name == "trading" ? Self.trading() : Self.productionStorage()
        for specialty in Specialty.requiredOnPanel {
            #expect(!checklist.sections(for: specialty).isEmpty, "\(name) lacks \(specialty.label)")
        }
        let ids = checklist.items.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(Set(checklist.sections.map(\.id)).count == checklist.sections.count)
        #expect(checklist.items.allSatisfy { !$0.basis.isEmpty && !$0.requirement.isEmpty })
    }

    @Test("all non-conforming: proposals follow the contract rule on the shipped production checklist")
    func proposalsOnShippedChecklist() throws {
        let checklist = try Self.productionStorage()
        var rules: [String: RuleAnswerKind] = [:]
        for id in Self.productionStorageRuleIds {
            rules[id] = Self.productionStoragePerItem[id].map { .perItem(maxCount: $0) } ?? .fixed
        }
        var responses = ChecklistResponses(checklistId: checklist.header.id)
        for item in checklist.items { responses[item.id] = .init(.nonConforming, finding: "问题") }
        let proposal = try ChecklistEvaluator(checklist: checklist).proposals(
            from: responses, rules: rules, directRedIds: ["R1", "R2", "R3", "R4"])
        #expect(proposal.answers["6.1.1"] == .count(2))
        #expect(proposal.answers["5.1.5"] == .count(2))
        #expect(proposal.answers["7.1.2"] == .yes)
        #expect(proposal.answers["4.1.1"] == .count(2))
        #expect(proposal.directRedIds == ["R1", "R2", "R3"])
        let drafts = try ChecklistEvaluator(checklist: checklist).hazardDrafts(from: responses)
        #expect(drafts.count == checklist.items.count)
        #expect(drafts.filter { $0.level == .major }.count == checklist.items.filter { $0.majorCriterion != nil }.count)
    }
}
