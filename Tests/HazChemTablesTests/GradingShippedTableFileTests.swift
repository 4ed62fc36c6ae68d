import Foundation
import HazChemCore
import HazChemTables
import HazChemTestSupport
import Testing

/// The shipped Checklists/production-storage.yaml through the real loader: every rule id and value of DOMAIN.md §4.
@Suite("Grading shipped table file")
struct GradingShippedTableFileTests {
    @Test("the shipped 19号 table loads with every rule id of DOMAIN.md section 4")
    func shipped() throws {
        let table = try GradingTableLoader.load(
            contentsOf: RepositoryPaths.checklists.appendingPathComponent("production-storage.yaml"))
        let ids = table.ruleEntries.map(\.rule.id)
        #expect(
            ids == [
                "1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.2.1", "1.2.2", "1.2.3", "1.3.1", "1.4.1", "1.4.2", "1.4.3",
                "2.1.1", "2.1.2", "3.1.1", "3.1.2", "3.1.3", "4.1.1", "4.1.2", "4.1.3", "5.1.1", "5.1.2", "5.1.3",
                "5.1.4", "5.1.5", "5.1.6", "5.1.7", "6.1.1", "6.1.2", "6.1.3", "6.1.4", "6.1.5", "7.1.1", "7.1.2",
                "7.1.3", "8.1.1", "9.1.1", "9.1.2", "9.1.3", "9.1.4", "9.1.5", "9.1.6", "9.1.7",
            ])
        #expect(table.directRed.map(\.id) == ["R1", "R2", "R3", "R4"])
        #expect(table.header.status == .official)
        #expect(table.header.appliesTo == [.production, .storage, .tradingWithStorage])
        #expect(table.start == Tenths(100))
        #expect(table.bands.map { "\($0.grade.rawValue)≥\($0.min)" } == ["blue≥90", "yellow≥75", "orange≥60", "red≥0"])
        #expect(table.ruleEntries.allSatisfy { !$0.rule.text.isEmpty && $0.rule.basis != nil })
    }

    /// Rule id, effect, value (tenths), per, max count, tier, exclusive group: DOMAIN.md section 4.
    static let shippedRules: [(String, GradingRule.Effect, Int, GradingRule.Per, Int?, String?, String?)] = [
        ("1.1.1", .deduction, 100, .fixed, nil, "mhi-level", nil),
        ("1.1.2", .deduction, 80, .fixed, nil, "mhi-level", nil),
        ("1.1.3", .deduction, 60, .fixed, nil, "mhi-level", nil),
        ("1.1.4", .deduction, 40, .fixed, nil, "mhi-level", nil),
        ("1.2.1", .deduction, 20, .item, nil, nil, nil), ("1.2.2", .deduction, 20, .item, nil, nil, nil),
        ("1.2.3", .deduction, 1, .item, nil, nil, nil), ("1.3.1", .deduction, 20, .item, nil, nil, nil),
        ("1.4.1", .deduction, 10, .item, nil, nil, nil), ("1.4.2", .deduction, 5, .item, nil, nil, nil),
        ("1.4.3", .deduction, 50, .fixed, nil, nil, nil), ("2.1.1", .deduction, 30, .fixed, nil, nil, nil),
        ("2.1.2", .deduction, 100, .fixed, nil, nil, nil), ("3.1.1", .deduction, 50, .fixed, nil, nil, nil),
        ("3.1.2", .deduction, 100, .fixed, nil, nil, nil), ("3.1.3", .bonus, 20, .fixed, nil, nil, nil),
        ("4.1.1", .deduction, 20, .item, nil, nil, nil), ("4.1.2", .deduction, 20, .fixed, nil, nil, nil),
        ("4.1.3", .deduction, 50, .fixed, nil, nil, nil), ("5.1.1", .deduction, 100, .fixed, nil, nil, nil),
        ("5.1.2", .deduction, 100, .fixed, nil, nil, nil), ("5.1.3", .deduction, 50, .fixed, nil, nil, nil),
        ("5.1.4", .deduction, 10, .item, nil, nil, nil), ("5.1.5", .deduction, 10, .item, nil, nil, nil),
        ("5.1.6", .deduction, 10, .item, nil, nil, nil), ("5.1.7", .deduction, 50, .item, nil, nil, nil),
        ("6.1.1", .deduction, 50, .item, nil, nil, nil), ("6.1.2", .deduction, 50, .item, nil, nil, nil),
        ("6.1.3", .deduction, 50, .item, nil, nil, nil), ("6.1.4", .deduction, 30, .fixed, nil, nil, nil),
        ("6.1.5", .bonus, 20, .item, 3, nil, nil), ("7.1.1", .deduction, 50, .fixed, nil, nil, nil),
        ("7.1.2", .deduction, 100, .fixed, nil, nil, nil), ("7.1.3", .deduction, 20, .item, nil, nil, nil),
        ("8.1.1", .bonus, 30, .fixed, nil, nil, nil), ("9.1.1", .bonus, 150, .fixed, nil, nil, "standardisation"),
        ("9.1.2", .bonus, 50, .fixed, nil, nil, "standardisation"),
        ("9.1.3", .bonus, 20, .fixed, nil, nil, "standardisation"),
        ("9.1.4", .deduction, 100, .fixed, nil, nil, nil), ("9.1.5", .deduction, 80, .fixed, nil, nil, nil),
        ("9.1.6", .deduction, 50, .fixed, nil, nil, nil), ("9.1.7", .bonus, 50, .fixed, nil, nil, nil),
    ]

    @Test("each shipped rule has the 19号 effect, value and counting", arguments: shippedRules)
    func shippedRule(
        id: String, effect: GradingRule.Effect, raw: Int, per: GradingRule.Per, maxCount: Int?, tier: String?,
        exclusive: String?
    ) throws {
        let table = try #require(try GradingTablesFixtures.shipped().gradingTable(id: "production-storage"))
        let rule = try #require(table.rule(id: id))
        #expect(rule.effect == effect)
        #expect(rule.value == Tenths(raw: raw))
        #expect(rule.per == per)
        #expect(rule.maxCount == maxCount)
        #expect(rule.tier == tier)
        #expect(rule.exclusive == exclusive)
    }
}
