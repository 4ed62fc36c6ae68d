import HazChemCore
import Testing

@Suite("GB 18218-2018 identification (S) and grading (α, β, R, level)")
struct MajorHazardCalculatorTests {
    typealias F = MajorHazardFixture

    @Test("single chemical: 甲醇 400 t → S = 400/500 = 0.8, not major; no α, R or level")
    func belowCriticalQuantity() throws {
        let result = try F.assess(F.unit([F.chem("甲醇", "400")])).get()
        #expect(result.sum == Rational(decimal: "0.8"))
        #expect(!result.isMajor)
        #expect(result.alpha == nil && result.r == nil && result.level == nil)
    }

    @Test("single chemical: 甲醇 500 t → S = 500/500 = 1 exactly, major")
    func atCriticalQuantity() throws {
        let result = try F.assess(F.unit([F.chem("甲醇", "500")])).get()
        #expect(result.sum == .one)
        #expect(result.isMajor)
        // No category: β = 1 (flagged); α = 1 for 10 people; R = 1 × 1 × 1 = 1 → 四级.
        #expect(result.lines[0].betaBasis == .unspecified)
        #expect(result.r == .one)
        #expect(result.level == .fourth)
    }

    @Test("mixture: 氨 6 t + 氯 2.5 t → S = 0.6 + 0.5 = 1.1, major; R = 2 × (2×0.6 + 4×0.5) = 6.4")
    func mixture() throws {
        let result = try F.assess(F.unit(people: 100, [F.chem("液氨", "6"), F.chem("氯", "2.5")])).get()
        #expect(result.lines.map(\.ratio) == [Rational(decimal: "0.6")!, Rational(decimal: "0.5")!])
        #expect(result.sum == Rational(decimal: "1.1"))
        #expect(result.weightedSum == Rational(decimal: "3.2"))
        #expect(result.alpha == Rational(2))
        #expect(result.r == Rational(decimal: "6.4"))
        #expect(result.level == .fourth)
    }

    @Test("three lines of 光气 0.1 t: S = 3 × 0.1/0.3 = 1 exactly; R = 0.5 × 20 × 1 = 10 → 三级")
    func thirdsAtBoundary() throws {
        let result = try F.assess(F.unit(people: 0, Array(repeating: F.chem("光气", "0.1"), count: 3))).get()
        #expect(result.sum == .one)
        #expect(result.r == Rational(10))
        #expect(result.level == .third)
    }

    @Test("several categories: the lowest Q governs Q and β (W5.3 1000, J3 50, W2 10 → W2: Q 10, β 1.5)")
    func lowestCriticalQuantity() throws {
        let line = try F.calculator.line(for: F.chem("某混合气", "4", categories: ["W5.3", "J3", "W2"]), unitID: "T1").get()
        // q/Q = 4/10 = 0.4; β·q/Q = 1.5 × 0.4 = 0.6
        #expect(line.criticalQuantity == Rational(10))
        #expect(line.criticalQuantityBasis == .table2(category: "W2"))
        #expect(line.beta == Rational(decimal: "1.5"))
        #expect(line.ratio == Rational(decimal: "0.4"))
        #expect(line.weightedRatio == Rational(decimal: "0.6"))
    }

    @Test("equal lowest Q: the larger β wins (J3 Q 50 β 2 vs W5.2 Q 50 β 1 → J3)")
    func tieTakesLargerBeta() throws {
        let line = try F.calculator.line(for: F.chem("某物质", "25", categories: ["w5.2", "J3"]), unitID: "T1").get()
        #expect(line.criticalQuantityBasis == .table2(category: "J3"))
        #expect(line.beta == Rational(2))
    }

    @Test(
        "α by people within 500 m",
        arguments: [
            (0, "0.5"), (1, "1"), (29, "1"), (30, "1.2"), (49, "1.2"), (50, "1.5"), (99, "1.5"), (100, "2"),
            (5000, "2"),
        ])
    func alphaBands(people: Int, alpha: String) throws {
        // 氯 5 t: S = 1, Σβq/Q = 4, so R = 4α.
        let result = try F.assess(F.unit(people: people, [F.chem("氯", "5")])).get()
        #expect(result.alpha == Rational(decimal: alpha))
        #expect(result.r == Rational(decimal: alpha)! * Rational(4))
    }

