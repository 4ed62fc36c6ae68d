import HazChemCore
import Testing

/// Rule values, caps, tiers, bonuses and band edges of the shipped 19号 table (Checklists/production-storage.yaml).
@Suite("19号 production/storage table: scoring")
struct GradingShippedTableTests {
    /// A named set of answers and the exact total (in tenths) and grade it must give.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var answers: [String: GradingAnswer]
        var totalRaw: Int
        var grade: Grade
        var testDescription: String { name }
    }

    static let bandEdges: [Case] = [
        Case(
            name: "59.9 → red (1.1.1 + 1.3.1×5 + 2.1.2 + 3.1.2 + 1.2.3×1)",
            answers: ["1.1.1": true, "1.3.1": 5, "2.1.2": true, "3.1.2": true, "1.2.3": 1], totalRaw: 599, grade: .red),
        Case(
            name: "60 → orange (1.1.1 + 1.3.1×5 + 2.1.2 + 3.1.2)",
            answers: ["1.1.1": true, "1.3.1": 5, "2.1.2": true, "3.1.2": true], totalRaw: 600, grade: .orange),
        Case(
            name: "74.9 → orange (1.1.1 + 2.1.2 + 1.4.2×10 + 1.2.3×1)",
            answers: ["1.1.1": true, "2.1.2": true, "1.4.2": 10, "1.2.3": 1], totalRaw: 749, grade: .orange),
        Case(
            name: "75 → yellow (1.1.1 + 2.1.2 + 1.4.2×10)",
            answers: ["1.1.1": true, "2.1.2": true, "1.4.2": 10], totalRaw: 750, grade: .yellow),
        Case(
            name: "75 → yellow through 0.1 and 0.5 steps (1.1.1 + 2.1.2 + 1.2.3×25 + 1.4.2×5)",
            answers: ["1.1.1": true, "2.1.2": true, "1.2.3": 25, "1.4.2": 5], totalRaw: 750, grade: .yellow),
        Case(
            name: "89.9 → yellow (1.1.1 + 1.2.3×1)", answers: ["1.1.1": true, "1.2.3": 1], totalRaw: 899, grade: .yellow
        ),
        Case(
            name: "89.5 → yellow (1.1.1 + 1.4.2×1)", answers: ["1.1.1": true, "1.4.2": 1], totalRaw: 895, grade: .yellow
        ),
        Case(name: "90 → blue (1.1.1)", answers: ["1.1.1": true], totalRaw: 900, grade: .blue),
        Case(
            name: "90 → blue: 1.2.3×51 = 5.1 capped at 5, plus 1.4.2×10 = 5",
            answers: ["1.2.3": 51, "1.4.2": 10], totalRaw: 900, grade: .blue),
        Case(
            name: "90.1 → blue: 1.2.3×49 = 4.9 under the cap 5, plus 1.4.2×10 = 5",
            answers: ["1.2.3": 49, "1.4.2": 10], totalRaw: 901, grade: .blue),
        Case(
            name: "59.9 → red with a bonus (deductions 42.1, 3.1.3 +2)",
            answers: [
                "1.1.1": true, "1.3.1": 5, "2.1.2": true, "2.1.1": true, "3.1.2": true, "1.2.3": 1, "1.4.2": 4,
                "3.1.3": true,
            ],
            totalRaw: 599, grade: .red),
    ]

    @Test("band edges are exact", arguments: bandEdges)
    func bandEdge(_ c: Case) throws {
        let sheet = try GradingFixtures.score(c.answers)
        #expect(sheet.total == Tenths(raw: c.totalRaw))
        #expect(sheet.grade == c.grade)
        #expect(sheet.scoreGrade == c.grade)
    }

    /// Project id, answers, deduction before the cap, deduction after the cap.
    static let caps: [(String, [String: GradingAnswer], Int, Int)] = [
        ("1.2", ["1.2.1": 3], 6, 5),
        ("1.2", ["1.2.1": 1, "1.2.2": 1, "1.2.3": 10], 5, 5),
        ("1.3", ["1.3.1": 6], 12, 10),
        ("1.4", ["1.4.1": 6], 6, 5),
        ("1.4", ["1.4.3": true], 5, 5),
        ("1.4", ["1.4.3": true, "1.4.1": 1], 6, 5),
        ("2.1", ["2.1.1": true, "2.1.2": true], 13, 10),
        ("3.1", ["3.1.1": true, "3.1.2": true], 15, 10),
        ("4.1", ["4.1.2": true, "4.1.3": true], 7, 5),
        ("4.1", ["4.1.1": 2], 4, 4),
        ("5.1", ["5.1.1": true, "5.1.3": true], 15, 10),
        ("5.1", ["5.1.4": 2, "5.1.5": 3, "5.1.6": 1, "5.1.7": 1], 11, 10),
        ("5.1", ["5.1.2": true], 10, 10),
        // 人员资质 caps at 15, not 10.
        ("6.1", ["6.1.1": 4], 20, 15),
        ("6.1", ["6.1.1": 2, "6.1.4": true], 13, 13),
        ("6.1", ["6.1.2": 1, "6.1.3": 1, "6.1.4": true], 13, 13),
        ("6.1", ["6.1.1": 1, "6.1.2": 1, "6.1.3": 1, "6.1.4": true], 18, 15),
        // 安全管理制度 caps at 10, not 15.
        ("7.1", ["7.1.3": 6], 12, 10),
        ("7.1", ["7.1.1": true, "7.1.2": true], 15, 10),
        ("7.1", ["7.1.1": true, "7.1.3": 2], 9, 9),
        ("9.1", ["9.1.4": true, "9.1.5": true], 18, 10),
        ("9.1", ["9.1.6": true], 5, 5),
    ]

    @Test("each project's deductions stop at its cap", arguments: caps)
    func cap(project id: String, answers: [String: GradingAnswer], before: Int, after: Int) throws {
        let sheet = try GradingFixtures.score(answers)
        let project = try #require(sheet.project(id))
        #expect(project.deductionBeforeCap == Tenths(before))
        #expect(project.deducted == Tenths(after))
        #expect(project.capReached == (before > after))
        #expect(sheet.total == Tenths(100 - after))
    }

    @Test("the caps are the 19号 caps, project by project")
    func capValues() throws {
        let table = try GradingFixtures.productionStorage()
        let caps = Dictionary(uniqueKeysWithValues: table.projects.map { ($0.id, $0.cap?.description ?? "none") })
        #expect(
            caps == [
                "1.1": "10", "1.2": "5", "1.3": "10", "1.4": "5", "2.1": "10", "3.1": "10", "4.1": "5", "5.1": "10",
                "6.1": "15", "7.1": "10", "8.1": "none", "9.1": "10",
            ])
    }

    @Test(
        "tiers: only the most severe major-hazard level counts",
        arguments: [
            (["1.1.1": true, "1.1.3": true] as [String: GradingAnswer], 10, "1.1.1"),
            (["1.1.2": true, "1.1.3": true, "1.1.4": true], 8, "1.1.2"),
            (["1.1.4": true, "1.1.3": true], 6, "1.1.3"),
            (["1.1.4": true], 4, "1.1.4"),
            (["1.1.1": true, "1.1.2": true, "1.1.3": true, "1.1.4": true], 10, "1.1.1"),
            (["1.1.3": true, "1.1.1": false], 6, "1.1.3"),
        ])
    func tier(answers: [String: GradingAnswer], deducted: Int, winner: String) throws {
        let sheet = try GradingFixtures.score(answers)
        let project = try #require(sheet.project("1.1"))
        #expect(project.deducted == Tenths(deducted))
        #expect(project.deductionBeforeCap == Tenths(deducted))
        #expect(sheet.total == Tenths(100 - deducted))
        for line in project.lines {
            #expect(line.supersededBy == (line.rule.id == winner ? nil : winner))
        }
        #expect(project.lines.count == answers.values.filter(\.applies).count)
    }

    /// Answers, expected bonus of the project, expected total (tenths).
    static let bonuses: [(String, [String: GradingAnswer], String, Int, Int)] = [
        ("9.1.1 standardisation 一级 +15 is not clipped by the cap 10", ["9.1.1": true], "9.1", 15, 1150),
        ("9.1.1 +15 beside 9.1.4 −10 in the same project", ["9.1.1": true, "9.1.4": true], "9.1", 15, 1050),
        ("9.1.2 +5", ["9.1.2": true], "9.1", 5, 1050),
        ("9.1.3 +2", ["9.1.3": true], "9.1", 2, 1020),
        ("6.1.5 three persons +6", ["6.1.5": 3], "6.1", 6, 1060),
        ("6.1.5 +6 beside 6.1.1 capped at 15", ["6.1.5": 3, "6.1.1": 4], "6.1", 6, 910),
        ("6.1.5 one person +2", ["6.1.5": 1], "6.1", 2, 1020),
        ("8.1.1 own fire brigade +3 (no cap)", ["8.1.1": true], "8.1", 3, 1030),
        ("9.1.7 no accident in 5 years +5", ["9.1.7": true], "9.1", 5, 1050),
        ("3.1.3 甲级 design +2", ["3.1.3": true], "3.1", 2, 1020),
        ("3.1.3 +2 beside 3.1 capped at 10", ["3.1.3": true, "3.1.1": true, "3.1.2": true], "3.1", 2, 920),
        (
            "all bonuses together: 131, not capped at 100",
            ["3.1.3": true, "6.1.5": 3, "8.1.1": true, "9.1.1": true, "9.1.7": true], "9.1", 20, 1310
        ),
    ]

    @Test("bonuses are added after the caps", arguments: bonuses)
    func bonus(name: String, answers: [String: GradingAnswer], project id: String, bonus: Int, totalRaw: Int) throws {
        let sheet = try GradingFixtures.score(answers)
        #expect(try #require(sheet.project(id)).bonus == Tenths(bonus))
        #expect(sheet.total == Tenths(raw: totalRaw))
        #expect(sheet.totalBeforeFloor == Tenths(raw: totalRaw))
    }

    @Test("1.2.3 × 25 is exactly 2.5")
    func tenthSteps() throws {
        let sheet = try GradingFixtures.score(["1.2.3": 25])
        let project = try #require(sheet.project("1.2"))
        #expect(project.deducted == Tenths(raw: 25))
        #expect(project.lines.map(\.amount) == [Tenths(raw: 25)])
        #expect(sheet.total == Tenths(raw: 975))
        #expect(sheet.total.description == "97.5")
    }

    @Test("every deduction at its worst gives exactly 0, red")
    func worst() throws {
        let table = try GradingFixtures.productionStorage()
        var answers: [String: GradingAnswer] = [:]
        for (_, _, rule) in table.ruleEntries where rule.effect == .deduction {
            answers[rule.id] = rule.per == .fixed ? .flag(true) : .count(99)
        }
        let sheet = try GradingFixtures.score(answers)
        #expect(sheet.totalDeducted == Tenths(100))
        #expect(sheet.total == .zero)
        #expect(sheet.grade == .red)
    }

    @Test("no answers: 100, blue, consolidate")
    func clean() throws {
        let sheet = try GradingFixtures.score([:])
        #expect(sheet.total == Tenths(100))
        #expect(sheet.grade == .blue)
        #expect(sheet.lines.isEmpty)
        #expect(sheet.projects.count == 12)
        #expect(sheet.allowedDispositions == [.consolidate])
    }

    @Test("false and zero answers apply nothing")
    func falseAndZero() throws {
        let sheet = try GradingFixtures.score(["1.1.1": false, "1.2.3": 0, "9.1.1": false, "6.1.5": 0])
        #expect(sheet.total == Tenths(100))
        #expect(sheet.lines.isEmpty)
    }

    @Test("each direct-red condition overrides a blue score", arguments: ["R1", "R2", "R3", "R4"])
    func directRed(id: String) throws {
        let sheet = try GradingFixtures.score(["9.1.1": true], directRed: [id])
        #expect(sheet.total == Tenths(115))
        #expect(sheet.scoreGrade == .blue)
        #expect(sheet.grade == .red)
        #expect(sheet.directRed.map(\.id) == [id])
        #expect(sheet.directRed.first?.text.isEmpty == false)
        #expect(sheet.allowedDispositions == [.rectify, .closeOrSuspend])
    }

    @Test("several direct-red conditions are listed in table order")
    func severalDirectRed() throws {
        let sheet = try GradingFixtures.score([:], directRed: ["R4", "R2"])
        #expect(sheet.directRed.map(\.id) == ["R2", "R4"])
        #expect(sheet.grade == .red)
    }
}
