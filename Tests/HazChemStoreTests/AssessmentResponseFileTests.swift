import Foundation
import HazChemCore
import HazChemTables
import Testing

@testable import HazChemStore

/// Parsing `assessment respond --file` input: CSV with Chinese or English headers, YAML, problems by row.
@Suite("Assessment response files")
struct AssessmentResponseFileTests {
    @Test("CSV rows become inputs with plans; malformed rows become problems, the rest still parsed")
    func csv() throws {
        let table = try CSVTable.importing(
            Data(
                """
                检查项,答复,问题描述,重大隐患,专家,整改期限,整改措施
                A01,符合,,,甲,,
                A02,不符合,证书过期,是,甲,2019-08-01,重新考核
                A03,也许,,,甲,,
                A04,不适用,,否,甲,2019-13-01,
                """.utf8), file: "r.csv")
        let file = try AssessmentResponseFile.csv(table, file: "r.csv")
        #expect(file.rows.map(\.input.itemID) == ["A01", "A02"])
        #expect(file.rows[1].input.markedMajor && file.rows[1].input.response == .nonConforming)
        #expect(file.rows[1].details?.measure == "重新考核")
        #expect(file.rows[0].details == nil)
        #expect(
            file.problems.map(\.description) == [
                "r.csv 第4行 列“答复”：答复“也许”无效（应为：符合、不符合、不适用、未查）",
                "r.csv 第5行 列“整改期限”：日期“2019-13-01”无效（应为YYYY-MM-DD，如2019-07-01）",
            ])
    }

    @Test("a CSV without the item column is refused at once")
    func missingColumn() throws {
        let table = try CSVTable.importing(Data("答复\n符合\n".utf8), file: "r.csv")
        #expect(throws: StoreError.self) { try AssessmentResponseFile.csv(table, file: "r.csv") }
    }

    @Test("YAML responses with their lines")
    func yaml() throws {
        let file = try AssessmentResponseFile.yaml(
            "responses:\n  - item: A01\n    response: 符合\n  - item: A02\n    response: 坏\n", file: "r.yaml")
        #expect(file.rows.count == 1)
        #expect(file.problems.first?.row == 4)
        #expect(file.problems.first?.field == "response")
    }
}
