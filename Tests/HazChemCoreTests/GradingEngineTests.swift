import HazChemCore
import Testing

/// Engine mechanics on a small hand-built table: caps, bonus, floor, grade lookup, answer validation.
@Suite("Grading engine")
struct GradingEngineTests {
    let engine = GradingEngine(table: GradingFixtures.miniTable())

    func score(_ answers: [String: GradingAnswer], red: [String] = []) throws -> ScoreSheet {
        try engine.score(GradingAnswers(tableId: "mini", answers: answers, directRed: red))
    }

    @Test("total is floored at 0 and the raw value is kept")
    func floor() throws {
        // 20 − min(8 + 6×2, 10) = 10; with a start of 5 it would go negative.
        let low = GradingEngine(table: GradingFixtures.miniTable(start: 5))
        let sheet = try low.score(GradingAnswers(tableId: "mini", answers: ["a": true, "b": 2]))
        #expect(sheet.totalBeforeFloor == Tenths(-5))
        #expect(sheet.total == .zero)
        #expect(sheet.grade == .red)
        #expect(sheet.renderText().contains("计算值 -5 低于0分，按0分计"))
    }

    @Test("a per-item rule multiplies; the cap applies to the project sum")
    func perItem() throws {
        let sheet = try score(["a": true, "b": 2])
        let project = try #require(sheet.project("1.1"))
        #expect(project.deductionBeforeCap == Tenths(20))
        #expect(project.deducted == Tenths(10))
        #expect(project.capReached)
        #expect(project.lines.map(\.amount) == [Tenths(8), Tenths(12)])
        #expect(sheet.total == Tenths(10))
    }

    @Test("a deduction equal to the cap does not count as the cap biting")
    func capExactly() throws {
        let other = GradingFixtures.miniTable()
        var table = other
        table.categories[0].projects[0].cap = Tenths(8)
        let sheet = try GradingEngine(table: table).score(GradingAnswers(tableId: "mini", answers: ["a": true]))
        #expect(try #require(sheet.project("1.1")).capReached == false)
        #expect(sheet.total == Tenths(12))
    }

    @Test("an uncapped project's bonus of 1.5 is added exactly")
    func uncappedBonus() throws {
        let sheet = try score(["c": true])
        #expect(sheet.total == Tenths(raw: 215))
        #expect(try #require(sheet.project("1.2")).cap == nil)
    }

    @Test(
        "the band of a total, lower bounds inclusive",
        arguments: [
            (0, Grade.red), (599, .red), (600, .orange), (749, .orange), (750, .yellow), (899, .yellow),
            (900, .blue), (1500, .blue),
        ])
    func band(raw: Int, grade: Grade) {
        #expect(GradingFixtures.miniTable().bandGrade(for: Tenths(raw: raw)) == grade)
    }

    @Test("answers for another table are refused")
    func wrongTable() {
        #expect(throws: GradingError.self) {
            try engine.score(GradingAnswers(tableId: "production-storage", answers: [:]))
        }
        let problems = engine.validate(GradingAnswers(tableId: "production-storage"))
        #expect(problems.map(\.code) == [.wrongTable])
        #expect(problems[0].message.contains("production-storage") && problems[0].message.contains("mini"))
    }

    @Test("the text sheet names projects, caps, applied rules, total, grade and dispositions")
    func text() throws {
        let text = try score(["a": true, "b": 2], red: ["R1"]).renderText()
        for fragment in [
            "测试表（mini，1版，本地默认", "1.1 项目（上限10分）：扣分合计20分，超过上限，按10分扣", "a 甲：是，扣8分",
            "b 乙：2项 × 6 = 扣12分", "1.2 加分（不设上限）：无扣分", "总分：10", "按分数：红色", "R1 红",
            "风险等级：红色（直接判定）", "可选处置：整改提升（默认）；停产整改或关闭淘汰",
        ] {
            #expect(text.contains(fragment), "missing: \(fragment)")
        }
    }
}
