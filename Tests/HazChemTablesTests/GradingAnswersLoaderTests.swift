import Foundation
import HazChemCore
import HazChemTables
import Testing

/// Answers files: YAML and JSON, and every problem reported at once with file, line and field.
@Suite("Grading answers loader")
struct GradingAnswersLoaderTests {
    @Test("YAML answers load and score")
    func yaml() throws {
        let text = """
            table: production-storage
            answers:
              "1.1.2": true
              1.2.3: 7
              "6.1.5": 2
              "9.1.1": false
              "8.1.1": yes
            direct_red: [R2]
            note: 任意说明
            """
        let (table, answers) = try AnswersLoader.load(
            file: "a.yaml", text: text, catalog: GradingTablesFixtures.shipped())
        #expect(table.id == "production-storage")
        #expect(
            answers.answers == [
                "1.1.2": .flag(true), "1.2.3": .count(7), "6.1.5": .count(2), "9.1.1": .flag(false),
                "8.1.1": .flag(true),
            ])
        #expect(answers.directRed == ["R2"])
        let sheet = try GradingEngine(table: table).score(answers)
        #expect(sheet.total == Tenths(raw: 983))  // 100 − 8 − 0.7 + 4 + 3
        #expect(sheet.grade == .red)
    }

    @Test("JSON answers load the same way; 2.0 counts as 2")
    func json() throws {
        let text = #"{"table": "trading", "answers": {"T2.1.3": 2.0, "T1.1.3": true}, "direct_red": []}"#
        let (table, answers) = try AnswersLoader.load(
            file: "a.json", text: text, catalog: GradingTablesFixtures.shipped())
        #expect(table.id == "trading")
        #expect(answers.answers == ["T2.1.3": .count(2), "T1.1.3": .flag(true)])
    }

    @Test("empty answers are allowed")
    func empty() throws {
        let (_, answers) = try AnswersLoader.load(
            file: "a.yaml", text: "table: production-storage\nanswers: {}\n", catalog: GradingTablesFixtures.shipped())
        #expect(answers.answers.isEmpty)
        let (_, nullAnswers) = try AnswersLoader.load(
            file: "a.yaml", text: "table: production-storage\nanswers:\n", catalog: GradingTablesFixtures.shipped())
        #expect(nullAnswers.answers.isEmpty)
    }

    @Test("every problem is listed at once with its line and field")
    func allProblems() throws {
        let text = """
            table: production-storage
            answers:
              "1.1.2": 3
              "1.2.3": true
              "1.4.2": -1
              "6.1.5": 4
              "9.1.1": true
              "9.1.2": true
              "7.1.3": 2.5
              "X.1": true
              "8.1.1": maybe
            direct_red: [R9, R2, R2]
            colour: red
            """
        let catalog = try GradingTablesFixtures.shipped()
        do {
            _ = try AnswersLoader.load(file: "bad.yaml", text: text, catalog: catalog)
            Issue.record("expected an error")
        } catch {
            let expected: [(Int, String, String)] = [
                (3, "answers.1.1.2", "规则 1.1.2 为是/否项，答案应为 true 或 false，实际为数字 3"),
                (4, "answers.1.2.3", "规则 1.2.3 按项计"),
                (5, "answers.1.4.2", "规则 1.4.2 的答案应为非负整数（项数或人数），实际为 -1"),
                (6, "answers.6.1.5", "规则 6.1.5 最多计3项（人），实际为 4"),
                (8, "answers.9.1.2", "规则 9.1.1、9.1.2 同属互斥组“standardisation”"),
                (9, "answers.7.1.3", "规则 7.1.3 的答案应为非负整数（项数或人数），实际为 2.5"),
                (10, "answers.X.1", "未知规则编号“X.1”"),
                (11, "answers.8.1.1", "规则 8.1.1 的答案应为 true/false（是/否项）或非负整数（按项计），实际为“maybe”"),
                (12, "direct_red[0]", "未知的直接判定红色条件“R9”"),
                (12, "direct_red[2]", "直接判定红色条件“R2”重复填写"),
                (13, "colour", "未知字段"),
            ]
            #expect(error.problems.count == expected.count, "\(error)")
            for (problem, (line, field, message)) in zip(error.problems, expected) {
                #expect(problem.file == "bad.yaml")
                #expect(problem.line == line, "\(problem)")
                #expect(problem.field == field, "\(problem)")
                #expect(problem.message.contains(message), "\(problem)")
            }
        }
    }

    @Test(
        "the table must be a known grading table",
        arguments: [
            ("table: nosuch\nanswers: {}\n", "未知的分级表“nosuch”（可用：production-storage、trading）", "table"),
            ("answers: {}\n", "缺少必填字段", "table"),
            ("table: production-storage\n", "缺少必填字段", "answers"),
            ("table: production-storage\nanswers: [1, 2]\n", "应为映射", "answers"),
            ("- table\n", "答案文件应为YAML或JSON映射", ""),
        ])
    func table(text: String, message: String, field: String) throws {
        let catalog = try GradingTablesFixtures.shipped()
        do {
            _ = try AnswersLoader.load(file: "bad.yaml", text: text, catalog: catalog)
            Issue.record("expected an error")
        } catch {
            #expect(error.problems.contains { $0.field == field && $0.message.contains(message) }, "\(error)")
        }
    }

    @Test("a table id of another kind is named as such")
    func otherKind() throws {
        var catalog = TableCatalog()
        #expect(catalog.add(text: GradingTablesFixtures.criteria(id: "crit"), name: "crit.yaml").isEmpty)
        do {
            _ = try AnswersLoader.load(file: "a.yaml", text: "table: crit\nanswers: {}\n", catalog: catalog)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("“crit”是重大隐患判定标准（crit.yaml），不是分级表"), "\(error)")
        }
    }

    @Test("score(contentsOf:) goes from a file to a score sheet")
    func scoreFile() throws {
        let folder = try GradingTablesFixtures.folder([
            "a.yaml": "table: production-storage\nanswers: {\"9.1.7\": true}\n"
        ])
        let sheet = try AnswersLoader.score(
            contentsOf: folder.appendingPathComponent("a.yaml"), catalog: GradingTablesFixtures.shipped())
        #expect(sheet.total == Tenths(105))
        #expect(sheet.grade == .blue)
    }
}