    @Test(
        "level boundaries are exact (W5.3: Q 1000, β 1; 10 people: α 1; so R = q/1000)",
        arguments: [
            ("9999.999", MajorHazardLevel.fourth), ("10000", .third), ("49999.999", .third), ("50000", .second),
            ("99999.999", .second), ("100000", .first),
        ])
    func levelBoundaries(tonnes: String, level: MajorHazardLevel) throws {
        let result = try F.assess(F.unit(people: 10, [F.chem("某溶剂", tonnes, categories: ["W5.3"])])).get()
        #expect(result.r == Rational(decimal: tonnes)! / Rational(1000))
        #expect(result.level == level)
    }

    @Test(
        "level boundaries through Q = 0.75 (异氰酸甲酯 β 20): 50 people α 1.5 → R = 40q; 30 people α 1.2 → R = 32q",
        arguments: [
            (50, "2.5", MajorHazardLevel.first), (50, "2.499999", .second),  // R = 100; 99.99996
            (30, "1.5625", .second), (30, "1.562499", .third),  // R = 50; 49.999968
        ])
    func levelBoundariesThroughQuarters(people: Int, tonnes: String, level: MajorHazardLevel) throws {
        let result = try F.assess(F.unit(people: people, [F.chem("异氰酸甲酯", tonnes)])).get()
        #expect(result.level == level)
    }

    @Test("named toxic gas: 氯 6 t takes 表3 β 4 even with a category; 100 people → R = 2 × 4 × 1.2 = 9.6")
    func toxicGasBeta() throws {
        let result = try F.assess(F.unit(people: 100, [F.chem("氯气", "6", categories: ["W4"])])).get()
        #expect(result.lines[0].beta == Rational(4))
        #expect(result.lines[0].betaBasis == .table3)
        #expect(result.r == Rational(decimal: "9.6"))
        #expect(result.level == .fourth)
    }

    @Test("named chemical outside 表3 takes 表4 β of its category: 苯 60 t W5.1 → β 1.5, R = 1 × 1.5 × 1.2 = 1.8")
    func categoryBeta() throws {
        let result = try F.assess(F.unit([F.chem("苯", "60", categories: ["W5.1"])])).get()
        #expect(result.lines[0].criticalQuantity == Rational(50))
        #expect(result.lines[0].beta == Rational(decimal: "1.5"))
        #expect(result.lines[0].betaBasis == .table4(category: "W5.1"))
        #expect(result.r == Rational(decimal: "1.8"))
    }

    @Test("reference default category: 液化石油气 without categories → 表4 W2 β 1.5")
    func referenceCategoryBeta() throws {
        let line = try F.calculator.line(for: F.chem("丙烷", "60"), unitID: "T1").get()
        #expect(line.beta == Rational(decimal: "1.5"))
        #expect(line.betaBasis == .referenceCategory(category: "W2"))
    }

    @Test("enterprise: highest level across units and the grading rule it implies")
    func enterprise() throws {
        let assessment = try F.calculator.assess([
            F.unit("T1", people: 10, [F.chem("甲醇", "400")]),  // S 0.8: not major
            F.unit("T2", people: 100, [F.chem("氯", "6")]),  // R 9.6: 四级
            F.unit("T3", people: 0, [F.chem("光气", "0.3")]),  // R 0.5 × 20 × 1 = 10: 三级
        ])
        #expect(assessment.units.map(\.level) == [nil, .fourth, .third])
        #expect(assessment.majorUnits.count == 2)
        #expect(assessment.highestLevel == .third)
        #expect(assessment.gradingRuleID == "1.1.3")
        let none = try F.calculator.assess([F.unit([F.chem("甲醇", "1")])])
        #expect(none.highestLevel == nil && none.gradingRuleID == nil)
    }

    @Test(
        "level → grading rule",
        arguments: [(MajorHazardLevel.first, "1.1.1"), (.second, "1.1.2"), (.third, "1.1.3"), (.fourth, "1.1.4")])
    func gradingRule(level: MajorHazardLevel, rule: String) {
        #expect(MajorHazardLevel.gradingRuleID(forHighest: level) == rule)
        #expect(MajorHazardLevel(label: level.label) == level)
        let answers = MajorHazardLevel.gradingAnswers(forHighest: level)
        #expect(answers.count == 4 && answers.filter(\.value).map(\.key) == [rule])
    }

    @Test("no major installation: every 1.1.x answer false")
    func noGradingRule() {
        #expect(MajorHazardLevel.gradingRuleID(forHighest: nil) == nil)
        #expect(
            MajorHazardLevel.gradingAnswers(forHighest: nil) == [
                "1.1.1": false, "1.1.2": false, "1.1.3": false, "1.1.4": false,
            ])
    }
}
