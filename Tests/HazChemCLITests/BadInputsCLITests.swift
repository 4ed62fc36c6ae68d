import Foundation
import HazChemTestSupport
import Testing

/// The corpus of bad inputs (Tests/HazChemCLITests/BadInputs): each is run through the built binary against a
/// database holding an assessment in progress; each is refused with exit 2 and a message naming the file and
/// what is wrong, and the database is unchanged afterwards.
@Suite("CLI: the corpus of bad inputs (built binary)")
struct BadInputsCLITests {
    /// One bad input: the command (`{file}` is the corpus file, `{db}` the database), and the words the message
    /// must contain.
    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var arguments: [String]
        var words: [String]
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(
            file: "enterprise-nul.csv", arguments: ["enterprise", "import", "{file}", "--db", "{db}"],
            words: ["enterprise-nul.csv", "第2行", "企业名称", "空字符（NUL，U+0000）"]),
        Case(
            file: "enterprise-utf16.csv", arguments: ["enterprise", "import", "{file}", "--db", "{db}"],
            words: ["enterprise-utf16.csv", "UTF-16"]),
        Case(
            file: "enterprise-gbk.csv", arguments: ["enterprise", "import", "{file}", "--db", "{db}"],
            words: ["enterprise-gbk.csv", "GBK"]),
        Case(
            file: "enterprise-bad-code.csv", arguments: ["enterprise", "import", "{file}", "--db", "{db}"],
            words: ["enterprise-bad-code.csv", "第2行", "统一社会信用代码"]),
        Case(
            file: "answers-huge.yaml", arguments: ["score", "--answers", "{file}"],
            words: ["answers-huge.yaml 第3行", "answers.1.4.1", "规则 1.4.1 的项数 9223372036854775807 不合理"]),
        Case(
            file: "answers-syntax.yaml", arguments: ["score", "--answers", "{file}"],
            words: ["answers-syntax.yaml 第", "YAML格式错误：缺少“,”或“}”"]),
        Case(
            file: "assessment-utf16.yaml", arguments: ["assessment", "import", "{file}", "--db", "{db}"],
            words: ["assessment-utf16.yaml", "UTF-16"]),
        Case(
            file: "not-a-workbook.xlsx", arguments: ["assessment", "import-form", "{file}", "--db", "{db}"],
            words: ["not-a-workbook.xlsx"]),
        Case(
            file: "(none)", arguments: ["assessment", "import-form", "{folder}/missing.xlsx", "--db", "{db}"],
            words: ["missing.xlsx", "找不到文件"]),
        Case(
            file: "(none)", arguments: ["expert", "add", "--name", "王\u{1}五", "--specialty", "安全管理", "--db", "{db}"],
            words: ["姓名", "控制字符（U+0001）"]),
        Case(
            file: "(none)",
            arguments: ["assessment", "answer", "1", "--rule", "6.1.5", "--value", "4", "--db", "{db}"],
            words: ["规则 6.1.5 最多计3项（人），实际为 4"]),
    ]

    @Test(
        "refused with exit 2, the message names file, row or line and field, the database is unchanged",
        arguments: cases)
    func refused(_ bad: Case) throws {
        let fixture = try DraftAssessmentFixture()
        let before = try FileFingerprint.of(fixture.db)
        let corpus = RepositoryPaths.root.appendingPathComponent("Tests/HazChemCLITests/BadInputs")
        let arguments = bad.arguments.map {
            $0.replacingOccurrences(of: "{file}", with: corpus.appendingPathComponent(bad.file).path)
                .replacingOccurrences(of: "{db}", with: fixture.db)
                .replacingOccurrences(of: "{folder}", with: fixture.folder.path)
        }
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 2, "\(result.stderr)")
        for word in bad.words { #expect(result.stderr.contains(word), "\(word) ∉ \(result.stderr)") }
        #expect(result.stdout.isEmpty, "\(result.stdout)")
        #expect(try FileFingerprint.of(fixture.db) == before)
    }

    @Test("--db naming a folder exits 2 and says it is a folder")
    func folderAsDatabase() throws {
        let folder = try RepositoryPaths.temporaryDirectory()
        let result = try CLIRunner.run(["enterprise", "list", "--db", folder.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("这是文件夹，不是数据库文件"), "\(result.stderr)")
    }

    @Test("a signed assessment refuses edits with exit 2")
    func signed() throws {
        let folder = try RepositoryPaths.temporaryDirectory()
        let db = folder.appendingPathComponent("c.sqlite").path
        let imported = try CLIRunner.run([
            "assessment", "import", "Checklists/examples/assessment/hongda-2019.yaml", "--db", db,
        ])
        #expect(imported.status == 0, "\(imported.stderr)")
        let before = try FileFingerprint.of(db)
        let result = try CLIRunner.run(["assessment", "answer", "1", "--rule", "1.4.1", "--value", "1", "--db", db])
        #expect(result.status == 2)
        #expect(result.stderr.contains("已签署的评估不可修改"), "\(result.stderr)")
        #expect(try FileFingerprint.of(db) == before)
    }
}
